/** Reading numbers as printed in review sheets: ▲ negatives, `,` thousands, `-` for none, `%`. */

/** A parsed cell: a value, explicitly none (`-`, empty) or text that is not a number. */
export type NumberCell = { kind: 'value'; value: number } | { kind: 'none' } | { kind: 'invalid' };

const NONE = /^(?:-|―|—|‐|－|ー|−|\*|＊|該当なし|なし)?$/;

/**
 * Parses a sheet number: "8,518", "▲ 8,518" (negative), "552.7", "79%", "94.6 %",
 * "552.5百万円". Returns the shortest decimal that round-trips, so sums stay exact.
 */
export function parseNumber(cell: string): NumberCell {
  let s = cell.replace(/\s+/g, '');
  if (NONE.test(s)) return { kind: 'none' };
  s = s.replace(/(?:百万円|千円|円|%|件|回|人)$/, '');
  let negative = false;
  if (/^[▲△]/.test(s)) {
    negative = true;
    s = s.slice(1);
  } else if (/^[-−]/.test(s)) {
    negative = true;
    s = s.slice(1);
  }
  if (!/^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$|^\.\d+$/.test(s)) return { kind: 'invalid' };
  const value = Number(s.replace(/,/g, ''));
  if (!Number.isFinite(value)) return { kind: 'invalid' };
  return { kind: 'value', value: negative && value !== 0 ? -value : value };
}

/** The value of a cell, or null when it is none or not a number. */
export function numberOrNull(cell: string): number | null {
  const n = parseNumber(cell);
  return n.kind === 'value' ? n.value : null;
}

const ERA_BASE: Record<string, number> = { 令和: 2018, 平成: 1988, 昭和: 1925 };

/** Western year of an era year in a text ("令和元年度" → 2019, "平成30年度" → 2018, "2022年度" → 2022), or null. */
export function eraYear(text: string): number | null {
  const t = text.replace(/\s+/g, '');
  const era = /(令和|平成|昭和)(元|\d{1,2})年/.exec(t);
  if (era) {
    const base = ERA_BASE[era[1] ?? ''] ?? 0;
    return base + (era[2] === '元' ? 1 : Number(era[2]));
  }
  const western = /((?:19|20)\d{2})年度/.exec(t);
  return western ? Number(western[1]) : null;
}
