/**
 * UI strings of the table panels (ja/en): the block detail panel, the recipients and
 * 費目・使途 tables, the recipient panel and the table view. Apart from the side panels'
 * strings (strings.ts), so opening the page does not load them.
 */
import type { LinkKind } from '../../contract/schema.ts';
import type { Lang } from '../format.ts';
import { strings, type PanelStrings } from './strings.ts';

const ja = {  // DetailPanel / RecipientsTable
  block: (id: string) => `ブロック${id}`,
  blockTotal: '支出先の合計',
  shareOfMinistry: '府省の支出に占める割合',
  shareOfParent: (parent: string) => `${parent}からの支出に占める割合`,
  truncatedNote: 'このブロックは支出先を上位10者まで記載している可能性があり、実際の合計はこれより大きいことがあります。',
  recipientsCaption: (id: string) => `ブロック${id}の支出先`,
  rank: '順位',
  name: '支出先',
  corporateNumber: '法人番号',
  description: '業務概要',
  bidders: '入札者数',
  awardRate: '落札率',
  reason: '一者応札・随意契約の理由',
  line: '行',
  sortBy: (col: string) => `${col}で並べ替え`,
  cnValid: '有効',
  cnInvalid: '不正',
  cnNone: 'なし',
  cnValidTitle: 'チェックディジットが正しい法人番号',
  cnInvalidTitle: 'チェックディジットが正しくない法人番号',
  cnNoneTitle: '法人番号の記載なし',
  selectedRow: '選択中',
  expensesCaption: (name: string) => `費目・使途: ${name}`,
  matchedRanks: (ranks: string) => `支出先リストの順位 ${ranks} に対応`,
  unmatched: '支出先リストに対応する行が見つかりません',
  category: '費目',
  purpose: '使途',
  total: '計',
  noExpenses: 'このブロックには費目・使途の表がありません。',
  noRecipients: '支出先の行がありません。',
  recipientBlocks: (n: number) => `${n}件の支出(ブロックをまたいで集計)`,
  recipientTotal: '支出額の合計',
  // TableView
  flowsCaption: '資金の流れ(表)',
  from: '支出元',
  to: '支出先',
  kind: '種類',
  linkKind: {
    fund: '資金',
    kept: '自ら使用',
    residual: '差額(内訳不明)',
    payment: '支払',
    expense: '費目・使途',
  } satisfies Record<LinkKind, string>,
  noFlows: '資金の流れがありません。',
};

/** The table panels' own strings, plus the panel strings they share with the side panels. */
export type TableStrings = PanelStrings & typeof ja;

const en: typeof ja = {
  block: (id) => `Block ${id}`,
  blockTotal: 'Total of listed recipients',
  shareOfMinistry: 'Share of the ministry’s spending',
  shareOfParent: (parent) => `Share of what ${parent} paid out`,
  truncatedNote: 'This block may list only its top 10 recipients, so the true block total can be larger.',
  recipientsCaption: (id) => `Recipients of block ${id}`,
  rank: 'Rank',
  name: 'Recipient',
  corporateNumber: 'Corporate no.',
  description: 'Work',
  bidders: 'Bidders',
  awardRate: 'Award rate',
  reason: 'Reason for single bid / no competition',
  line: 'Line',
  sortBy: (col) => `Sort by ${col}`,
  cnValid: 'valid',
  cnInvalid: 'invalid',
  cnNone: 'none',
  cnValidTitle: 'Corporate number with a correct check digit',
  cnInvalidTitle: 'Corporate number with a wrong check digit',
  cnNoneTitle: 'No corporate number given',
  selectedRow: 'selected',
  expensesCaption: (name) => `Expenses (費目・使途): ${name}`,
  matchedRanks: (ranks) => `Matches rank ${ranks} of the recipient list`,
  unmatched: 'No matching row in the recipient list',
  category: 'Category',
  purpose: 'Purpose',
  total: 'Total',
  noExpenses: 'This block has no 費目・使途 table.',
  noRecipients: 'No recipient rows.',
  recipientBlocks: (n) => `${n} payment${n === 1 ? '' : 's'} (across blocks)`,
  recipientTotal: 'Total paid',
  flowsCaption: 'Fund flows (table)',
  from: 'From',
  to: 'To',
  kind: 'Kind',
  linkKind: {
    fund: 'funds',
    kept: 'kept',
    residual: 'residual (unexplained)',
    payment: 'payment',
    expense: 'expense',
  },
  noFlows: 'No fund flows.',
};

const JA: TableStrings = { ...strings('ja'), ...ja };
const EN: TableStrings = { ...strings('en'), ...en };

/** The table panels' strings of a language. */
export function tableStrings(lang: Lang): TableStrings {
  return lang === 'en' ? EN : JA;
}
