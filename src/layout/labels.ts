/**
 * Label placement for Sankey nodes: right of the node for every column but the
 * last, left of it for the last (or outside the two columns of a phone's view);
 * stacked apart vertically per column so that no two labels overlap. With a plan
 * from {@link planLabels} (the nodes then spaced by makeRoom() for the labels'
 * heights) each label sits at its own bar and nothing below applies. When a label does not fit, in this order: a long name wraps to a
 * second line, details use their short form, name and details share one row, the
 * font shrinks, details are dropped (smallest nodes first), labels are hidden
 * (smallest first); anything still too wide is ellipsized. The full text stays with
 * the caller for accessible names and tooltips.
 */
import { push } from './push.ts';
import { ellipsize, textWidth } from './text.ts';

/** What to label: a node box and its text lines (first = name, then details such as amounts). */
export interface LabelInput {
  id: string;
  x0: number;
  x1: number;
  y0: number;
  y1: number;
  layer: number;
  lines: string[];
  /** Shorter forms of `lines` (same index), used when the full form does not fit the width. */
  short?: (string | undefined)[];
}

/** Options of {@link placeLabels}. */
export interface LabelOptions {
  width: number;
  height: number;
  /** Number of columns of the layout. */
  layers: number;
  /** Preferred font size in px (default 13). */
  fontSize?: number;
  /** Smallest font size before lines are dropped (default 10). */
  minFontSize?: number;
  /** Line height as a multiple of the font size (default 1.3). */
  lineHeight?: number;
  /** Distance between node and label, and between labels and the next column (default 6). */
  gap?: number;
  /** Wrap a name that does not fit to a second line when the column has room (default true); `'all'`: onto as many lines as it needs, never cut. */
  wrap?: boolean | 'all';
  /** Labels outside the diagram: the first column's left of its bars, the last column's right of them (a two-column view on a phone). */
  outside?: boolean;
  /** Share of each label's width kept free for text drawn wider than estimated (e.g. 0.1 where nothing may be cut; default 0). */
  slack?: number;
  /** Narrower widths for some labels, by id (e.g. the share of a gap {@link PlacedLabel.shrunkTo} says they got): they wrap to it. */
  widths?: ReadonlyMap<string, number>;
  /**
   * Shapes and fonts chosen beforehand by {@link planLabels} (the nodes were then spaced for
   * them, see makeRoom()): each column is drawn so, without shrinking to `height`.
   */
  plan?: LabelPlan;
}

/** How each column's labels are drawn: level and font per column side, and each label's height. */
export interface LabelPlan {
  /** By `${layer}:${side}`. */
  columns: Map<string, { level: Level; font: number }>;
  /** Height in px each label needs beside its node (rows × line height + 2 px apart), by node id. */
  heights: Map<string, number>;
}

/** A placed label. `y` is the top of its first row; boxes never overlap. */
export interface PlacedLabel {
  id: string;
  /** Anchor point: left edge for `start`, right edge for `end`. */
  x: number;
  y: number;
  anchor: 'start' | 'end';
  fontSize: number;
  lineHeight: number;
  /** Lines as drawn (maybe fewer, shortened, ellipsized, or none). */
  lines: string[];
  /** How many of `lines` hold the name (2 when it wrapped); the rest are details. */
  nameLines: number;
  /** True when name and details are drawn on one row (name, a gap of {@link INLINE_GAP} em, details). */
  inline: boolean;
  /** True when something of the full text is not drawn. */
  truncated: boolean;
  /** Short forms of the input lines (see {@link LabelInput.short}), used when the label must shrink. */
  short?: (string | undefined)[];
  /** Vertical centre of the node, for a leader line when the label moved away. */
  nodeY: number;
  /** Set when the label had to share its gap with a label of the next column: the width it was cut to. */
  shrunkTo?: number;
  box: { x0: number; y0: number; x1: number; y1: number };
}

/** Gap between name and details on an inline row, in em. */
export const INLINE_GAP = 0.5;

/** How much a label shows: a wrapped name, name and details on rows, on one row; `tight`: per label, the fewest rows that show it whole. */
export type Level = 'wrap' | 'plain' | 'inline' | 'tight';

interface Work {
  input: LabelInput;
  side: 'left' | 'right';
  maxWidth: number;
  lines: string[];
  nameLines: number;
  inline: boolean;
}

const rowsOf = (w: { lines: string[]; inline: boolean }): number => (w.lines.length === 0 ? 0 : w.inline ? 1 : w.lines.length);
const inlineWidth = (lines: readonly string[], font: number): number =>
  lines.reduce((s, t, i) => s + textWidth(t, font) + (i > 0 ? INLINE_GAP * font : 0), 0);

/** The labels grouped by column and side, each with the width it may take. */
function groupsOf(inputs: readonly LabelInput[], options: LabelOptions): Map<string, Work[]> {
  const gap = options.gap ?? 6;
  const last = options.layers - 1;
  const colLeft = new Map<number, number>();
  const colRight = new Map<number, number>();
  for (const n of inputs) {
    colLeft.set(n.layer, Math.min(colLeft.get(n.layer) ?? Infinity, n.x0));
    colRight.set(n.layer, Math.max(colRight.get(n.layer) ?? -Infinity, n.x1));
  }
  const nextLeft = (layer: number): number => {
    for (let l = layer + 1; l <= last; l++) if (colLeft.has(l)) return colLeft.get(l) as number;
    return options.width;
  };
  const prevRight = (layer: number): number => {
    for (let l = layer - 1; l >= 0; l--) if (colRight.has(l)) return colRight.get(l) as number;
    return 0;
  };

  const groups = new Map<string, Work[]>();
  for (const input of inputs) {
    const side = options.outside ? (input.layer === 0 && last > 0 ? 'left' : 'right') : last > 0 && input.layer === last ? 'left' : 'right';
    const maxWidth = side === 'right' ? nextLeft(input.layer) - input.x1 - 2 * gap : input.x0 - prevRight(input.layer) - 2 * gap;
    const narrower = options.widths?.get(input.id) ?? Infinity;
    push(groups, `${input.layer}:${side}`, { input, side, maxWidth: Math.max(0, Math.min(narrower, maxWidth * (1 - (options.slack ?? 0)))), lines: [...input.lines], nameLines: input.lines.length ? 1 : 0, inline: false });
  }
  for (const group of groups.values()) group.sort((a, b) => a.input.y0 + a.input.y1 - (b.input.y0 + b.input.y1));
  return groups;
}

/**
 * Choose, per column, how its labels are drawn so that each can sit beside its own node: the
 * richest level (wrapped name, name and details on rows, one row) at which the column's labels
 * take at most `budget` px (default: 85 % of `height`), at the preferred font; when none does,
 * one row where that shows the text whole, else rows, and the caller grows the diagram (see
 * makeRoom()). The font is never shrunk for room. Returns the choice and each label's height.
 */
export function planLabels(inputs: readonly LabelInput[], options: LabelOptions & { budget?: number }): LabelPlan {
  const lh = options.lineHeight ?? 1.3;
  const wrap = options.wrap ?? true;
  const font = options.fontSize ?? 13;
  const budget = options.budget ?? options.height * 0.85;
  const columns = new Map<string, { level: Level; font: number }>();
  const heights = new Map<string, number>();
  const need = (group: Work[]) => group.reduce((s, w) => s + rowsOf(w) * font * lh + (w.lines.length ? 2 : 0), 0);
  for (const [key, group] of groupsOf(inputs, options)) {
    const apply = (level: Level) => {
      for (const w of group) Object.assign(w, shape(w, level, font, wrap));
    };
    let chosen: Level | null = null;
    for (const level of ['wrap', 'plain', 'inline'] as const) {
      apply(level);
      if (need(group) <= budget) {
        chosen = level;
        break;
      }
    }
    if (!chosen) {
      // Too many for the budget: each label on as few rows as show its text whole; the diagram grows to hold them.
      chosen = 'tight';
      apply(chosen);
    }
    columns.set(key, { level: chosen, font });
    for (const w of group) heights.set(w.input.id, rowsOf(w) * font * lh + (w.lines.length ? 2 : 0));
  }
  return { columns, heights };
}

/** Place labels so that none overlaps another. */
export function placeLabels(inputs: readonly LabelInput[], options: LabelOptions): PlacedLabel[] {
  const gap = options.gap ?? 6;
  const lh = options.lineHeight ?? 1.3;
  const minFont = options.minFontSize ?? 10;
  const wrap = options.wrap ?? true;
  const groups = groupsOf(inputs, options);

  const out: Placed[] = [];
  const placedByLayer = new Map<number, Placed[]>();
  for (const [key, group] of groups) {
    const planned = options.plan?.columns.get(key);
    let font: number;
    if (planned) {
      font = planned.font;
      for (const w of group) Object.assign(w, shape(w, planned.level, font, wrap));
    } else font = fitColumn(group, options.height, options.fontSize ?? 13, minFont, lh, wrap);
    for (const p of stack(group, font, lh, options.height, gap)) {
      out.push(p);
      push(placedByLayer, p.layer, p);
    }
  }
  // Right labels of a column and left labels of the next share one gap: split it where they meet.
  for (const [layer, labels] of placedByLayer) {
    const rights = labels.filter((l) => l.anchor === 'start');
    const lefts = (placedByLayer.get(layer + 1) ?? []).filter((l) => l.anchor === 'end');
    if (!rights.length || !lefts.length) continue;
    for (const r of rights) {
      for (const l of lefts) {
        const vertical = r.box.y0 < l.box.y1 && l.box.y0 < r.box.y1;
        if (!vertical || r.box.x1 + gap <= l.box.x0) continue;
        // Share the gap: a short label keeps its width, the other gets the rest; else half each.
        const avail = l.x - r.x - gap;
        const rw = r.box.x1 - r.box.x0;
        const lw = l.box.x1 - l.box.x0;
        if (rw <= avail / 2) shrinkTo(l, avail - rw);
        else if (lw <= avail / 2) shrinkTo(r, avail - lw);
        else {
          shrinkTo(r, avail / 2);
          shrinkTo(l, avail / 2);
        }
      }
    }
  }
  return out.map(({ layer: _layer, ...p }) => p);
}

/**
 * Room each gap between columns would like for its labels: gap i lies between column i
 * and i + 1 and holds the right-hand labels of column i (and, before the last column,
 * that column's left-hand labels). Widths are of the longest line, at `fontSize`; when
 * `height` is given and a column's labels cannot be stacked line by line within it,
 * the width of name and details on one row.
 */
export function labelRoom(
  inputs: readonly Pick<LabelInput, 'layer' | 'lines'>[],
  options: { layers: number; fontSize?: number; gap?: number; height?: number; lineHeight?: number },
): number[] {
  const font = options.fontSize ?? 13;
  const gap = options.gap ?? 6;
  const rowHeight = font * (options.lineHeight ?? 1.3);
  const last = options.layers - 1;
  const columns = new Map<number, Pick<LabelInput, 'layer' | 'lines'>[]>();
  for (const n of inputs) push(columns, n.layer, n);
  const right = new Array<number>(Math.max(0, last)).fill(0);
  const left = new Array<number>(Math.max(0, last)).fill(0);
  for (const [layer, column] of columns) {
    const stacked = column.reduce((s, n) => s + n.lines.length * rowHeight + 2, 0);
    const oneRow = options.height !== undefined && stacked > options.height;
    const w = Math.max(0, ...column.map((n) => (oneRow ? inlineWidth(n.lines, font) : Math.max(0, ...n.lines.map((t) => textWidth(t, font))))));
    if (layer < last) right[layer] = Math.max(right[layer] ?? 0, w);
    else if (last > 0) left[last - 1] = Math.max(left[last - 1] ?? 0, w);
  }
  return right.map((r, i) => (r > 0 ? r + 2 * gap : 0) + ((left[i] ?? 0) > 0 ? (left[i] ?? 0) + 2 * gap : 0));
}

/** Split `name` into two lines of at most `width` px, the second ellipsized; breaks after a space when one is near. */
export function wrapName(name: string, width: number, font: number): [string, string] {
  const chars = [...name];
  let w = 0;
  let cut = 0;
  for (const ch of chars) {
    const cw = textWidth(ch, font);
    if (w + cw > width) break;
    w += cw;
    cut++;
  }
  if (cut === 0) return ['', ellipsize(name, width, font)];
  const space = chars.slice(0, cut).lastIndexOf(' ');
  if (space >= cut / 2) cut = space + 1;
  // Do not split a run of digits or Latin letters ("1000") when the run starts late enough.
  const word = /[0-9A-Za-z.,]/;
  if (cut < chars.length && word.test(chars[cut] ?? '') && word.test(chars[cut - 1] ?? '')) {
    let start = cut - 1;
    while (start > 0 && word.test(chars[start - 1] ?? '')) start--;
    if (start >= cut / 2) cut = start;
  }
  // A line does not start with a prolonged sound mark, a small kana or closing punctuation.
  while (cut > 1 && /^[ー・、。,.)）」』ぁぃぅぇぉっゃゅょァィゥェォッャュョ]/.test(chars[cut] ?? '')) cut--;
  const first = chars.slice(0, cut).join('').trimEnd();
  const rest = chars.slice(cut).join('').trimStart();
  return [first, ellipsize(rest, width, font)];
}

/** `name` split into lines of at most `width` px, as many as it takes (each break as {@link wrapName} chooses). */
export function wrapAll(name: string, width: number, font: number): string[] {
  const rows: string[] = [];
  let rest = name;
  while (rest && textWidth(rest, font) > width && rows.length < 12) {
    const [a] = wrapName(rest, width, font);
    if (!a) break;
    rows.push(a);
    rest = [...rest].slice([...a].length).join('').trimStart();
  }
  if (rest) rows.push(ellipsize(rest, width, font));
  return rows;
}

/** The lines of a label at a level and font, before ellipsizing. */
function shape(w: Work, level: Level, font: number, wrap: boolean | 'all'): Pick<Work, 'lines' | 'nameLines' | 'inline'> {
  const [name = '', ...details] = w.input.lines;
  const shortForms = w.input.short ?? [];
  const fits = (t: string) => textWidth(t, font) <= w.maxWidth;
  const shortName = fits(name) ? name : (shortForms[0] ?? name);
  const shown = details.map((d, i) => (fits(d) ? d : (shortForms[i + 1] ?? d)));
  if (w.input.lines.length === 0) return { lines: [], nameLines: 0, inline: false };
  if (level === 'tight') {
    if (shown.length && inlineWidth([name, ...details], font) <= w.maxWidth) return { lines: [name, ...details], nameLines: 1, inline: true };
    return shape(w, fits(name) ? 'plain' : 'wrap', font, wrap);
  }
  if (wrap === 'all') {
    // Nothing cut: the name, and each detail in its short form if need be, on as many rows as they take.
    const nameRows = fits(name) ? [name] : wrapAll(name, w.maxWidth, font);
    const detailRows = details.flatMap((d, i) => {
      const short = shortForms[i + 1] ?? d;
      return fits(d) ? [d] : fits(short) ? [short] : wrapAll(short, w.maxWidth, font);
    });
    return { lines: [...nameRows, ...detailRows], nameLines: nameRows.length, inline: false };
  }
  if (level === 'wrap' && wrap && !fits(shortName)) {
    const [a, b] = wrapName(name, w.maxWidth, font);
    if (a) return { lines: [a, b, ...shown], nameLines: 2, inline: false };
  }
  if (level === 'inline' && shown.length) {
    const shortDetails = details.map((d, i) => shortForms[i + 1] ?? d);
    for (const candidate of [[name, ...details], [name, ...shortDetails], [shortName, ...shortDetails]]) {
      if (inlineWidth(candidate, font) <= w.maxWidth) return { lines: candidate, nameLines: 1, inline: true };
    }
  }
  return { lines: [shortName, ...shown], nameLines: 1, inline: false };
}

/** Biggest font ≤ `preferred` and richest shape at which the column's labels fit its height; drops lines and labels when even `min` does not. */
function fitColumn(group: Work[], height: number, preferred: number, min: number, lh: number, wrap: boolean | 'all'): number {
  const need = (font: number) => group.reduce((s, w) => s + rowsOf(w) * font * lh + (w.lines.length ? 2 : 0), 0);
  const apply = (level: Level, font: number) => {
    for (const w of group) Object.assign(w, shape(w, level, font, wrap));
  };
  for (const level of ['wrap', 'plain', 'inline'] as const) {
    apply(level, preferred);
    if (need(preferred) <= height) return preferred;
  }
  let font = preferred;
  while (font > min) {
    font = Math.max(min, font - 0.5);
    apply('inline', font);
    if (need(font) <= height) return font;
  }
  // Keep only the name row, smallest nodes first; inline labels are one row already.
  const bySize = [...group].sort((a, b) => a.input.y1 - a.input.y0 - (b.input.y1 - b.input.y0));
  for (const w of bySize) {
    if (need(font) <= height) return font;
    if (!w.inline && w.lines.length > 1) w.lines = w.lines.slice(0, 1);
    w.nameLines = Math.min(w.nameLines, 1);
  }
  for (const w of bySize) {
    if (need(font) <= height) return font;
    w.lines = [];
    w.nameLines = 0;
    w.inline = false;
  }
  return font;
}

type Placed = PlacedLabel & { layer: number };

/** Stack a column's labels near their nodes' centres, pushed apart and kept inside [0, height]. */
function stack(group: Work[], font: number, lh: number, height: number, gap: number): Placed[] {
  const heights = group.map((w) => rowsOf(w) * font * lh);
  const tops = group.map((w, i) => (w.input.y0 + w.input.y1) / 2 - (heights[i] ?? 0) / 2);
  for (let i = 0; i < tops.length; i++) {
    const prev = i > 0 ? (tops[i - 1] ?? 0) + (heights[i - 1] ?? 0) + (heights[i - 1] ? 2 : 0) : 0;
    tops[i] = Math.max(tops[i] ?? 0, prev);
  }
  let limit = height;
  for (let i = tops.length - 1; i >= 0; i--) {
    const h = heights[i] ?? 0;
    tops[i] = Math.max(0, Math.min(tops[i] ?? 0, limit - h));
    limit = (tops[i] ?? 0) - (h ? 2 : 0);
  }
  return group.map((w, i) => {
    const x = w.side === 'right' ? w.input.x1 + gap : w.input.x0 - gap;
    const top = tops[i] ?? 0;
    const label: Placed = {
      id: w.input.id,
      layer: w.input.layer,
      x,
      y: top,
      anchor: w.side === 'right' ? 'start' : 'end',
      fontSize: font,
      lineHeight: font * lh,
      lines: w.lines,
      nameLines: w.nameLines,
      inline: w.inline,
      truncated: false,
      ...(w.input.short ? { short: w.input.short } : {}),
      nodeY: (w.input.y0 + w.input.y1) / 2,
      box: { x0: x, y0: top, x1: x, y1: top },
    };
    fit(label, w.maxWidth);
    const original = w.input.lines;
    const name = (original[0] ?? '').replace(/\s+/g, '');
    const drawnName = label.lines.slice(0, label.nameLines).join('').replace(/\s+/g, '');
    label.truncated =
      original.length > 0 && (drawnName !== name || label.lines.length - label.nameLines < original.length - 1 || label.lines.some((t) => t.endsWith('…')));
    return label;
  });
}

/** Ellipsize a label's lines to `width` px and recompute its box. */
function fit(label: PlacedLabel, width: number): void {
  const w = Math.max(0, width);
  const font = label.fontSize;
  let lines = label.lines;
  if (label.inline) {
    const name = lines[0] ?? '';
    const full = lines.slice(1);
    const short = full.map((d, i) => label.short?.[i + 1] ?? d);
    // Keep the whole name if the details' short form makes room; else ellipsize the name, then drop details.
    const fitting = [full, short].find((d) => inlineWidth([name, ...d], font) <= w);
    if (fitting) lines = [name, ...fitting];
    else {
      const room = w - inlineWidth(['', ...short], font);
      const cut = room >= 3 * font ? ellipsize(name, room, font) : '';
      if (cut) lines = [cut, ...short];
      else {
        lines = [ellipsize(name, w, font)].filter((t) => t !== '');
        label.inline = false;
      }
    }
  } else {
    // Details (after the name lines) switch to their short form before being ellipsized.
    const shortOf = (i: number) => (i >= label.nameLines ? label.short?.[i - label.nameLines + 1] : undefined);
    lines = lines.map((t, i) => ellipsize(textWidth(t, font) > w ? (shortOf(i) ?? t) : t, w, font)).filter((t) => t !== '');
  }
  if (lines.length < label.lines.length) label.nameLines = Math.min(label.nameLines, lines.length);
  label.lines = lines;
  const rows = label.inline ? [inlineWidth(lines, font)] : lines.map((t) => textWidth(t, font));
  const wid = Math.max(0, ...rows);
  const bottom = label.y + rowsOf(label) * label.lineHeight;
  label.box = label.anchor === 'start' ? { x0: label.x, y0: label.y, x1: label.x + wid, y1: bottom } : { x0: label.x - wid, y0: label.y, x1: label.x, y1: bottom };
}

/** Ellipsize a placed label to at most `width` px; its vertical extent stays (an emptied row never causes an overlap). */
function shrinkTo(label: PlacedLabel, width: number): void {
  const { y0, y1 } = label.box;
  const before = label.lines;
  label.shrunkTo = Math.min(label.shrunkTo ?? Infinity, width);
  fit(label, width);
  label.truncated ||= label.lines.length !== before.length || label.lines.some((t, i) => t !== before[i]);
  label.box = { ...label.box, y0, y1 };
}
