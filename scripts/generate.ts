/**
 * Generates realistic review sheets for benchmarks and scale tests: the seed's header and
 * noise sections, side-by-side 費目・使途 tables and long recipient lists, with valid
 * 法人番号 and exact one-decimal amounts. Deterministic for a given size.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const seedPath = fileURLToPath(new URL('../seeds/000_07fcc2ea9ae77a26.txt', import.meta.url));

/** Options of {@link generateSheet}. */
export interface GenerateOptions {
  /** Number of blocks, 1–26 (A is the grant-funded intermediary). */
  blocks: number;
  /** Recipient rows per block after A. */
  recipientsPerBlock: number;
}

const CONTRACTS = ['一般競争契約 (最低価格)', '一般競争契約 (総合評価)', '随意契約 (公募)', '随意契約 (企画競争)', '随意契約 (少額)', '随意契約 (その他)'];
const WORDS = ['システム', 'ソリューション', 'ネットワーク', 'テクノロジー', '情報', '総合研究', 'データ', 'サービス', 'エンジニアリング', 'コンサルティング'];

/** 13-digit 法人番号 with a valid check digit, from a 12-digit base. */
export function corporateNumber(base: number): string {
  const digits = String(base % 1e12).padStart(12, '0');
  let total = 0;
  for (let n = 1; n <= 12; n++) total += Number(digits[12 - n]) * (n % 2 === 1 ? 1 : 2);
  return `${9 - (total % 9)}${digits}`;
}

/** Fixed-point tenths → "1,234.5" as printed in sheets. */
function fmt(tenths: number): string {
  const whole = Math.floor(tenths / 10).toLocaleString('en-US');
  return tenths % 10 === 0 ? whole : `${whole}.${tenths % 10}`;
}

/** Sheet text with `blocks` blocks of `recipientsPerBlock` rows (block A has one row: the intermediary). */
export function generateSheet({ blocks, recipientsPerBlock }: GenerateOptions): string {
  const seed = readFileSync(seedPath, 'utf8').split('\n');
  const header = seed.slice(0, 118);
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.slice(0, Math.min(26, Math.max(1, blocks))).split('');
  let rng = 12345;
  const rand = (n: number): number => {
    rng = (rng * 1103515245 + 12345) % 2147483648;
    return rng % n;
  };
  type Row = { name: string; corp: string; tenths: number; contract: string };
  const lists = new Map<string, Row[]>();
  for (const [b, id] of letters.entries()) {
    if (b === 0) continue;
    const rows: Row[] = [];
    for (let r = 0; r < recipientsPerBlock; r++) {
      const k = b * 1000 + r;
      rows.push({
        name: `株式会社${WORDS[k % WORDS.length]}${WORDS[(k * 7) % WORDS.length]}${k}`,
        corp: corporateNumber(1000000000 + k * 7919),
        tenths: 5 + rand(3000) + (r < 3 ? 5000 : 0),
        contract: CONTRACTS[rand(CONTRACTS.length)] as string,
      });
    }
    rows.sort((x, y) => y.tenths - x.tenths);
    lists.set(id, rows);
  }
  const passed = [...lists.values()].flat().reduce((s, r) => s + r.tenths, 0);
  const staff = 168, travel = 3;
  lists.set('A', [{ name: '国立研究開発法人情報通信研究機構', corp: '7012405000492', tenths: passed + staff + travel, contract: '補助金等交付' }]);

  const out = [...header];
  // 費目・使途 tables, two side by side, describing each block's largest recipient.
  for (let i = 0; i < letters.length; i += 2) {
    const pair = letters.slice(i, i + 2);
    const tables = pair.map((id) => {
      const top = lists.get(id)?.[0] as Row;
      const items: [string, string, number][] = id === 'A'
        ? [['その他', '委託等', passed], ['人件費', '人件費', staff], ['旅費等', '旅費', travel]]
        : [['物品購入費', '機器', Math.floor(top.tenths / 2)], ['業務費', '役務', top.tenths - Math.floor(top.tenths / 2)]];
      return { id, top, items };
    });
    out.push(['費目・使途', ...tables.flatMap((t) => [`${t.id}.${t.top.name.replace('株式会社', '(株)').replace('国立研究開発法人', '(国研)')}`, '', ''])].join('\t'));
    out.push(['', ...tables.flatMap(() => ['費目', '使途', '金額 (百万円)'])].join('\t'));
    const depth = Math.max(...tables.map((t) => t.items.length));
    for (let r = 0; r < depth; r++) out.push(['', ...tables.flatMap((t) => { const it = t.items[r]; return it ? [it[0], it[1], fmt(it[2])] : ['', '', '']; })].join('\t'));
    out.push(['', ...tables.flatMap((t) => ['計', '', fmt(t.items.reduce((s, it) => s + it[2], 0))])].join('\t'));
  }
  out.push('', '支出先上位10者リスト', '');
  for (const id of letters) {
    out.push(`${id}.`, '', ['', '支出先', '法人番号', '業務概要', '支出額 (百万円)', '契約方式等', '入札者数 (応募者数)', '落札率', '一者応札・一者応募又は競争性のない随意契約となった理由及び改善策 (支出額10億円以上)'].join('\t'));
    (lists.get(id) ?? []).forEach((row, r) => {
      const competitive = row.contract.startsWith('一般競争');
      out.push([String(r + 1), row.name, row.corp, '業務の実施', fmt(row.tenths), row.contract, competitive ? String(1 + (r % 4)) : '-', competitive ? `${90 + (r % 10)}%` : '-', '-'].join('\t'));
    });
    out.push('');
  }
  return out.join('\n');
}

// CLI: tsx scripts/generate.ts <blocks> <recipientsPerBlock> <out.txt>
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const [blocks = '26', per = '100', file = 'big-sheet.txt'] = process.argv.slice(2);
  writeFileSync(file, generateSheet({ blocks: Number(blocks), recipientsPerBlock: Number(per) }));
  process.stdout.write(`wrote ${file}\n`);
}
