/**
 * The insides of the diagram's nodes and bands (bars, hit areas, leader lines, labels, band
 * paths) as SVG markup strings, which FlowView puts into each node's and band's `<g>` with
 * {@html}. One string per element instead of a template block per rect, tspan and path keeps
 * a drill-down of a 26×100 sheet (some 70 nodes and bands, 400 elements) from spending its
 * time creating and tearing down reactive blocks; the `<g>` elements themselves, with their
 * roles, names, classes and focus, stay in the template. Pure: usable on the server (prerender)
 * as in the browser. Every text and attribute value is escaped.
 */
import { INLINE_GAP, type LayoutLink, type LayoutNode, type PlacedLabel } from '../layout/index.ts';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** `text` safe as element content and as a double-quoted attribute value. */
export function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

type Attrs = Record<string, string | number | undefined>;

function tag(name: string, attrs: Attrs, content?: string): string {
  let out = `<${name}`;
  for (const k in attrs) {
    const v = attrs[k];
    if (v !== undefined) out += ` ${k}="${esc(String(v))}"`;
  }
  return content === undefined ? `${out}/>` : `${out}>${content}</${name}>`;
}

/** Bar, hit area, leader line (when the label moved away from its node) and label of a node. */
export function nodeMarkup(n: LayoutNode, fill: string, label: PlacedLabel | undefined, fullName: string): string {
  const h = Math.max(2, n.y1 - n.y0);
  let out =
    tag('rect', { class: 'bar', x: n.x0, y: n.y0 - (h - (n.y1 - n.y0)) / 2, width: n.x1 - n.x0, height: h, fill }) +
    tag('rect', { class: 'hit', x: n.x0 - 4, y: n.y0 - 4, width: n.x1 - n.x0 + 8, height: n.y1 - n.y0 + 8 });
  if (!label || !label.lines.length) return out;
  const start = label.anchor === 'start';
  const mid = (label.box.y0 + label.box.y1) / 2;
  if (Math.abs(mid - label.nodeY) > 6) out += tag('path', { class: 'leader', d: `M${start ? n.x1 : n.x0},${label.nodeY}L${label.x + (start ? -3 : 3)},${mid}` });
  let spans = '';
  label.lines.forEach((line, i) => {
    const amount = label.inline ? i > 0 : i >= label.nameLines;
    const pos: Attrs = label.inline
      ? i === 0
        ? { x: label.x, dy: label.lineHeight * 0.8 }
        : { dx: `${INLINE_GAP}em` }
      : { x: label.x, dy: i === 0 ? label.lineHeight * 0.8 : label.lineHeight };
    spans += tag('tspan', { ...pos, class: amount ? 'amount' : undefined }, esc(line));
  });
  if (label.truncated) spans += tag('title', {}, esc(fullName));
  return out + tag('text', { x: label.x, y: label.y, 'text-anchor': label.anchor, 'font-size': label.fontSize }, spans);
}

/** The paths of a band: one stroke, or one stripe per contract family (lens); plus a wider invisible hit path when thin. */
export function linkMarkup(l: LayoutLink, stroke: string, parts: readonly { path: string; width: number; stroke: string }[]): string {
  let out = parts.length
    ? parts.map((p) => tag('path', { d: p.path, stroke: p.stroke, 'stroke-width': Math.max(1, p.width) })).join('')
    : tag('path', { d: l.path, stroke, 'stroke-width': Math.max(1, l.width) });
  if (l.width < 6) out += tag('path', { class: 'link-hit', d: l.path, 'stroke-width': 6 });
  return out;
}
