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

// What sends a line of a "\n"-separated text through the steps above, in two scans that are
// cheaper than one: characters (a superset of the control, compatibility and white-space
// characters other than space, tab and newline) and misplaced spaces (as NEEDS_CLEANING).
// Lines with neither, nearly all of them, are split into cells as they are.
const SPECIAL_CHARS = /[\u0000-\u0008\u000B-\u001F\u007F-\u00BF\u1680\u2000-\u206F\u2150-\u24FF\u2E80-\u2FDF\u3000\u3200-\u33FF\uF900-\uFAFF\uFE30-\uFE4F\uFEFF\uFF00-\uFFFF]/g;
const SPECIAL_SPACES = /^ | $| [ \t]|\t /gm;

/** Index of the first match of a global regex at or after `from`, or the text's length. */
function next(re: RegExp, text: string, from: number): number {
  re.lastIndex = from;
  const m = re.exec(text);
  return m ? m.index : text.length;
}

/** Splits on CRLF, CR or LF after dropping a BOM; NFKC makes full-width digits, letters, spaces and parentheses ASCII. */
export function toLines(input: string): Line[] {
  return splitLines(input, false) as Line[];
}

/** toLines, or null when a line holds a control character (then see binaryLine). */
export function linesWithoutControl(input: string): Line[] | null {
  return splitLines(input, true);
}

function splitLines(input: string, stopAtControl: boolean): Line[] | null {
  const bomless = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  // CRLF and CR become LF, so every line ends one character before the next one starts.
  const text = bomless.includes('\r') ? bomless.replace(/\r\n?/g, '\n') : bomless;
  const lines: Line[] = [];
  let char = next(SPECIAL_CHARS, text, 0);
  let space = next(SPECIAL_SPACES, text, 0);
  let tab = text.indexOf('\t');
  for (let start = 0; ; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    let clean: string;
    let cells: string[];
    if (char < end || space < end) {
      const raw = text.slice(start, end);
      const control = HAS_CONTROL.test(raw);
      if (control && stopAtControl) return null;
      const stripped = control ? raw.replace(CONTROL, '') : raw;
      clean = COMPAT.test(stripped) ? stripped.normalize('NFKC') : stripped;
      cells = clean.split('\t');
      if (NEEDS_CLEANING.test(clean)) for (let c = 0; c < cells.length; c++) cells[c] = cleanCell(cells[c] as string);
      if (char < end) char = next(SPECIAL_CHARS, text, end + 1);
      if (space < end) space = next(SPECIAL_SPACES, text, end + 1);
      if (tab >= 0 && tab < end) tab = text.indexOf('\t', end + 1);
    } else {
      // Cells straight from the text, one search per tab rather than a split per line.
      clean = text.slice(start, end);
      cells = [];
      let from = start;
      while (tab >= 0 && tab < end) {
        cells.push(text.slice(from, tab));
        from = tab + 1;
        tab = text.indexOf('\t', from);
      }
      cells.push(from === start ? clean : text.slice(from, end));
    }
    let first = -1;
    let count = 0;
    for (let c = 0; c < cells.length; c++) {
      if (cells[c] === '') continue;
      if (first < 0) first = c;
      count++;
    }
    lines.push({ no: lines.length + 1, text: clean, cells, first, filled: count });
    // A final line break ends the last line; it does not start another one.
    if (end >= text.length - 1) return lines;
    start = end + 1;
  }
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
