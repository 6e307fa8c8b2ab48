/** Small hand-built objects shaped exactly like src/model/schema.ts. */
import type { Block, Recipient } from '../../../src/contract/schema.ts';

export function recipient(p: Partial<Recipient> & Pick<Recipient, 'rank' | 'name' | 'amount'>): Recipient {
  return {
    corporateNumber: null,
    corporateNumberValid: null,
    description: '',
    contractType: null,
    contractFamily: 'unknown',
    bidders: null,
    awardRate: null,
    reason: null,
    line: 100 + p.rank,
    ...p,
  };
}

export const HOSTILE = '<img src=x onerror=alert(1)>';

/** Block E of the seed, with a hostile name in place of rank 4. */
export const blockE: Block = {
  id: 'E',
  total: 116.6,
  line: 175,
  possiblyTruncated: false,
  recipients: [
    recipient({ rank: 1, name: 'デジタルテクノロジー株式会社', corporateNumber: '5011501015290', corporateNumberValid: true, description: 'オンライン演習ステージング環境基盤', amount: 96.3, contractType: '一般競争契約 (総合評価)', contractFamily: 'competitive', bidders: 2, awardRate: 94.6, line: 178 }),
    recipient({ rank: 2, name: '株式会社中松商会', corporateNumber: '4010001025041', corporateNumberValid: true, description: '演習実施用機材の購入', amount: 15, contractType: '一般競争契約 (最低価格)', contractFamily: 'competitive', bidders: 1, awardRate: 100, line: 179 }),
    recipient({ rank: 3, name: '日本コムシス株式会社', corporateNumber: '4010701022826', corporateNumberValid: false, description: 'ソフトウェアライセンスの購入', amount: 3.9, contractType: '一般競争契約 (最低価格)', contractFamily: 'competitive', bidders: 3, awardRate: 99, line: 180 }),
    recipient({ rank: 4, name: HOSTILE, description: HOSTILE, amount: 1.4, contractType: '随意契約 (少額)', contractFamily: 'discretionary', line: 181 }),
  ],
  expenses: {
    recipient: 'E.デジタルテクノロジー(株)',
    matchedRanks: [1],
    total: 96.3,
    items: [{ category: '物品購入費', purpose: 'サーバー等', amount: 96.3, line: 135 }],
    line: 133,
  },
};
