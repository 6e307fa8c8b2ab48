/**
 * Arrow-key navigation between Sankey nodes: up/down within a column, left/right to
 * the nearest node (by vertical centre) of the neighbouring column.
 */

interface Box {
  id: string;
  layer: number;
  y0: number;
  y1: number;
}

/** Keys that move the focus. */
export type ArrowKey = 'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight';

/**
 * The node the focus moves to from `id`, or null when there is none that way. Right and
 * left follow the node's own flows first (topmost target / source), then the nearest node.
 */
export function neighbour(nodes: readonly Box[], id: string, key: ArrowKey, links: readonly { source: string; target: string }[] = []): string | null {
  const from = nodes.find((n) => n.id === id);
  if (!from) return nodes[0]?.id ?? null;
  const mid = (n: Box) => (n.y0 + n.y1) / 2;
  if (key === 'ArrowLeft' || key === 'ArrowRight') {
    const ids = new Set(links.filter((l) => (key === 'ArrowRight' ? l.source : l.target) === id).map((l) => (key === 'ArrowRight' ? l.target : l.source)));
    const linked = nodes.filter((n) => ids.has(n.id) && (key === 'ArrowRight' ? n.layer > from.layer : n.layer < from.layer)).sort((a, b) => a.y0 - b.y0);
    if (linked[0]) return linked[0].id;
  }
  if (key === 'ArrowUp' || key === 'ArrowDown') {
    const column = nodes.filter((n) => n.layer === from.layer).sort((a, b) => mid(a) - mid(b));
    const i = column.findIndex((n) => n.id === id);
    return column[key === 'ArrowUp' ? i - 1 : i + 1]?.id ?? null;
  }
  const layers = [...new Set(nodes.map((n) => n.layer))].sort((a, b) => a - b);
  const li = layers.indexOf(from.layer);
  const target = layers[key === 'ArrowLeft' ? li - 1 : li + 1];
  if (target === undefined) return null;
  const candidates = nodes.filter((n) => n.layer === target);
  let best: Box | null = null;
  for (const c of candidates) if (!best || Math.abs(mid(c) - mid(from)) < Math.abs(mid(best) - mid(from))) best = c;
  return best?.id ?? null;
}

/** True when a key event comes from a text field (global shortcuts must not fire there). */
export function inTextField(target: EventTarget | null): boolean {
  if (!target || typeof (target as Element).closest !== 'function') return false;
  return (target as Element).closest('input, textarea, select, [contenteditable="true"]') !== null;
}
