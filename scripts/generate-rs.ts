/**
 * A synthetic RSシステム year at the published scale, for `npm run bench`: 5-1 (≈194,000 rows,
 * ≈60 MB, ≈5,500 projects), 5-2 and 5-3 in the published layout (UTF-8 with BOM, CRLF, numbers with
 * a trailing space, quoted names with commas). Deterministic (seeded). Not real data.
 * `npx tsx scripts/generate-rs.ts DIR [projects]` writes the three CSVs to DIR.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const COMMON = 'シート種別,事業年度,予算事業ID,事業名,府省庁の建制順,政策所管府省庁,府省庁,局・庁,部,課,室,班,係';
const H51 = `${COMMON},支出先ブロック番号,支出先ブロック名,支出先の数,事業を行う上での役割,ブロックの合計支出額,支出先名,法人番号,所在地,法人種別,その他支出先,支出先の合計支出額,契約概要,金額,契約方式等,具体的な契約方式等,入札者数,落札率,一者応札・一者応募又は競争性のない随意契約となった理由及び改善策（支出額10億円以上）,その他の契約`;
const H52 = `${COMMON},支出元の支出先ブロック,支出元の支出先ブロック名,担当組織からの支出,支出先の支出先ブロック,支出先の支出先ブロック名,資金の流れの補足情報,国自らが支出する間接経費,国自らが支出する間接経費の項目,国自らが支出する間接経費の金額`;
const H53 = `${COMMON},支出先ブロック番号,支出先名,法人番号,契約概要,費目,使途,金額`;

const MINISTRIES = ['総務省', '文部科学省', '厚生労働省', '農林水産省', '経済産業省', '国土交通省', '環境省', '防衛省', '内閣府', 'デジタル庁', '法務省', '外務省', '財務省'];
const BUREAUS = ['大臣官房', '総合政策局', '産業技術環境局', '医政局', '研究振興局', '地域振興局'];
const WORDS = ['地域', '産業', '技術', '研究', '開発', '推進', '支援', '基盤', '整備', '強化', '環境', '人材', '育成', '防災', '情報', '通信', '安全', '国際', '連携', '調査'];
const FORMS = ['株式会社', '一般財団法人', '独立行政法人', '国立大学法人', '公益社団法人'];
const METHODS = ['一般競争契約（最低価格）', '一般競争契約（総合評価）', '随意契約（企画競争）', '随意契約（公募）', '随意契約（その他）', '補助金等交付'];
const LETTERS = (n: number): string => (n < 26 ? String.fromCharCode(65 + n) : String.fromCharCode(64 + Math.floor(n / 26)) + String.fromCharCode(65 + (n % 26)));

/** A small deterministic PRNG (mulberry32). */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A 法人番号 with a correct check digit. */
function corporateNumber(body: number): string {
  const digits = String(body).padStart(12, '0').slice(-12);
  let total = 0;
  for (let n = 1; n <= 12; n++) total += Number(digits[12 - n]) * (n % 2 === 1 ? 1 : 2);
  return `${9 - (total % 9)}${digits}`;
}

/** The year's three tables as CSV texts (with BOM). */
export function generateRsYear(options: { projects?: number; seed?: number } = {}): { '5-1': string; '5-2': string; '5-3': string; rows51: number; projects: number } {
  const projects = options.projects ?? 5500;
  const rand = prng(options.seed ?? 2024);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  const word = (n: number): string => Array.from({ length: n }, () => pick(WORDS)).join('');
  const r51: string[] = [H51];
  const r52: string[] = [H52];
  const r53: string[] = [H53];
  for (let p = 0; p < projects; p++) {
    const id = 1000 + p * 7;
    const ministry = pick(MINISTRIES);
    const name = `${word(6)}事業${p % 3 === 0 ? `（${word(2)}分）` : ''}`;
    const common = `レビューシート,2024,${id},${name},${1 + MINISTRIES.indexOf(ministry)},${ministry},${ministry},${pick(BUREAUS)},,${word(2)}課,,,`;
    // One project at the largest published shape (55 blocks × 70 payees); the rest small, skewed.
    const blocks = p === 0 ? 55 : 1 + Math.floor(rand() ** 2 * 7);
    const ids: string[] = [];
    for (let b = 0; b < blocks; b++) {
      const bid = LETTERS(b);
      ids.push(bid);
      const payees = p === 0 ? 70 : 1 + Math.floor(rand() ** 3 * 16);
      const amounts = Array.from({ length: payees }, () => 100 * Math.floor(1 + rand() * 2_000_000));
      const total = amounts.reduce((s, a) => s + a, 0);
      const firstName = `${pick(FORMS)}${word(3)}`;
      r51.push(`${common},${bid},${firstName}${payees > 1 ? 'ほか' : ''},${payees},${word(4)}業務,${total} ,,,,,,,,,,,,,,`);
      for (let k = 0; k < payees; k++) {
        const payee = k === 0 ? firstName : rand() < 0.05 ? `"${word(2)} Co., Ltd."` : `${pick(FORMS)}${word(3)}`;
        const cn = corporateNumber(1_000_000_000 + p * 100 + k);
        const place = `東京都${word(1)}区`;
        r51.push(`${common},${bid},,,,,${payee},${cn} ,${place},301,FALSE,${amounts[k]} ,,,,,,,,`);
        const contracts = rand() < 0.3 ? 2 : 1;
        let left = amounts[k] as number;
        for (let c = 0; c < contracts; c++) {
          const amount = c === contracts - 1 ? left : 100 * Math.floor(left / 200);
          left -= amount;
          const method = pick(METHODS);
          const competitive = method.startsWith('一般競争');
          r51.push(`${common},${bid},,,,,${payee},${cn} ,${place},301,FALSE,,${word(5)}に係る業務,${amount} ,${method},,${competitive ? 1 + Math.floor(rand() * 4) : ''},${competitive ? (80 + rand() * 20).toFixed(1) : ''},,FALSE`);
        }
        if (k === 0) {
          const items = 1 + Math.floor(rand() * 3);
          for (let i = 0; i < items; i++) r53.push(`${common},${bid},${payee},${cn},${word(5)}に係る業務,${pick(['人件費', '物品費', '旅費', '委託費', '業務費'])},${word(3)},${Math.floor((amounts[0] as number) / items / 100) * 100}`);
        }
      }
      // Edges: the first block from the ministry, others from the ministry or an earlier block; some with two funders.
      if (b === 0 || rand() < 0.4) r52.push(`${common},,${ministry},TRUE,${bid},${bid}ブロック,${pick(['補助金の交付', '委託', ''])},,,`);
      else {
        const from = ids[Math.floor(rand() * b)] as string;
        r52.push(`${common},${from},${from}ブロック,FALSE,${bid},${bid}ブロック,,,,`);
        if (rand() < 0.1 && b > 1) r52.push(`${common},${ids[0]},${ids[0]}ブロック,FALSE,${bid},${bid}ブロック,間接補助,,,`);
      }
    }
    if (rand() < 0.3) r52.push(`${common},,,,,,,間接経費,${pick(['委員等旅費', '職員旅費', '講師謝金'])},${100 * Math.floor(rand() * 20000)}`);
  }
  const text = (rows: string[]): string => `\uFEFF${rows.join('\r\n')}\r\n`;
  return { '5-1': text(r51), '5-2': text(r52), '5-3': text(r53), rows51: r51.length - 1, projects };
}

if (process.argv[1]?.endsWith('generate-rs.ts')) {
  const dir = process.argv[2] ?? 'bench/rs-year';
  const year = generateRsYear({ projects: Number(process.argv[3] ?? 5500) });
  mkdirSync(dir, { recursive: true });
  for (const t of ['5-1', '5-2', '5-3'] as const) writeFileSync(join(dir, `${t}_RS_2024_synthetic.csv`), year[t]);
  process.stdout.write(`${year.projects} projects, ${year.rows51} 5-1 rows, ${(Buffer.byteLength(year['5-1']) / 1e6).toFixed(1)} MB 5-1\n`);
}
