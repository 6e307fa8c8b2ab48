/** Splitting raw input into normalised lines and cells, and spotting binary input. */

/** One input line: 1-based number, NFKC-normalised text and its trimmed tab-separated cells. */
export interface Line {
  /** 1-based line number in the input as given. */
  no: number;
  text: string;
  cells: string[];
  /** 0-based index of the first non-empty cell, or -1 when every cell is empty. */
  first: number;
  /** Number of non-empty cells. */
  filled: number;
}

// C0 controls except tab/newlines, DEL, and the replacement character from failed decoding.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFD]/g;
const HAS_CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFD]/;

// Characters NFKC changes in sheets: full-/half-width forms, ideographic space, ㈱-style
// enclosed and squared forms, circled numbers, Roman numerals, Latin-1 compatibility forms.
// Testing first skips the costly normalisation of the many lines without any.
const COMPAT = /[\u00A0-\u00BF\u2000-\u206F\u2150-\u24FF\u2E80-\u2FDF\u3000\u3200-\u33FF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFFEF]/;

// A line none of whose cells needs cleanCell: no white space other than tabs and single
// spaces, and no space next to a tab or at either end.
const NEEDS_CLEANING = /[^\S \t]| {2}|^ | $|\t | \t/;

// Anything in a "\n"-separated text that sends its line through the steps above: a control
// or compatibility character, or what NEEDS_CLEANING looks for. Lines without any, nearly
// all of them, are split into cells as they are.
const SPECIAL = new RegExp(
  `${HAS_CONTROL.source}|${COMPAT.source}|[^\\S \\t\\n]| {2}|^ | $|\\t | \\t`,
  'gm',
);

/** Index of the first SPECIAL character at or after `from`, or the text's length. */
function nextSpecial(text: string, from: number): number {
  SPECIAL.lastIndex = from;
  const m = SPECIAL.exec(text);
  return m ? m.index : text.length;
}

/** Splits on CRLF, CR or LF after dropping a BOM; NFKC makes full-width digits, letters, spaces and parentheses ASCII. */
export function toLines(input: string): Line[] {
  const bomless = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  // CRLF and CR become LF, so every line ends one character before the next one starts.
  const text = bomless.includes('\r') ? bomless.replace(/\r\n?/g, '\n') : bomless;
  const raws = text.split('\n');
  // A final line break ends the last line; it does not start another one.
  if (raws.length > 1 && raws[raws.length - 1] === '') raws.pop();
  const lines: Line[] = [];
  let start = 0;
  let special = nextSpecial(text, 0);
  for (let n = 0; n < raws.length; n++) {
    const raw = raws[n] as string;
    const end = start + raw.length;
    let clean = raw;
    let cells: string[];
    if (special < end) {
      const stripped = HAS_CONTROL.test(raw) ? raw.replace(CONTROL, '') : raw;
      clean = COMPAT.test(stripped) ? stripped.normalize('NFKC') : stripped;
      cells = clean.split('\t');
      if (NEEDS_CLEANING.test(clean)) for (let c = 0; c < cells.length; c++) cells[c] = cleanCell(cells[c] as string);
      special = nextSpecial(text, end + 1);
    } else {
      cells = raw.split('\t');
    }
    let first = -1;
    let count = 0;
    for (let c = 0; c < cells.length; c++) {
      if (cells[c] === '') continue;
      if (first < 0) first = c;
      count++;
    }
    lines.push({ no: n + 1, text: clean, cells, first, filled: count });
    start = end + 1;
  }
  return lines;
}

/** Trims a cell and folds runs of white space into one space. */
export function cleanCell(cell: string): string {
  if (cell === '') return cell;
  return /\s\s|[^\S ]/.test(cell) ? cell.replace(/\s+/g, ' ').trim() : cell.trim();
}

/**
 * Cell text without any white space, for matching labels such as "予算 の 状 況". Only for
 * the cells of a Line, or cells joined with spaces: cleanCell leaves no white space in them
 * but single spaces, so most need no regex and no copy.
 */
export function compactCell(cell: string): string {
  return cell.includes(' ') ? cell.replaceAll(' ', '') : cell;
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
