/** Splitting raw input into normalised lines and cells, and spotting binary input. */

/** One input line: 1-based number, NFKC-normalised text and its trimmed tab-separated cells. */
export interface Line {
  /** 1-based line number in the input as given. */
  no: number;
  text: string;
  cells: string[];
  /** The non-empty cells with their indices. */
  filled: Cell[];
}

// C0 controls except tab/newlines, DEL, and the replacement character from failed decoding.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFD]/g;
const HAS_CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFD]/;

// Characters NFKC changes in sheets: full-/half-width forms, ideographic space, ㈱-style
// enclosed and squared forms, circled numbers, Roman numerals, Latin-1 compatibility forms.
// Testing first skips the costly normalisation of the many lines without any.
const COMPAT = /[\u00A0-\u00BF\u2000-\u206F\u2150-\u24FF\u2E80-\u2FDF\u3000\u3200-\u33FF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFFEF]/;

/** Splits on CRLF, CR or LF after dropping a BOM; NFKC makes full-width digits, letters, spaces and parentheses ASCII. */
export function toLines(input: string): Line[] {
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  const raws = text.split(/\r\n|\r|\n/);
  // A final line break ends the last line; it does not start another one.
  if (raws.length > 1 && raws.at(-1) === '') raws.pop();
  return raws.map((raw, i) => {
    const stripped = HAS_CONTROL.test(raw) ? raw.replace(CONTROL, '') : raw;
    const clean = COMPAT.test(stripped) ? stripped.normalize('NFKC') : stripped;
    const cells = clean.split('\t');
    for (let c = 0; c < cells.length; c++) cells[c] = cleanCell(cells[c] as string);
    return { no: i + 1, text: clean, cells, filled: filled(cells) };
  });
}

/** Trims a cell and folds runs of white space into one space. */
export function cleanCell(cell: string): string {
  if (cell === '') return cell;
  return /\s\s|[^\S ]/.test(cell) ? cell.replace(/\s+/g, ' ').trim() : cell.trim();
}

/** Cell text without any white space, for matching labels such as "予算 の 状 況". */
export function compact(cell: string): string {
  return cell.replace(/\s+/g, '');
}

/**
 * Finds the first line that makes the input look binary: a NUL byte, or a line where
 * control/replacement characters are more than a tenth of the characters.
 * Returns its 1-based number, or null for text.
 */
export function binaryLine(input: string): number | null {
  // Nearly every input has no control character at all: say so without splitting it.
  if (!HAS_CONTROL.test(input)) return null;
  const lines = input.split(/\r\n|\r|\n/);
  let bad = 0;
  let total = 0;
  let first: number | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const n = line.match(CONTROL)?.length ?? 0;
    if (line.includes('\u0000')) return i + 1;
    if (n > 0 && first === null) first = i + 1;
    bad += n;
    total += line.length;
  }
  return total > 0 && bad / total > 0.1 ? first : null;
}

/** A non-empty cell and its 0-based index. */
export interface Cell {
  i: number;
  v: string;
}

/** The non-empty cells of a line with their 0-based indices. */
export function filled(cells: readonly string[]): Cell[] {
  const out: Cell[] = [];
  for (let i = 0; i < cells.length; i++) {
    const v = cells[i] as string;
    if (v !== '') out.push({ i, v });
  }
  return out;
}
