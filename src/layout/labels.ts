/**
 * Label placement for Sankey nodes: right of the node for every column but the
 * last, left of it for the last; stacked apart vertically per column, shrunk,
 * reduced to one line, ellipsized and finally hidden (in that order) so that no
 * two labels overlap. The full text stays with the caller for accessible names.
 */
import { ellipsize, textWidth } from './text.ts';

/** What to label: a node box and its text lines (first = name, then amounts). */
export interface LabelInput {
  id: string;
  x0: number;
  x1: number;
  y0: number;
  y1: number;
  layer: number;
  lines: string[];
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
}

/** A placed label. `y` is the top of its first line; boxes never overlap. */
export interface PlacedLabel {
  id: string;
  /** Anchor point: left edge for `start`, right edge for `end`. */
  x: number;
  y: number;
  anchor: 'start' | 'end';
  fontSize: number;
  lineHeight: number;
  /** Lines as drawn (maybe fewer, maybe ellipsized, maybe none). */
  lines: string[];
  /** True when something of the full text is not drawn. */
  truncated: boolean;
  /** Vertical centre of the node, for a leader line when the label moved away. */
  nodeY: number;
  box: { x0: number; y0: number; x1: number; y1: number };
}

interface Work {
  input: LabelInput;
  side: 'left' | 'right';
  maxWidth: number;
  lines: string[];
  top: number;
}

/** Place labels so that none overlaps another. */
export function placeLabels(inputs: readonly LabelInput[], options: LabelOptions): PlacedLabel[] {
  const gap = options.gap ?? 6;
  const lh = options.lineHeight ?? 1.3;
  const minFont = options.minFontSize ?? 10;
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
    const side = last > 0 && input.layer === last ? 'left' : 'right';
    const maxWidth = side === 'right' ? nextLeft(input.layer) - input.x1 - 2 * gap : input.x0 - prevRight(input.layer) - 2 * gap;
    const key = `${input.layer}:${side}`;
    groups.set(key, [...(groups.get(key) ?? []), { input, side, maxWidth: Math.max(0, maxWidth), lines: [...input.lines], top: 0 }]);
  }

  const out: PlacedLabel[] = [];
  const placedByLayer = new Map<number, PlacedLabel[]>();
  for (const group of groups.values()) {
    group.sort((a, b) => a.input.y0 + a.input.y1 - (b.input.y0 + b.input.y1));
    const font = fitColumn(group, options.height, options.fontSize ?? 13, minFont, lh);
    const placed = stack(group, font, lh, options.height, gap);
    for (const p of placed) {
      out.push(p);
      const layer = inputs.find((i) => i.id === p.id)?.layer ?? 0;
      placedByLayer.set(layer, [...(placedByLayer.get(layer) ?? []), p]);
    }
  }
  // Right labels of a column and left labels of the next share one gap: split it where they meet.
  for (const [layer, labels] of placedByLayer) {
    const rights = labels.filter((l) => l.anchor === 'start');
    const lefts = (placedByLayer.get(layer + 1) ?? []).filter((l) => l.anchor === 'end');
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
  return out;
}

/** Biggest font ≤ `preferred` at which the column's labels fit its height; drops lines and labels when even `min` does not. */
function fitColumn(group: Work[], height: number, preferred: number, min: number, lh: number): number {
  const need = (font: number) => group.reduce((s, w) => s + w.lines.length * font * lh + 2, 0);
  let font = preferred;
  while (font > min && need(font) > height) font -= 0.5;
  if (need(font) <= height) return font;
  // Keep only the name line, smallest nodes first.
  const bySize = [...group].sort((a, b) => a.input.y1 - a.input.y0 - (b.input.y1 - b.input.y0));
  for (const w of bySize) {
    if (need(font) <= height) return font;
    w.lines = w.lines.slice(0, 1);
  }
  for (const w of bySize) {
    if (need(font) <= height) return font;
    w.lines = [];
  }
  return font;
}

/** Stack a column's labels near their nodes' centres, pushed apart and kept inside [0, height]. */
function stack(group: Work[], font: number, lh: number, height: number, gap: number): PlacedLabel[] {
  const heights = group.map((w) => w.lines.length * font * lh);
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
    const lines = w.lines.map((t) => ellipsize(t, w.maxWidth, font));
    const visible = lines.filter((t) => t !== '');
    const truncated = visible.length < w.input.lines.length || visible.some((t, j) => t !== w.input.lines[j]);
    const x = w.side === 'right' ? w.input.x1 + gap : w.input.x0 - gap;
    const wid = Math.max(0, ...visible.map((t) => textWidth(t, font)));
    const top = tops[i] ?? 0;
    const bottom = top + visible.length * font * lh;
    return {
      id: w.input.id,
      x,
      y: top,
      anchor: w.side === 'right' ? 'start' : 'end',
      fontSize: font,
      lineHeight: font * lh,
      lines: visible,
      truncated,
      nodeY: (w.input.y0 + w.input.y1) / 2,
      box: w.side === 'right' ? { x0: x, y0: top, x1: x + wid, y1: bottom } : { x0: x - wid, y0: top, x1: x, y1: bottom },
    };
  });
}

/** Ellipsize a placed label to at most `width` px. */
function shrinkTo(label: PlacedLabel, width: number): void {
  const w = Math.max(0, width);
  const lines = label.lines.map((t) => ellipsize(t, w, label.fontSize)).filter((t) => t !== '');
  if (lines.length !== label.lines.length || lines.some((t, i) => t !== label.lines[i])) label.truncated = true;
  // Keep the box's vertical extent; a dropped line would leave an empty slot but never an overlap.
  label.lines = lines;
  const wid = Math.max(0, ...lines.map((t) => textWidth(t, label.fontSize)));
  label.box = label.anchor === 'start' ? { ...label.box, x1: label.x + wid } : { ...label.box, x0: label.x - wid };
}
