/** The sheet's header: 事業番号, title (sheet year, ministry), 事業名 and the other labelled fields. */
import { compactCell, type Line } from './text.ts';
import { eraYear } from './numbers.ts';

/** Header fields as read; null where the sheet does not have them. */
export interface Header {
  projectNumber: string | null;
  projectNumberLine: number | null;
  projectName: string | null;
  ministry: string | null;
  sheetYear: number | null;
  bureau: string | null;
  division: string | null;
  implementation: string | null;
  actualsYear: number | null;
  /** True when any review-sheet marker (title, 事業番号) was seen. */
  looksLikeSheet: boolean;
}

// 事業番号 abbreviations → ministry, for sheets whose title line is missing.
const MINISTRIES: Record<string, string> = {
  内閣官房: '内閣官房', 内閣府: '内閣府', 復興: '復興庁', 警察: '警察庁', 金融: '金融庁', 消費者: '消費者庁',
  こども: 'こども家庭庁', デジタル: 'デジタル庁', 総務: '総務省', 法務: '法務省', 外務: '外務省', 財務: '財務省',
  文科: '文部科学省', 厚労: '厚生労働省', 農水: '農林水産省', 経産: '経済産業省', 国交: '国土交通省',
  環境: '環境省', 防衛: '防衛省', 公取: '公正取引委員会', 個人情報: '個人情報保護委員会',
  原子力規制: '原子力規制委員会', カジノ: 'カジノ管理委員会',
};

const FIELDS: Record<string, keyof Pick<Header, 'projectName' | 'bureau' | 'division' | 'implementation'>> = {
  事業名: 'projectName',
  担当部局庁: 'bureau',
  担当課室: 'division',
  実施方法: 'implementation',
};

/** Reads the header from the lines before the fund-flow section. */
export function parseHeader(lines: readonly Line[]): Header {
  const h: Header = {
    projectNumber: null, projectNumberLine: null, projectName: null, ministry: null, sheetYear: null,
    bureau: null, division: null, implementation: null, actualsYear: null, looksLikeSheet: false,
  };
  const names = propertyNames(FIELDS);
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n] as Line;
    // Each pattern below needs one of these words, which (having no white space) are in the
    // line's text whenever they are in its joined cells; most header lines have none.
    const t = line.text;
    const joined = t.includes('番') || t.includes('行政事業レビュー') || t.includes('※') ? line.cells.join(' ') : '';
    if (h.projectNumber === null && joined.includes('番') && compactCell(joined).includes('事業番号')) {
      const rest = compactCell(joined.slice(joined.indexOf('番号') + 2));
      const m = /^[:]?(\d{4})-([^-]+)-([^-]+)-(\d{2,5})/.exec(rest);
      if (m) {
        h.projectNumber = `${m[1]}-${m[2]}-${m[3]}-${m[4]}`;
        h.projectNumberLine = line.no;
        h.looksLikeSheet = true;
      }
    }
    // Both patterns need 行政事業レビュー; most lines have neither.
    const review = joined.includes('行政事業レビュー');
    const title = review ? /((?:令和|平成)\s*(?:元|\d{1,2})\s*年度)\s*行政事業レビューシート\s*(?:\(([^)]+)\))?/.exec(joined) : null;
    if (title && h.sheetYear === null) {
      h.sheetYear = eraYear(title[1] ?? '');
      if (title[2]) h.ministry = title[2].trim();
      h.looksLikeSheet = true;
    } else if (review) {
      h.looksLikeSheet = true;
    }
    if (h.actualsYear === null && joined.includes('※')) {
      const actual = /※\s*((?:令和|平成)\s*(?:元|\d{1,2})\s*年度?)\s*実績/.exec(joined);
      if (actual) h.actualsYear = eraYear(`${actual[1] ?? ''}年`.replace('年度年', '年'));
    }
    const cells = line.cells;
    for (let i = 0; i < cells.length; i++) {
      const cell = cells[i] as string;
      // Without its spaces a cell starts with the same character and keeps over half its
      // length (it has single spaces at most), so most cannot become a key of FIELDS (or of
      // its prototypes) and need not be compacted.
      if (cell === '' || !names.initials.has(cell.charCodeAt(0)) || (cell.length + 1) >> 1 > names.longest) continue;
      const field = FIELDS[compactCell(cell)];
      if (!field || h[field] !== null) continue;
      let value: string | undefined;
      for (let j = i + 1; j < cells.length && value === undefined; j++) if (cells[j] !== '') value = cells[j];
      if (value !== undefined && !FIELDS[compactCell(value)]) h[field] = value;
    }
  }
  if (h.projectNumber) {
    const [year, abbr] = h.projectNumber.split('-');
    if (h.sheetYear === null) h.sheetYear = Number(year);
    if (h.ministry === null && abbr) h.ministry = MINISTRIES[abbr] ?? null;
  }
  return h;
}

/** The first characters (as code units) and the greatest length of the property names of an object and its prototypes. */
function propertyNames(o: object): { initials: Set<number>; longest: number } {
  const initials = new Set<number>();
  let longest = 0;
  for (let p: object | null = o; p !== null; p = Object.getPrototypeOf(p) as object | null) {
    for (const k of Object.getOwnPropertyNames(p)) {
      initials.add(k.charCodeAt(0));
      longest = Math.max(longest, k.length);
    }
  }
  return { initials, longest };
}
