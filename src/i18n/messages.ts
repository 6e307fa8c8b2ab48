/**
 * The one catalog of diagnostic messages (ja/en). Every diagnostic the parser, the
 * checks or the graph builder emits is made here, from a stable code and its params.
 */
import type { Diagnostic, Message, Severity } from '../contract/schema.ts';
import { unitName } from './unitName.ts';

export type Params = Record<string, string | number>;

const fmt = (v: string | number | undefined): string => (v === undefined ? '' : String(v));

// rsfix: amounts in yen (RSシステム sheets) stated readably — "1,071,893,000円(1,071.9百万円)" —
// in the message itself, so no view re-parses messages. A non-number is written as given.
// Digits grouped by hand: toLocaleString costs ICU time on every finding of a large project.
const grouped = (digits: string): string => digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
const yen = (v: string | number | undefined, lang: 'ja' | 'en'): string => {
  if (typeof v !== 'number' || !Number.isFinite(v)) return fmt(v);
  const sign = v < 0 ? '-' : '';
  const [int = '', frac] = String(Math.abs(v)).split('.');
  const whole = /e/i.test(int) ? String(v) : `${sign}${grouped(int)}${frac ? `.${frac}` : ''}`;
  const tenths = Math.round(Math.abs(v) / 1e5);
  const m = Math.abs(v) >= 100000 ? `${sign}${grouped(String(Math.floor(tenths / 10)))}.${tenths % 10}` : null;
  return lang === 'ja' ? `${whole}円${m ? `(${m}百万円)` : ''}` : `${whole} yen${m ? ` (${m} million yen)` : ''}`;
};
/** An amount in the sheet's unit: readable yen when `unit` is '円', else as given (text sheets). */
const amt = (v: string | number | undefined, unit: string | number | undefined, lang: 'ja' | 'en'): string => (unit === '円' ? yen(v, lang) : fmt(v));

/** An amount with its unit: readable yen, or the sheet's number and unit ("42.9百万円", "42.9 million yen"). */
const withUnit = (v: string | number | undefined, unit: string | number | undefined, lang: 'ja' | 'en'): string =>
  unit === '円' ? yen(v, lang) : unit === undefined || unit === '' ? fmt(v) : lang === 'ja' ? `${fmt(v)}${fmt(unit)}` : `${fmt(v)} ${unitName(String(unit), 'en')}`;

/**
 * Why a parent was inferred (PARENT_INFERRED `reason`, model/parents.ts): `passesOn` — the block's
 * contract passes money on (`contractType`, absent when not given) and its `total` covers the
 * `received` of the blocks chosen; `leftover` — the child is not among the blocks matching the
 * 執行額 and what the parent `block` has left (`room`) covers its `total`.
 */
const inferredWhy = (p: Params, lang: 'ja' | 'en'): string => {
  if (p.reason === 'leftover')
    return lang === 'ja'
      ? `執行額と一致する府省庁直下のブロックに含まれず、${fmt(p.block)}の残額${fmt(p.room)}が${fmt(p.total)}を賄うため`
      : `it is not among the blocks that match the 執行額, and what ${fmt(p.block)} has left (${fmt(p.room)}) covers its ${fmt(p.total)}`;
  return lang === 'ja'
    ? `資金を渡す契約(${p.contractType ?? '委託等'})で、合計${fmt(p.total)}が下流の合計${fmt(p.received)}を賄うため`
    : `it is funded by ${p.contractType ?? 'grant/commission'} and its total ${fmt(p.total)} covers the ${fmt(p.received)} they received`;
};

/** Why a parent set by the user is refused (PARENT_OVERRIDE_INVALID `reason`, model/parents.ts). */
const OVERRIDE_WHY = {
  noBlock: { ja: 'そのブロックはありません', en: 'no such block' },
  noParent: { ja: '資金元のブロックがありません', en: 'no such parent block' },
  self: { ja: '自分自身は資金元になれません', en: 'a block cannot fund itself' },
  cycle: { ja: '循環になります', en: 'it would make a cycle' },
};

/** Message templates by stable diagnostic code. */
export const catalog = {
  EMPTY_INPUT: (_: Params): Message => ({
    ja: '入力が空です。行政事業レビューシートのテキストを読み込んでください。',
    en: 'The input is empty. Load the text of an administrative project review sheet.',
  }),
  BINARY_INPUT: (p: Params): Message => ({
    ja: `テキストではないファイルのようです(${fmt(p.line)}行目に制御文字があります)。タブ区切りテキストのレビューシートを読み込んでください。`,
    en: `This does not look like a text file (control characters on line ${fmt(p.line)}). Load a review sheet as tab-separated text.`,
  }),
  NOT_A_SHEET: (_: Params): Message => ({
    ja: '行政事業レビューシートではありません:「資金の流れ」「支出先上位10者リスト」「事業番号」のいずれも見つかりません。',
    en: 'This is not a review sheet: none of 資金の流れ (fund flow), 支出先上位10者リスト (top recipients) or 事業番号 (project number) was found.',
  }),
  NO_FUND_FLOW: (p: Params): Message => ({
    ja: `「資金の流れ」の支出先が読み取れません(${fmt(p.line)}行目まで読みました)。ファイルが途中で切れていないか確認してください。`,
    en: `No recipients of the fund flow could be read (read up to line ${fmt(p.line)}). Check whether the file was cut short.`,
  }),
  MISSING_FIELD: (p: Params): Message => ({
    ja: `「${fmt(p.field)}」が見つかりません。`,
    en: `The field ${fmt(p.field)} was not found.`,
  }),
  BAD_AMOUNT: (p: Params): Message => ({
    ja: `${fmt(p.line)}行目: 支出額「${fmt(p.text)}」を数値として読めないため、この行は集計に含めていません。`,
    en: `Line ${fmt(p.line)}: the amount "${fmt(p.text)}" is not a number, so this row is left out of the totals.`,
  }),
  BAD_NUMBER: (p: Params): Message => ({
    ja: `${fmt(p.line)}行目: 「${fmt(p.field)}」の値「${fmt(p.text)}」を数値として読めません。`,
    en: `Line ${fmt(p.line)}: the ${fmt(p.field)} value "${fmt(p.text)}" is not a number.`,
  }),
  BAD_ROW: (p: Params): Message => ({
    ja: `${fmt(p.line)}行目: ${fmt(p.what_ja)}として読めません(期待: ${fmt(p.expected_ja)})。`,
    en: `Line ${fmt(p.line)}: cannot be read as ${fmt(p.what_en)} (expected ${fmt(p.expected_en)}).`,
  }),
  ROW_OUTSIDE_BLOCK: (p: Params): Message => ({
    ja: `${fmt(p.line)}行目: 支出先の行ですが、どのブロック(A, B, …)の見出しの後にもありません。`,
    en: `Line ${fmt(p.line)}: looks like a recipient row but follows no block heading (A, B, …).`,
  }),
  DUPLICATE_BLOCK: (p: Params): Message => ({
    ja: `${fmt(p.line)}行目: ブロック${fmt(p.block)}の支出先リストが2回目です。行を同じブロックに追加しました。`,
    en: `Line ${fmt(p.line)}: a second list for block ${fmt(p.block)}; its rows were added to the same block.`,
  }),
  EMPTY_BLOCK: (p: Params): Message => ({
    ja: `ブロック${fmt(p.block)}(${fmt(p.line)}行目)には支出先の行がありません。`,
    en: `Block ${fmt(p.block)} (line ${fmt(p.line)}) lists no recipients.`,
  }),
  EXPENSE_ROW_UNASSIGNED: (p: Params): Message => ({
    ja: `${fmt(p.line)}行目: 費目・使途の行をどの表に属するか判別できません。`,
    en: `Line ${fmt(p.line)}: cannot tell which 費目・使途 table this row belongs to.`,
  }),
  EXPENSES_WITHOUT_LIST: (p: Params): Message => ({
    ja: `ブロック${fmt(p.block)}の費目・使途(${fmt(p.line)}行目)に対応する支出先リストがありません。`,
    en: `Block ${fmt(p.block)} has a 費目・使途 table (line ${fmt(p.line)}) but no recipient list.`,
  }),
  EXPENSE_RECIPIENT_UNMATCHED: (p: Params): Message => ({
    ja: `ブロック${fmt(p.block)}: 費目・使途の「${fmt(p.name)}」が支出先リストに見つかりません。`,
    en: `Block ${fmt(p.block)}: "${fmt(p.name)}" of the 費目・使途 table is not in the block's recipient list.`,
  }),
  EXPENSE_SUM_MISMATCH: (p: Params): Message => ({
    ja: `ブロック${fmt(p.block)}の費目・使途: 内訳の合計 ${fmt(p.sum)} が計 ${fmt(p.total)} と ${fmt(p.diff)} 違います${p.rounding ? '(端数処理の範囲内)' : ''}。`,
    en: `Block ${fmt(p.block)} 費目・使途: the items add up to ${fmt(p.sum)}, not the stated 計 ${fmt(p.total)} (off by ${fmt(p.diff)}${p.rounding ? ', within rounding' : ''}).`,
  }),
  EXPENSE_RECIPIENT_MISMATCH: (p: Params): Message => ({
    ja: `ブロック${fmt(p.block)}: 費目・使途の計 ${amt(p.total, p.unit, 'ja')} が「${fmt(p.name)}」の支出額 ${amt(p.amount, p.unit, 'ja')} と ${amt(p.diff, p.unit, 'ja')} 違います${p.rounding ? '(端数処理の範囲内)' : ''}。`,
    en: `Block ${fmt(p.block)}: the 費目・使途 計 ${amt(p.total, p.unit, 'en')} differs from the ${amt(p.amount, p.unit, 'en')} paid to "${fmt(p.name)}" by ${amt(p.diff, p.unit, 'en')}${p.rounding ? ' (within rounding)' : ''}.`,
  }),
  CHILDREN_SUM_MISMATCH: (p: Params): Message => ({
    ja: `ブロック${fmt(p.block)}が下流に渡した額(${amt(p.passed, p.unit, 'ja')})と、下流ブロック${fmt(p.children)}の受取合計(${amt(p.received, p.unit, 'ja')})が ${amt(p.diff, p.unit, 'ja')} 違います${p.rounding ? '(端数処理の範囲内)' : ''}。`,
    en: `Block ${fmt(p.block)} passed on ${amt(p.passed, p.unit, 'en')}, but its child blocks ${fmt(p.children)} received ${amt(p.received, p.unit, 'en')} (off by ${amt(p.diff, p.unit, 'en')}${p.rounding ? ', within rounding' : ''}).`,
  }),
  CHILDREN_EXCEED_PARENT: (p: Params): Message => ({
    ja: `下流ブロック${fmt(p.children)}の受取合計 ${amt(p.received, p.unit, 'ja')} がブロック${fmt(p.block)}の合計 ${amt(p.total, p.unit, 'ja')} を超えています。`,
    en: `Child blocks ${fmt(p.children)} received ${amt(p.received, p.unit, 'en')}, more than block ${fmt(p.block)}'s total ${amt(p.total, p.unit, 'en')}.`,
  }),
  EXECUTED_MISMATCH: (p: Params): Message => ({
    ja: `${fmt(p.year)}年度の執行額 ${fmt(p.executed)} と、府省から直接支出されたブロック${fmt(p.blocks)}の合計 ${fmt(p.firstTier)} が ${fmt(p.diff)} 違います${p.rounding ? '(端数処理の範囲内)' : ''}。`,
    en: `The ${fmt(p.year)} 執行額 (executed) ${fmt(p.executed)} differs from the first-tier blocks ${fmt(p.blocks)} total ${fmt(p.firstTier)} by ${fmt(p.diff)}${p.rounding ? ' (within rounding)' : ''}.`,
  }),
  CORPORATE_NUMBER_INVALID: (p: Params): Message => ({
    ja: `${fmt(p.line)}行目: 法人番号 ${fmt(p.number)} のチェックディジットが正しくありません(期待値 ${fmt(p.expected)})。`,
    en: `Line ${fmt(p.line)}: corporate number ${fmt(p.number)} fails its check digit (expected ${fmt(p.expected)}).`,
  }),
  CORPORATE_NUMBER_MALFORMED: (p: Params): Message => ({
    ja: `${fmt(p.line)}行目: 法人番号「${fmt(p.number)}」は13桁の数字ではありません。`,
    en: `Line ${fmt(p.line)}: corporate number "${fmt(p.number)}" is not 13 digits.`,
  }),
  SAME_RECIPIENT_BLOCKS: (p: Params): Message => ({
    ja: `「${fmt(p.name)}」(法人番号 ${fmt(p.number)})はブロック${fmt(p.blocks)}に現れます(合計 ${amt(p.total, p.unit, 'ja')})。`,
    en: `"${fmt(p.name)}" (corporate number ${fmt(p.number)}) appears in blocks ${fmt(p.blocks)} (total ${amt(p.total, p.unit, 'en')}).`,
  }),
  SINGLE_BIDDER: (p: Params): Message => ({
    // The amount after a colon, not in brackets: a yen amount carries its own "(…百万円)".
    ja: `${fmt(p.line)}行目: 「${fmt(p.name)}」は入札者数1(一者応札・一者応募)です。金額: ${p.unknown ? '不明' : withUnit(p.amount, p.unit, 'ja')}。`,
    en: `Line ${fmt(p.line)}: "${fmt(p.name)}" had a single bidder. Amount: ${p.unknown ? 'unknown' : withUnit(p.amount, p.unit, 'en')}.`,
  }),
  HIGH_AWARD_RATE: (p: Params): Message => ({
    ja: `${fmt(p.line)}行目: 「${fmt(p.name)}」の落札率は ${fmt(p.rate)}% です(95%以上)。`,
    en: `Line ${fmt(p.line)}: "${fmt(p.name)}" was awarded at ${fmt(p.rate)}% of the estimate (95% or more).`,
  }),
  PARENT_INFERRED: (p: Params): Message => ({
    ja: `ブロック${fmt(p.children)}の資金元をブロック${fmt(p.block)}と推定しました(${inferredWhy(p, 'ja')})。シートに矢印の情報はないため、変更できます。`,
    en: `Blocks ${fmt(p.children)} are inferred to be funded by block ${fmt(p.block)} (${inferredWhy(p, 'en')}). The text has no arrows, so this can be changed.`,
  }),
  PARENT_MINISTRY: (p: Params): Message => ({
    ja: `ブロック${fmt(p.blocks)}は府省から直接支出されたものとしました。`,
    en: `Blocks ${fmt(p.blocks)} are taken as paid by the ministry directly.`,
  }),
  PARENT_OVERRIDE_INVALID: (p: Params): Message => ({
    ja: `ブロック${fmt(p.block)}の資金元「${fmt(p.parent)}」は使えません(${OVERRIDE_WHY[String(p.reason) as keyof typeof OVERRIDE_WHY]?.ja ?? fmt(p.reason)})。推定した構造のままにしました。`,
    en: `Cannot make "${fmt(p.parent)}" the parent of block ${fmt(p.block)} (${OVERRIDE_WHY[String(p.reason) as keyof typeof OVERRIDE_WHY]?.en ?? fmt(p.reason)}); the inferred structure is kept.`,
  }),
  LIST_POSSIBLY_TRUNCATED: (p: Params): Message => ({
    ja: `ブロック${fmt(p.block)}の支出先リストは上位10者のみの可能性があり、実際のブロック合計はこれより大きいことがあります。`,
    en: `Block ${fmt(p.block)} lists exactly 10 recipients: it may show only the top 10, so the true block total can be larger.`,
  }),
  AWARD_RATE_FRACTION: (p: Params): Message => ({
    ja: `落札率${fmt(p.count)}件がすべて1以下の小数(0.946など)のため、Excelの割合表示の値とみなし百分率(94.6%)として読みました。`,
    en: `All ${fmt(p.count)} award rates are fractions of 1 (such as 0.946), as an Excel cell formatted as a percentage stores them; they are read as percent (94.6%).`,
  }),
  UNIT_ASSUMED: (_: Params): Message => ({
    ja: '金額の単位が見つからないため、百万円とみなしました。',
    en: 'No unit was found for the amounts; 百万円 (million yen) is assumed.',
  }),
  // --- text-reader (#12): rows over two lines, ranges, incomplete blocks, bounded findings, structure from 執行額 ---
  NUMBER_OUT_OF_RANGE: (p: Params): Message => ({
    ja: `${fmt(p.line)}行目: 「${fmt(p.field)}」の値「${fmt(p.text)}」は大きすぎるか桁数が多すぎ、正確に扱えないため読み取っていません。`,
    en: `Line ${fmt(p.line)}: the ${fmt(p.field)} value "${fmt(p.text)}" is too large or has too many digits to be handled exactly, so it is not read.`,
  }),
  ROW_CONTINUED: (p: Params): Message => ({
    ja: `${fmt(p.line)}行目: ブロック${fmt(p.block)}の支出先の行が${fmt(p.to)}行目まで複数行にわたっているため、つなげて1行として読みました。`,
    en: `Line ${fmt(p.line)}: a recipient row of block ${fmt(p.block)} runs on to line ${fmt(p.to)}; the lines were joined and read as one row.`,
  }),
  BLOCK_INCOMPLETE: (p: Params): Message => ({
    ja: `ブロック${fmt(p.block)}: 読めない行が${fmt(p.count)}行あるため、合計${fmt(p.total)}は一部の支出先だけの合計です。`,
    en: `Block ${fmt(p.block)}: ${fmt(p.count)} row(s) could not be read, so its total ${fmt(p.total)} is partial.`,
  }),
  FILE_ENDS_IN_LIST: (p: Params): Message => ({
    ja: `ファイルがブロック${fmt(p.block)}の支出先リストの途中(${fmt(p.line)}行目)で終わっています。以降の支出先は読めていない可能性があります。`,
    en: `The file ends inside block ${fmt(p.block)}'s list, line ${fmt(p.line)}: recipients after it may be missing.`,
  }),
  DUPLICATE_RANK: (p: Params): Message => ({
    ja: `${fmt(p.line)}行目: ブロック${fmt(p.block)}に順位${fmt(p.rank)}の行が複数あります。別々の支出先として読みました。`,
    en: `Line ${fmt(p.line)}: block ${fmt(p.block)} has more than one row ranked ${fmt(p.rank)}; they are read as separate recipients.`,
  }),
  DIAGNOSTICS_TRUNCATED: (p: Params): Message => ({
    ja: `同じ種類の指摘(${fmt(p.code)})が多すぎるため、最初の${fmt(p.shown)}件だけを示し、ほか${fmt(p.more)}件は省略しました。`,
    en: `Too many findings of one kind (${fmt(p.code)}): the first ${fmt(p.shown)} are listed, and ${fmt(p.more)} more are left out.`,
  }),
  STRUCTURE_FROM_EXECUTED: (p: Params): Message => ({
    ja: `${fmt(p.year)}年度の執行額${fmt(p.executed)}と合計が一致するブロック(${fmt(p.blocks)})を、府省庁から直接支出されたブロックとしました。`,
    en: `Blocks ${fmt(p.blocks)} are taken as paid by the ministry directly: their sum matches the ${fmt(p.year)} 執行額 ${fmt(p.executed)}.`,
  }),
  STRUCTURE_GUESSED: (p: Params): Message => (p.executed === '-' ? {
    ja: `ブロック間の資金の流れは推測です: 照合できる執行額がシートにありません(府省庁から直接支出されたブロックの合計は${fmt(p.firstTier)})。構造エディタで確認してください。`,
    en: `The links between blocks are guessed: the sheet gives no 執行額 to check them against (the blocks paid by the ministry sum to ${fmt(p.firstTier)}). Check them in the structure editor.`,
  } : {
    ja: `ブロック間の資金の流れは推測です: 府省庁から直接支出されたブロックの合計${fmt(p.firstTier)}が執行額${fmt(p.executed)}と一致しません。構造エディタで確認してください。`,
    en: `The links between blocks are guessed: the blocks paid by the ministry sum to ${fmt(p.firstTier)}, not to the 執行額 ${fmt(p.executed)}. Check them in the structure editor.`,
  }),
  // --- input paths (issue #12, task "paths"): reading a file's bytes, before any parsing (src/read/decode.ts) ---
  FILE_TOO_LARGE: (p: Params): Message => ({
    ja: `「${fmt(p.file)}」は${fmt(p.mb)} MBあり、上限の${fmt(p.max)} MBを超えるため読み込みませんでした。`,
    en: `"${fmt(p.file)}" is ${fmt(p.mb)} MB, over the ${fmt(p.max)} MB limit, so it was not read.`,
  }),
  FILE_OLD_EXCEL: (p: Params): Message => ({
    ja: `「${fmt(p.file)}」は古い形式のExcelブック(.xls)などのOfficeファイルのため読めません。Excelで「.xlsx」形式か「テキスト(タブ区切り)」で保存し直してから読み込んでください。`,
    en: `"${fmt(p.file)}" is an old-format Excel workbook (.xls) or other Office file, which cannot be read. Save it as .xlsx or as tab-separated text in Excel, then load that file.`,
  }),
  FILE_NOT_TEXT: (p: Params): Message => ({
    ja: `「${fmt(p.file)}」はテキストファイルでもExcelブック(.xlsx)でもありません${p.kind ? `(${fmt(p.kind)}のようです)` : ''}。レビューシートを「.xlsx」形式か、タブ区切りテキスト(UTF-8・UTF-16・Shift_JIS)で保存して読み込んでください。`,
    en: `"${fmt(p.file)}" is neither a text file nor an Excel workbook (.xlsx)${p.kind ? ` (it looks like ${fmt(p.kind)})` : ''}. Save the review sheet as .xlsx or as tab-separated text (UTF-8, UTF-16 or Shift_JIS) and load that.`,
  }),
  FILE_BAD_ENCODING: (p: Params): Message => ({
    ja: `「${fmt(p.file)}」は${fmt(p.encoding)}のテキストのようですが、${fmt(p.offset)}バイト目が${fmt(p.encoding)}として読めません。ファイルが壊れていないか確認し、保存し直してください。`,
    en: `"${fmt(p.file)}" looks like ${fmt(p.encoding)} text, but byte ${fmt(p.offset)} is not valid ${fmt(p.encoding)}. Check whether the file is damaged and save it again.`,
  }),
  FILE_XLSX_NOT_IN_EMBED: (p: Params): Message => ({
    ja: `「${fmt(p.file)}」はExcelブック(.xlsx)です。埋め込み用の <fund-flow-sankey> はテキストのシートだけを読みます(小さく保つため)。タブ区切りテキストで保存したファイルを src に指定してください。`,
    en: `"${fmt(p.file)}" is an Excel workbook (.xlsx). The embeddable <fund-flow-sankey> reads text sheets only (to stay small): save it as tab-separated text and point src at that file.`,
  }),
  FILE_XLSX_UNREADABLE: (p: Params): Message => ({
    ja: `「${fmt(p.file)}」をExcelブック(.xlsx)として読めませんでした(${fmt(p.why)})。最初のシートにレビューシートがある「.xlsx」か、タブ区切りテキストで保存して読み込んでください。`,
    en: `"${fmt(p.file)}" could not be read as an Excel workbook (.xlsx): ${fmt(p.why)}. Save the review sheet as .xlsx (on the first sheet) or as tab-separated text and load that.`,
  }),
  // --- RSシステム CSV reader and its checks (task: rs-core, issue #11) ---
  RS_FILE_UNREADABLE: (p: Params): Message => ({
    ja: `${fmt(p.file)}: 読めません(${READ_PROBLEM[String(p.reason)]?.ja ?? fmt(p.reason)})。`,
    en: `${fmt(p.file)}: cannot be read (${READ_PROBLEM[String(p.reason)]?.en ?? fmt(p.reason)}).`,
  }),
  RS_NOT_RS_CSV: (p: Params): Message => ({
    ja: `${fmt(p.file)}: RSシステムのCSVではありません(見出し行に「事業年度」「予算事業ID」がありません)。`,
    en: `${fmt(p.file)}: not an RSシステム CSV (its header line has no 事業年度 / 予算事業ID columns).`,
  }),
  RS_OTHER_TABLE: (p: Params): Message => ({
    ja: `${fmt(p.file)}: 読み込む表(5-1, 5-2, 5-3, 5-4, 2-1, 1-2)のいずれでもないため、このファイルは使いません。`,
    en: `${fmt(p.file)}: not one of the tables read (5-1, 5-2, 5-3, 5-4, 2-1, 1-2); the file is not used.`,
  }),
  RS_HEADER_MISSING_COLUMN: (p: Params): Message => ({
    ja: `${fmt(p.file)}: ${fmt(p.table)}の見出し行に列「${fmt(p.columns)}」がありません。このファイルは使いません。`,
    en: `${fmt(p.file)}: the ${fmt(p.table)} header line lacks the column ${fmt(p.columns)}; the file is not used.`,
  }),
  RS_HEADER_OPTIONAL_MISSING: (p: Params): Message => ({
    ja: `${fmt(p.file)}: ${fmt(p.table)}の見出し行に列「${fmt(p.columns)}」がありません。その値は空として読みました。`,
    en: `${fmt(p.file)}: the ${fmt(p.table)} header line lacks the column ${fmt(p.columns)}; its values are read as empty.`,
  }),
  RS_BAD_QUOTES: (p: Params): Message => ({
    ja: `${fmt(p.file)} ${fmt(p.line)}行目: 引用符(")が閉じていません。この行だけを読みました。`,
    en: `${fmt(p.file)} line ${fmt(p.line)}: a quote (") is never closed; this line was read on its own.`,
  }),
  RS_DUPLICATE_FILE: (p: Params): Message => ({
    ja: `${fmt(p.file)}: 同じ${fmt(p.table)}のファイルが既に読み込まれているため、1回だけ読みました。`,
    en: `${fmt(p.file)}: the same ${fmt(p.table)} file was given twice; it was read once.`,
  }),
  RS_ROW_NO_ID: (p: Params): Message => ({
    ja: `${fmt(p.file)} ${fmt(p.line)}行目: 予算事業IDか事業年度が読めないため、この行は使いません。`,
    en: `${fmt(p.file)} line ${fmt(p.line)}: no readable 予算事業ID or 事業年度; the row is not used.`,
  }),
  RS_ROW_SHORT: (p: Params): Message => ({
    ja: `${fmt(p.file)} ${fmt(p.line)}行目: 列が${fmt(p.cells)}個しかありません(見出しは${fmt(p.expected)}列)。ない列は空として読みました。`,
    en: `${fmt(p.file)} line ${fmt(p.line)}: only ${fmt(p.cells)} cells (the header has ${fmt(p.expected)}); the missing ones are read as empty.`,
  }),
  RS_MORE_ROW_PROBLEMS: (p: Params): Message => ({
    ja: `${fmt(p.file)}: ほかに${fmt(p.count)}行に同様の問題があります。`,
    en: `${fmt(p.file)}: ${fmt(p.count)} more rows have similar problems.`,
  }),
  RS_TABLE_MISSING: (p: Params): Message => ({
    ja: `${fmt(p.table)}がありません: ${fmt(p.what_ja)}は表示されません。`,
    en: `No ${fmt(p.table)}: ${fmt(p.what_en)} not shown.`,
  }),
  RS_PROJECT_NOT_FOUND: (p: Params): Message => ({
    ja: `予算事業ID ${fmt(p.project)}${p.year ? `(事業年度${fmt(p.year)})` : ''}の行がファイルにありません。`,
    en: `The files have no rows for 予算事業ID ${fmt(p.project)}${p.year ? ` (事業年度 ${fmt(p.year)})` : ''}.`,
  }),
  RS_BAD_NUMBER: (p: Params): Message => ({
    ja: `${fmt(p.file)} ${fmt(p.line)}行目: 「${fmt(p.field)}」の値「${fmt(p.text)}」を数値として読めません。`,
    en: `${fmt(p.file)} line ${fmt(p.line)}: the ${fmt(p.field)} value "${fmt(p.text)}" is not a number.`,
  }),
  RS_ROW_NO_BLOCK: (p: Params): Message => ({
    ja: `${fmt(p.file)} ${fmt(p.line)}行目: 支出先ブロック番号がないため、この行は使いません。`,
    en: `${fmt(p.file)} line ${fmt(p.line)}: no 支出先ブロック番号; the row is not used.`,
  }),
  RS_CONTRACT_WITHOUT_PAYEE: (p: Params): Message => ({
    ja: `${fmt(p.file)} ${fmt(p.line)}行目: 契約の行「${fmt(p.name)}」の前に支出先の行がありません。支出額不明の支出先として載せました。`,
    en: `${fmt(p.file)} line ${fmt(p.line)}: the contract row of "${fmt(p.name)}" follows no payee row; it is listed as a payee with an unknown amount.`,
  }),
  RS_BLOCK_NO_ROWS: (p: Params): Message => ({
    ja: `ブロック${fmt(p.block)}は5-2のつながりにありますが、5-1に行がありません。金額不明のブロックとして表示します。`,
    en: `Block ${fmt(p.block)} is linked in 5-2 but has no 5-1 rows; it is shown with an unknown amount.`,
  }),
  RS_BLOCK_ONLY_ID: (p: Params): Message => ({
    ja: `ブロック${fmt(p.block)}の5-1の行はブロック番号だけです。契約は5-4(国庫債務負担行為等による契約)にあります${p.missing ? 'が、5-4が読み込まれていません' : ''}。`,
    en: `Block ${fmt(p.block)}'s 5-1 row has only the block id: its contracts are in 5-4 (multi-year contracts)${p.missing ? ', which was not given' : ''}.`,
  }),
  RS_EXPENSES_UNMATCHED: (p: Params): Message => ({
    ja: `${fmt(p.file)} ${fmt(p.line)}行目: 5-3の費目・使途の「${fmt(p.name)}」がブロック${fmt(p.block)}の支出先に見つかりません。`,
    en: `${fmt(p.file)} line ${fmt(p.line)}: "${fmt(p.name)}" of the 5-3 費目・使途 is not a payee of block ${fmt(p.block)}.`,
  }),
  RS_FLOW_CYCLE: (p: Params): Message => ({
    ja: `資金の流れが循環しています(${fmt(p.cycle)})。${fmt(p.from)}→${fmt(p.to)}のつながりは図の外に別に示します。`,
    en: `The fund flow has a cycle (${fmt(p.cycle)}); the link ${fmt(p.from)}→${fmt(p.to)} is shown apart from the diagram.`,
  }),
  RS_SPLIT_NOT_GIVEN: (p: Params): Message => ({
    ja: `ブロック${fmt(p.block)}は${fmt(p.sources)}から資金を受けていますが、それぞれの額は記載されていません(配分は記載なし)。`,
    en: `Block ${fmt(p.block)} is funded by ${fmt(p.sources)}; the files do not say how much comes from each (split not given).`,
  }),
  RS_NO_INFLOW: (p: Params): Message => ({
    ja: `ブロック${fmt(p.blocks)}にはどこからの資金かが5-2に記載されていません。「資金元の記載なし」から描き、府省庁の合計には含めません。`,
    en: `5-2 does not say where blocks ${fmt(p.blocks)} get their money; they are drawn from "Source not stated", not counted in the ministry's total.`,
  }),
  RS_PAYEE_SUM_MISMATCH: (p: Params): Message => ({
    ja: `ブロック${fmt(p.block)}: 支出先の合計 ${yen(p.sum, 'ja')} がブロックの合計支出額 ${yen(p.total, 'ja')} と ${yen(p.diff, 'ja')} 違います。`,
    en: `Block ${fmt(p.block)}: its payees add up to ${yen(p.sum, 'en')}, not the block total ${yen(p.total, 'en')} (off by ${yen(p.diff, 'en')}).`,
  }),
  RS_PAYEES_NOT_ALL_LISTED: (p: Params): Message => ({
    ja: `ブロック${fmt(p.block)}: 支出先の数は${fmt(p.declared)}ですが、記載は${fmt(p.listed)}件です${p.other ? '(「その他」を含む)' : ''}。記載のない支出先は表示できません。`,
    en: `Block ${fmt(p.block)}: ${fmt(p.declared)} payees declared, ${fmt(p.listed)} listed${p.other ? ' (including その他)' : ''}; the others cannot be shown.`,
  }),
  RS_DECLARED_FEWER: (p: Params): Message => ({
    ja: `ブロック${fmt(p.block)}: 支出先の数は${fmt(p.declared)}ですが、${fmt(p.listed)}件記載されています。`,
    en: `Block ${fmt(p.block)}: ${fmt(p.declared)} payees declared but ${fmt(p.listed)} listed.`,
  }),
  RS_EXECUTED_MISMATCH: (p: Params): Message => ({
    ja: `${fmt(p.year)}年度の執行額 ${yen(p.executed, 'ja')} と、府省庁から支出されたブロック${fmt(p.blocks)}${p.direct ? 'と国自らの支出' : ''}の合計 ${yen(p.sum, 'ja')} が ${yen(p.diff, 'ja')} 違います。`,
    en: `The ${fmt(p.year)} 執行額 ${yen(p.executed, 'en')} differs from the ${yen(p.sum, 'en')} of blocks ${fmt(p.blocks)}${p.direct ? ' and the state\'s own spending' : ''} paid by the ministry (off by ${yen(p.diff, 'en')}).`,
  }),
  RS_NO_CORPORATE_NUMBER: (p: Params): Message => ({
    ja: `ブロック${fmt(p.block)}: ${fmt(p.count)}件の支出先(${fmt(p.names)})は法人番号なし(9999999999999 は法人番号がないことを示す値)です。`,
    en: `Block ${fmt(p.block)}: ${fmt(p.count)} payees (${fmt(p.names)}) have no 法人番号 (9999999999999 stands for none).`,
  }),
  // --- issue #11 (rs-app): a model JSON loaded back ---
  JSON_INVALID: (p: Params): Message => ({
    ja: `JSON として読めません(${fmt(p.detail)})。`,
    en: `This is not valid JSON (${fmt(p.detail)}).`,
  }),
  JSON_NOT_MODEL: (p: Params): Message => ({
    ja: `このアプリの JSON(schemaVersion ${fmt(p.version)} の parseOutput)ではありません: ${fmt(p.path)} ${fmt(p.issue)}`,
    en: `This is not the app's JSON (parseOutput, schemaVersion ${fmt(p.version)}): ${fmt(p.path)} ${fmt(p.issue)}`,
  }),
  // --- rsfix: an RS intermediary's block total that no payee row gives ---
  RS_BLOCK_TOTAL_UNTRACED: (p: Params): Message => ({
    ja: `ブロック${fmt(p.block)}: 合計支出額 ${yen(p.total, 'ja')} のうち、支出先${fmt(p.count)}件の金額の合計 ${yen(p.payees, 'ja')} で示されない ${yen(p.untraced, 'ja')} は、下流ブロック${fmt(p.children)}(受取 ${yen(p.received, 'ja')})にも渡っていない額として「支出先別の記載がない額」に描きます。`,
    en: `Block ${fmt(p.block)}: of its total ${yen(p.total, 'en')}, ${yen(p.untraced, 'en')} is given neither by its ${fmt(p.count)} payee amounts (${yen(p.payees, 'en')}) nor passed to blocks ${fmt(p.children)} (${yen(p.received, 'en')}); it is drawn as "支出先別の記載がない額" (not given per payee).`,
  }),
  // --- rsfix: a CSV that stops inside a row (a download cut short) ---
  RS_FILE_CUT_SHORT: (p: Params): Message => ({
    ja: `${fmt(p.file)} ${fmt(p.line)}行目: ${fmt(p.table)}のファイルが行の途中で終わっています(ダウンロードが途中で切れた可能性があります)。最後の行は読めた列だけを読み、それより後の行はありません。`,
    en: `${fmt(p.file)} line ${fmt(p.line)}: the ${fmt(p.table)} file ends inside a row (a download cut short?). The last row is read as far as it goes; any rows after it are missing.`,
  }),
} satisfies Record<string, (p: Params) => Message>;

// RSシステム reader (task: rs-core): what stopped a file, for RS_FILE_UNREADABLE.
const READ_PROBLEM: Record<string, Message> = {
  empty: { ja: '空のファイル', en: 'the file is empty' },
  'bad-zip': { ja: 'ZIPとして壊れているか途中で切れています', en: 'not a ZIP archive, or a truncated one' },
  'zip-without-csv': { ja: 'ZIPの中にCSVがありません', en: 'the ZIP holds no CSV' },
  html: { ja: 'HTMLのページで、CSVやZIPではありません', en: 'an HTML page, not a CSV or ZIP' },
  encoding: { ja: 'UTF-8ではありません(Shift_JISなど)', en: 'not UTF-8 (Shift_JIS?)' },
  binary: { ja: 'テキストではありません', en: 'not a text file' },
};

/** A stable diagnostic code. */
export type DiagnosticCode = keyof typeof catalog;

/** Builds a diagnostic from its code, severity, line and message params. */
export function diag(
  severity: Severity,
  code: DiagnosticCode,
  line: number,
  params: Params = {},
  extra: { column?: number | null; blockId?: string | null; rank?: number | null } = {},
): Diagnostic {
  return { severity, code, message: catalog[code]({ line, ...params }), line: Math.max(1, line), ...extra };
}
