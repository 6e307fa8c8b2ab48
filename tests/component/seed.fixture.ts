/**
 * The seed sheet's blocks as hand-checked data (generated once from the seed's
 * 支出先上位10者リスト), and a fake model API built on them, so view tests do not
 * depend on the parser.
 */
import type { Block, Diagnostic, Graph, ParseOutput, Recipient, Sheet } from '../../src/contract/schema.ts';
import { sum } from '../../src/util/decimal.ts';
import { SCHEMA_VERSION } from '../../src/contract/version.ts';

type Row = Omit<Recipient, 'rank' | 'line'> & { rank: number; line: number };

const rows: Record<string, { line: number; recipients: Row[] }> = {
  "A": {
    "line": 145,
    "recipients": [
      {
        "rank": 1,
        "name": "国立研究開発法人情報通信研究機構",
        "corporateNumber": "7012405000492",
        "corporateNumberValid": true,
        "description": "サイバーセキュリティ産学官連携拠点形成業務",
        "amount": 552.5,
        "contractType": "補助金等交付",
        "contractFamily": "grant",
        "bidders": null,
        "awardRate": null,
        "reason": null,
        "line": 148
      }
    ]
  },
  "B": {
    "line": 150,
    "recipients": [
      {
        "rank": 1,
        "name": "株式会社日立製作所",
        "corporateNumber": "7010001008844",
        "corporateNumberValid": true,
        "description": "サイバー攻撃に関する解析作業",
        "amount": 108.9,
        "contractType": "随意契約(公募)",
        "contractFamily": "open-call",
        "bidders": 1,
        "awardRate": 100.0,
        "reason": null,
        "line": 153
      },
      {
        "rank": 2,
        "name": "株式会社カヤック",
        "corporateNumber": "7021001010079",
        "corporateNumberValid": true,
        "description": "ソフトウェア開発費",
        "amount": 34.2,
        "contractType": "一般競争契約(総合評価)",
        "contractFamily": "competitive",
        "bidders": 1,
        "awardRate": 100.0,
        "reason": null,
        "line": 154
      },
      {
        "rank": 3,
        "name": "株式会社セキュアブレイン",
        "corporateNumber": "3010001090029",
        "corporateNumberValid": true,
        "description": "ソフトウェア開発費",
        "amount": 14.9,
        "contractType": "随意契約(公募)",
        "contractFamily": "open-call",
        "bidders": 1,
        "awardRate": 100.0,
        "reason": null,
        "line": 155
      },
      {
        "rank": 4,
        "name": "株式会社セキュアブレイン",
        "corporateNumber": "3010001090029",
        "corporateNumberValid": true,
        "description": "DB構築作業",
        "amount": 14.9,
        "contractType": "随意契約(公募)",
        "contractFamily": "open-call",
        "bidders": 1,
        "awardRate": 100.0,
        "reason": null,
        "line": 156
      },
      {
        "rank": 5,
        "name": "東京システムハウス株式会社",
        "corporateNumber": "9010701006542",
        "corporateNumberValid": true,
        "description": "ソフトウェア開発費",
        "amount": 20.4,
        "contractType": "一般競争契約(総合評価)",
        "contractFamily": "competitive",
        "bidders": 1,
        "awardRate": 100.0,
        "reason": null,
        "line": 157
      },
      {
        "rank": 6,
        "name": "株式会社電通",
        "corporateNumber": "5010401143788",
        "corporateNumberValid": true,
        "description": "配信用アニメーション映画広告宣伝使用許諾",
        "amount": 8.3,
        "contractType": "随意契約(公募)",
        "contractFamily": "open-call",
        "bidders": 1,
        "awardRate": 100.0,
        "reason": null,
        "line": 158
      },
      {
        "rank": 7,
        "name": "Amazon Web Services, Inc.",
        "corporateNumber": "9700150104216",
        "corporateNumberValid": true,
        "description": "AWS利用料",
        "amount": 4.8,
        "contractType": "随意契約(その他)",
        "contractFamily": "discretionary",
        "bidders": null,
        "awardRate": null,
        "reason": null,
        "line": 159
      }
    ]
  },
  "C": {
    "line": 161,
    "recipients": [
      {
        "rank": 1,
        "name": "日本コムシス株式会社",
        "corporateNumber": "4010701022825",
        "corporateNumberValid": true,
        "description": "ソフトウェアライセンスの購入",
        "amount": 3,
        "contractType": "一般競争契約 (最低価格)",
        "contractFamily": "competitive",
        "bidders": 1,
        "awardRate": 93.0,
        "reason": null,
        "line": 164
      }
    ]
  },
  "D": {
    "line": 166,
    "recipients": [
      {
        "rank": 1,
        "name": "株式会社サイバーディフェンス研究所",
        "corporateNumber": "6010001120410",
        "corporateNumberValid": true,
        "description": "脅威インテリジェンスサービスの購入",
        "amount": 42.9,
        "contractType": "一般競争契約 (最低価格)",
        "contractFamily": "competitive",
        "bidders": 1,
        "awardRate": 100.0,
        "reason": null,
        "line": 169
      },
      {
        "rank": 2,
        "name": "株式会社サイバーディフェンス研究所",
        "corporateNumber": "6010001120410",
        "corporateNumberValid": true,
        "description": "脅威インテリジェンスサービスのライセンス購入",
        "amount": 25.3,
        "contractType": "一般競争契約 (最低価格)",
        "contractFamily": "competitive",
        "bidders": 1,
        "awardRate": 100.0,
        "reason": null,
        "line": 170
      },
      {
        "rank": 3,
        "name": "株式会社サイバーディフェンス研究所",
        "corporateNumber": "6010001120410",
        "corporateNumberValid": true,
        "description": "ソフトウェアライセンスの購入",
        "amount": 12.5,
        "contractType": "随意契約 (公募)",
        "contractFamily": "open-call",
        "bidders": 1,
        "awardRate": 100.0,
        "reason": null,
        "line": 171
      },
      {
        "rank": 4,
        "name": "株式会社エヌ・ティ・ティ・データ",
        "corporateNumber": "9010601021385",
        "corporateNumberValid": true,
        "description": "次世代型送信元分析システムの開発",
        "amount": 29.7,
        "contractType": "随意契約 (公募)",
        "contractFamily": "open-call",
        "bidders": 1,
        "awardRate": 100.0,
        "reason": null,
        "line": 172
      },
      {
        "rank": 5,
        "name": "アマゾンジャパン合同会社",
        "corporateNumber": "3040001028447",
        "corporateNumberValid": true,
        "description": "通信機器等の購入(複数同種契約)",
        "amount": 0.2,
        "contractType": "随意契約 (少額)",
        "contractFamily": "discretionary",
        "bidders": null,
        "awardRate": null,
        "reason": null,
        "line": 173
      }
    ]
  },
  "E": {
    "line": 175,
    "recipients": [
      {
        "rank": 1,
        "name": "デジタルテクノロジー株式会社",
        "corporateNumber": "5011501015290",
        "corporateNumberValid": true,
        "description": "オンライン演習ステージング環境基盤",
        "amount": 96.3,
        "contractType": "一般競争契約 (総合評価)",
        "contractFamily": "competitive",
        "bidders": 2,
        "awardRate": 94.6,
        "reason": null,
        "line": 178
      },
      {
        "rank": 2,
        "name": "株式会社中松商会",
        "corporateNumber": "4010001025041",
        "corporateNumberValid": true,
        "description": "演習実施用機材の購入",
        "amount": 15,
        "contractType": "一般競争契約 (最低価格)",
        "contractFamily": "competitive",
        "bidders": 1,
        "awardRate": 100.0,
        "reason": null,
        "line": 179
      },
      {
        "rank": 3,
        "name": "日本コムシス株式会社",
        "corporateNumber": "4010701022825",
        "corporateNumberValid": true,
        "description": "ソフトウェアライセンスの購入",
        "amount": 3.9,
        "contractType": "一般競争契約 (最低価格)",
        "contractFamily": "competitive",
        "bidders": 1,
        "awardRate": 99.0,
        "reason": null,
        "line": 180
      },
      {
        "rank": 4,
        "name": "堀内電機株式会社",
        "corporateNumber": "5012701000933",
        "corporateNumberValid": true,
        "description": "オンラインビデオ配信機材の購入",
        "amount": 1.4,
        "contractType": "随意契約 (少額)",
        "contractFamily": "discretionary",
        "bidders": null,
        "awardRate": null,
        "reason": null,
        "line": 181
      }
    ]
  },
  "F": {
    "line": 183,
    "recipients": [
      {
        "rank": 1,
        "name": "NECソリューションイノベータ株式会社",
        "corporateNumber": "7010601022674",
        "corporateNumberValid": true,
        "description": "セキュリティ教材の製作",
        "amount": 45,
        "contractType": "一般競争契約 (最低価格)",
        "contractFamily": "competitive",
        "bidders": 1,
        "awardRate": 100.0,
        "reason": null,
        "line": 186
      },
      {
        "rank": 2,
        "name": "有人宇宙システム株式会社",
        "corporateNumber": "5010001094250",
        "corporateNumberValid": true,
        "description": "演習教材の製作",
        "amount": 14.9,
        "contractType": "随意契約 (公募)",
        "contractFamily": "open-call",
        "bidders": 1,
        "awardRate": 100.0,
        "reason": null,
        "line": 187
      },
      {
        "rank": 3,
        "name": "三谷商事株式会社",
        "corporateNumber": "7210001004022",
        "corporateNumberValid": true,
        "description": "トレーニング教材作成用PCの購入",
        "amount": 1.5,
        "contractType": "随意契約 (少額)",
        "contractFamily": "discretionary",
        "bidders": null,
        "awardRate": null,
        "reason": null,
        "line": 188
      }
    ]
  },
  "G": {
    "line": 190,
    "recipients": [
      {
        "rank": 1,
        "name": "株式会社三菱総合研究所",
        "corporateNumber": "6010001030403",
        "corporateNumberValid": true,
        "description": "教育教材ニーズ調査",
        "amount": 15,
        "contractType": "一般競争契約 (最低価格)",
        "contractFamily": "competitive",
        "bidders": 1,
        "awardRate": 99.8,
        "reason": null,
        "line": 193
      }
    ]
  },
  "H": {
    "line": 195,
    "recipients": [
      {
        "rank": 1,
        "name": "株式会社クルウィット",
        "corporateNumber": "3012401014616",
        "corporateNumberValid": true,
        "description": "大規模受講者データ統合解析基盤開発",
        "amount": 13.5,
        "contractType": "一般競争契約 (総合評価)",
        "contractFamily": "competitive",
        "bidders": 1,
        "awardRate": 97.0,
        "reason": null,
        "line": 198
      }
    ]
  },
  "I": {
    "line": 206,
    "recipients": [
      {
        "rank": 1,
        "name": "アルテリア・ネットワークス株式会社",
        "corporateNumber": "8010401123151",
        "corporateNumberValid": true,
        "description": "高速インターネットアクセス回線の調達",
        "amount": 2.3,
        "contractType": "一般競争契約 (最低価格)",
        "contractFamily": "competitive",
        "bidders": 1,
        "awardRate": 99.8,
        "reason": null,
        "line": 209
      },
      {
        "rank": 2,
        "name": "株式会社NTTドコモ",
        "corporateNumber": "1010001067912",
        "corporateNumberValid": true,
        "description": "携帯電話回線の調達",
        "amount": 0.1,
        "contractType": "随意契約 (その他)",
        "contractFamily": "discretionary",
        "bidders": null,
        "awardRate": null,
        "reason": null,
        "line": 210
      }
    ]
  },
  "J": {
    "line": 212,
    "recipients": [
      {
        "rank": 1,
        "name": "デジタルテクノロジー株式会社",
        "corporateNumber": "5011501015290",
        "corporateNumberValid": true,
        "description": "開発検証用クラムシェルPCの購入",
        "amount": 1.4,
        "contractType": "随意契約 (少額)",
        "contractFamily": "discretionary",
        "bidders": null,
        "awardRate": null,
        "reason": null,
        "line": 215
      },
      {
        "rank": 2,
        "name": "Apple Japan合同会社",
        "corporateNumber": "3011103003992",
        "corporateNumberValid": true,
        "description": "通信端末等の購入(複数同種契約)",
        "amount": 1.1,
        "contractType": "随意契約 (少額)",
        "contractFamily": "discretionary",
        "bidders": null,
        "awardRate": null,
        "reason": null,
        "line": 216
      },
      {
        "rank": 3,
        "name": "アマゾンジャパン合同会社",
        "corporateNumber": "3040001028447",
        "corporateNumberValid": true,
        "description": "消耗品等の購入(複数同種契約)",
        "amount": 0.9,
        "contractType": "随意契約 (少額)",
        "contractFamily": "discretionary",
        "bidders": null,
        "awardRate": null,
        "reason": null,
        "line": 217
      },
      {
        "rank": 4,
        "name": "株式会社フォーサイト",
        "corporateNumber": "7011301006050",
        "corporateNumberValid": true,
        "description": "通信端末等の購入(複数同種契約)",
        "amount": 0.9,
        "contractType": "随意契約 (少額)",
        "contractFamily": "discretionary",
        "bidders": null,
        "awardRate": null,
        "reason": null,
        "line": 218
      },
      {
        "rank": 5,
        "name": "堀内電機株式会社",
        "corporateNumber": "5012701000933",
        "corporateNumberValid": true,
        "description": "通信端末等の購入(複数同種契約)",
        "amount": 0.8,
        "contractType": "随意契約 (少額)",
        "contractFamily": "discretionary",
        "bidders": null,
        "awardRate": null,
        "reason": null,
        "line": 219
      },
      {
        "rank": 6,
        "name": "デル・テクノロジーズ株式会社",
        "corporateNumber": "9020001071212",
        "corporateNumberValid": true,
        "description": "通信端末等の購入",
        "amount": 0.5,
        "contractType": "随意契約 (少額)",
        "contractFamily": "discretionary",
        "bidders": null,
        "awardRate": null,
        "reason": null,
        "line": 220
      },
      {
        "rank": 7,
        "name": "エヌ・ティ・ティ・アドバンステクノロジー株式会社",
        "corporateNumber": "9011101028202",
        "corporateNumberValid": true,
        "description": "セキュリティ関係トレーニングセミナー受講料",
        "amount": 0.4,
        "contractType": "随意契約 (その他)",
        "contractFamily": "discretionary",
        "bidders": null,
        "awardRate": null,
        "reason": null,
        "line": 221
      },
      {
        "rank": 8,
        "name": "NRIセキュアテクノロジーズ株式会社",
        "corporateNumber": "8010401084443",
        "corporateNumberValid": true,
        "description": "セキュリティ関係トレーニングセミナー受講料",
        "amount": 0.4,
        "contractType": "随意契約 (その他)",
        "contractFamily": "discretionary",
        "bidders": null,
        "awardRate": null,
        "reason": null,
        "line": 222
      },
      {
        "rank": 9,
        "name": "MXモバイリング株式会社",
        "corporateNumber": "1010001141097",
        "corporateNumberValid": true,
        "description": "通信端末の購入",
        "amount": 0.3,
        "contractType": "随意契約 (その他)",
        "contractFamily": "discretionary",
        "bidders": null,
        "awardRate": null,
        "reason": null,
        "line": 223
      },
      {
        "rank": 10,
        "name": "井上事務機事務用品株式会社",
        "corporateNumber": "5012801000156",
        "corporateNumberValid": true,
        "description": "消耗品等の購入",
        "amount": 0.1,
        "contractType": "随意契約 (少額)",
        "contractFamily": "discretionary",
        "bidders": null,
        "awardRate": null,
        "reason": null,
        "line": 224
      }
    ]
  }
};

const expenses: Record<string, Block['expenses']> = {
  A: {
    recipient: 'A.(国研)情報通信研究機構',
    matchedRanks: [1],
    total: 552.5,
    items: [
      { category: 'その他', purpose: 'サイバーセキュリティ産学官連携拠点形成業務', amount: 535.4, line: 124 },
      { category: '人件費', purpose: 'サイバーセキュリティ産学官連携拠点形成業務関連人件費', amount: 16.8, line: 125 },
      { category: '旅費等', purpose: '出張等による旅費・日当', amount: 0.3, line: 126 },
    ],
    line: 122,
  },
  D: {
    recipient: 'D.(株)サイバーディフェンス研究所',
    matchedRanks: [1, 2, 3],
    total: 80.7,
    items: [
      { category: '物品購入費', purpose: 'インテリジェンスサービス', amount: 42.9, line: 131 },
      { category: '物品購入費', purpose: 'インテリジェンスライセンス', amount: 25.3, line: 132 },
      { category: '物品購入費', purpose: 'ソフトウェアライセンス', amount: 12.5, line: 133 },
    ],
    line: 129,
  },
};

/** Blocks A…J of the seed. */
export function seedBlocks(): Block[] {
  return Object.entries(rows).map(([id, b]) => ({
    id,
    total: sum(b.recipients.map((r) => r.amount)),
    recipients: b.recipients.map((r) => ({ ...r })),
    expenses: structuredClone(expenses[id] ?? null),
    line: b.line,
    possiblyTruncated: b.recipients.length === 10,
  }));
}

/** The seed sheet (header, budget, blocks, inferred flows ministry → A → B…J). */
export function seedSheet(): Sheet {
  return {
    projectNumber: '2022-総務-21-0059',
    projectName: 'サイバーセキュリティ統合知的・人材育成基盤の構築',
    ministry: '総務省',
    sheetYear: 2022,
    unit: '百万円',
    bureau: 'サイバーセキュリティ統括官',
    division: 'サイバーセキュリティ統括官(室)',
    implementation: '補助',
    actualsYear: 2021,
    budget: [
      { year: 2021, label: '令和3年度', initial: 700, supplementary: 0, carriedIn: 8518, carriedOut: -8518, reserve: 0, total: 700, executed: 552.7, executionRate: 79, request: false },
    ],
    blocks: seedBlocks(),
    flows: seedBlocks().map((b) => ({ from: b.id === 'A' ? 'ministry' : 'A', to: b.id, amount: b.total, note: null, inferred: true })),
  };
}

/** ministry → A → B…J (+ A's kept 人件費 and 旅費等), shaped like the model's graph. */
export function graphOf(sheet: Sheet, parents: Record<string, string> = {}): Graph {
  const nodes: Graph['nodes'] = [{ id: 'ministry', kind: 'ministry', label: sheet.ministry ?? '府省' }];
  const links: Graph['links'] = [];
  const par: Graph['parents'] = {};
  for (const b of sheet.blocks) {
    nodes.push({ id: b.id, kind: 'block', label: b.id, blockId: b.id, line: b.line });
    const parent = parents[b.id] ?? (b.id === 'A' ? 'ministry' : 'A');
    par[b.id] = { parent, inferred: parents[b.id] === undefined };
    links.push({ source: parent, target: b.id, value: b.total, kind: 'fund', families: [...new Set(b.recipients.map((r) => r.contractFamily))], line: b.line });
  }
  for (const item of sheet.blocks[0]?.expenses?.items.slice(1) ?? []) {
    const id = `A:kept:${item.category}`;
    nodes.push({ id, kind: 'kept', label: item.category, blockId: 'A', line: item.line });
    links.push({ source: 'A', target: id, value: item.amount, kind: 'kept', line: item.line });
  }
  return { nodes, links, parents: par };
}

/** A fake drill-down: block → recipients → 費目 → 使途 (for the matched recipient). */
export function fakeDrillDown(sheet: Sheet, blockId: string): Graph {
  const b = sheet.blocks.find((x) => x.id === blockId);
  if (!b) return { nodes: [], links: [], parents: {} };
  const nodes: Graph['nodes'] = [{ id: b.id, kind: 'block', label: b.id, blockId: b.id, line: b.line }];
  const links: Graph['links'] = [];
  for (const r of b.recipients) {
    nodes.push({ id: `${b.id}:r:${r.rank}`, kind: 'recipient', label: r.name, blockId: b.id, line: r.line });
    links.push({ source: b.id, target: `${b.id}:r:${r.rank}`, value: r.amount, kind: 'payment', families: [r.contractFamily], line: r.line });
  }
  const first = b.expenses?.matchedRanks[0];
  b.expenses?.items.forEach((it, i) => {
    const c = `${b.id}:c:${it.category}`;
    if (!nodes.some((n) => n.id === c)) nodes.push({ id: c, kind: 'category', label: it.category, blockId: b.id, line: it.line });
    nodes.push({ id: `${b.id}:p:${i}`, kind: 'purpose', label: it.purpose, blockId: b.id, line: it.line });
    links.push({ source: `${b.id}:r:${first}`, target: c, value: it.amount, kind: 'expense', line: it.line });
    links.push({ source: c, target: `${b.id}:p:${i}`, value: it.amount, kind: 'expense', line: it.line });
  });
  return { nodes, links, parents: {} };
}

/** A ParseOutput of the seed. */
export function seedOutput(parents: Record<string, string> = {}): ParseOutput {
  const sheet = seedSheet();
  return { schemaVersion: SCHEMA_VERSION, sheet, graph: graphOf(sheet, parents), diagnostics: [] };
}

/** Text that the fake analyze refuses. */
export const BROKEN = 'hello\nthis is not a sheet';

const notASheet: Diagnostic = {
  severity: 'error',
  code: 'NOT_A_SHEET',
  message: { ja: '行政事業レビューシートではありません', en: 'This is not a review sheet' },
  line: 1,
};

/** A fake model API: any text containing 事業番号 is the seed; anything else is refused. */
export const fakeModel = {
  analyze(text: string, options?: { parents?: Record<string, string> }): ParseOutput {
    if (text.includes('事業番号')) return seedOutput(options?.parents ?? {});
    const sheet = { ...seedSheet(), blocks: [], projectName: null, ministry: null, projectNumber: null };
    return { schemaVersion: SCHEMA_VERSION, sheet, graph: { nodes: [], links: [], parents: {} }, diagnostics: [notASheet] };
  },
  drillDown: fakeDrillDown,
};
