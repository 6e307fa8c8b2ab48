/**
 * Graph → positioned Sankey nodes and links. Validates first, clones before
 * d3-sankey (which mutates its input), recomputes node values exactly with `sum()`.
 */
import { sankey, sankeyLeft, type SankeyLink, type SankeyNode } from 'd3-sankey';
import type { Graph, GraphLink, GraphNode, NodeKind } from '../contract/schema.ts';
import { sum } from '../util/decimal.ts';
import type { LayoutLink, LayoutNode, LayoutOptions, SankeyLayout } from './types.ts';
import { validateGraph } from './validate.ts';
import { push } from './push.ts';
import { flowId, layoutLinkId, recipientOrder } from '../contract/nodeIds.ts';
import type { ReadonlyGraphShape } from '../contract/readonly.ts';

type N = SankeyNode<GraphNode, GraphLink>;
type L = SankeyLink<GraphNode, GraphLink>;

const kindOrder: Record<NodeKind, number> = {
  ministry: 0,
  block: 1,
  recipient: 2,
  category: 3,
  purpose: 4,
  other: 5,
  kept: 6,
  residual: 7,
};

/** Column order: blocks alphabetically, recipients by rank, others by value (largest first); kept and residual flows last. */
export function compareNodes(a: { kind: NodeKind; id: string; value?: number }, b: { kind: NodeKind; id: string; value?: number }): number {
  const k = kindOrder[a.kind] - kindOrder[b.kind];
  if (k !== 0) return k;
  // A … Z, then AA, AB … (ids after Z have two letters, as the RSシステム numbers blocks).
  if (a.kind === 'block') return a.id.length - b.id.length || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const ra = recipientOrder(a.id);
  const rb = recipientOrder(b.id);
  if (a.kind === 'recipient' && ra && rb) return ra[0] - rb[0] || ra[1] - rb[1]; // sheet rank order, then rows ranked alike
  return (b.value ?? 0) - (a.value ?? 0);
}

/** Lay out a fund-flow graph. Never throws: invalid elements are listed in `dropped`. */
export function layoutSankey(graph: ReadonlyGraphShape, options: LayoutOptions): SankeyLayout {
  const width = Math.max(1, options.width);
  const height = Math.max(1, options.height);
  const margin = options.margin ?? 8;
  const valid = validateGraph(graph);
  if (valid.links.length === 0) return { nodes: [], links: [], dropped: valid.dropped, width, height, layers: 0 };

  const input = structuredClone({ nodes: valid.nodes, links: valid.links });
  // Crowded columns get less padding so the bars keep some height.
  const perColumn = columnSizes(valid.nodes, valid.links);
  const wanted = options.nodePadding ?? 24;
  const usable = height - 2 * margin;
  const padding = perColumn > 1 ? Math.max(2, Math.min(wanted, (usable * 0.45) / (perColumn - 1))) : wanted;

  const generator = sankey<GraphNode, GraphLink>()
    .nodeId((d) => d.id)
    .nodeAlign(sankeyLeft)
    .nodeWidth(options.nodeWidth ?? 14)
    .nodePadding(padding)
    .nodeSort((a, b) => compareNodes(a, b))
    .extent([
      [margin, margin],
      [Math.max(margin + 1, width - margin), Math.max(margin + 1, height - margin)],
    ]);
  const laid = generator(input);

  const inValues = new Map<string, number[]>();
  const outValues = new Map<string, number[]>();
  for (const l of valid.links) {
    push(inValues, l.target, l.value);
    push(outValues, l.source, l.value);
  }
  const nodes: LayoutNode[] = (laid.nodes as N[]).map((n) => {
    const vin = sum(inValues.get(n.id) ?? []);
    const vout = sum(outValues.get(n.id) ?? []);
    return {
      id: n.id,
      kind: n.kind,
      label: n.label,
      ...(n.name ? { name: n.name } : {}),
      blockId: n.blockId ?? null,
      line: n.line ?? null,
      x0: n.x0 ?? 0,
      x1: n.x1 ?? 0,
      y0: n.y0 ?? 0,
      y1: n.y1 ?? 0,
      value: Math.max(vin, vout),
      layer: (n as N & { layer?: number }).layer ?? n.depth ?? 0,
    };
  });

  const seen = new Map<string, number>();
  const links: LayoutLink[] = (laid.links as L[]).map((l) => {
    const source = (l.source as N).id;
    const target = (l.target as N).id;
    const base = flowId(source, target);
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return {
      id: layoutLinkId(source, target, n),
      source,
      target,
      value: l.value,
      kind: l.kind,
      families: l.families ?? [],
      line: l.line ?? null,
      width: Math.max(0, l.width ?? 0),
      y0: l.y0 ?? 0,
      y1: l.y1 ?? 0,
      x0: (l.source as N).x1 ?? 0,
      x1: (l.target as N).x0 ?? 0,
      // The centre line sankeyLinkHorizontal() would draw, without d3-shape and d3-path in the bundle.
      path: bandPath((l.source as N).x1 ?? 0, l.y0 ?? 0, (l.target as N).x0 ?? 0, l.y1 ?? 0),
    };
  });
  const layers = nodes.reduce((m, n) => Math.max(m, n.layer + 1), 0);
  return { nodes, links, dropped: valid.dropped, width, height, layers };
}

/** Largest number of nodes in one column when nodes are placed by longest path from a source. */
function columnSizes(nodes: GraphNode[], links: GraphLink[]): number {
  const depth = nodeDepths(nodes, links);
  const counts = new Map<number, number>();
  for (const d of depth.values()) counts.set(d, (counts.get(d) ?? 0) + 1);
  return Math.max(1, ...counts.values());
}

/** Longest-path depth of every node from the sources (the graph must be acyclic). */
export function nodeDepths(nodes: readonly { id: string }[], links: readonly { source: string; target: string }[]): Map<string, number> {
  const depth = new Map<string, number>(nodes.map((n) => [n.id, 0]));
  // Bellman-Ford style relaxation; at most |nodes| rounds on a DAG.
  for (let round = 0; round < nodes.length; round++) {
    let changed = false;
    for (const l of links) {
      const d = (depth.get(l.source) ?? 0) + 1;
      if (d > (depth.get(l.target) ?? 0)) {
        depth.set(l.target, d);
        changed = true;
      }
    }
    if (!changed) break;
  }
  return depth;
}

/** Horizontal cubic band centre line from (x0,y0) to (x1,y1), as sankeyLinkHorizontal draws it. */
export function bandPath(x0: number, y0: number, x1: number, y1: number): string {
  const xm = (x0 + x1) / 2;
  return `M${x0},${y0}C${xm},${y0},${xm},${y1},${x1},${y1}`;
}

/**
 * Move the columns of a layout sideways so each gap between columns gets room in
 * proportion to what its labels ask for (`room[i]`: gap between column i and i + 1,
 * e.g. from labelRoom()). Gaps that ask for little keep at least `minGap` (default
 * 40 px, less when the width cannot afford it) so bands never turn into walls; room
 * left over is shared equally. The first and last columns stay where they are; only
 * x coordinates and link paths change, so hover and label sets keyed by id stay valid.
 */
export function respaceColumns(layout: SankeyLayout, room: readonly number[], options: { minGap?: number } = {}): SankeyLayout {
  const layers = layout.layers;
  if (layers < 3 || layout.nodes.length === 0) return layout;
  const left = new Array<number>(layers).fill(Infinity);
  const right = new Array<number>(layers).fill(-Infinity);
  for (const n of layout.nodes) {
    left[n.layer] = Math.min(left[n.layer] ?? Infinity, n.x0);
    right[n.layer] = Math.max(right[n.layer] ?? -Infinity, n.x1);
  }
  if (left.some((x) => !Number.isFinite(x))) return layout;
  const widths = left.map((x, i) => (right[i] ?? x) - x);
  const start = left[0] ?? 0;
  const end = right[layers - 1] ?? 0;
  const gaps = layers - 1;
  const free = end - start - widths.reduce((s, w) => s + w, 0);
  if (free <= 0) return layout;
  const min = Math.min(options.minGap ?? 40, (free / gaps) * 0.5);
  const want = Array.from({ length: gaps }, (_, i) => Math.max(min, room[i] ?? 0));
  const total = want.reduce((s, w) => s + w, 0);
  const gap =
    total <= free
      ? want.map((w) => w + (free - total) / gaps)
      : want.map((w) => min + ((free - gaps * min) * (w - min)) / Math.max(1e-9, total - gaps * min));
  const x0 = [start];
  for (let i = 1; i < layers; i++) x0.push((x0[i - 1] ?? 0) + (widths[i - 1] ?? 0) + (gap[i - 1] ?? 0));
  const shift = x0.map((x, i) => x - (left[i] ?? 0));
  const nodes = layout.nodes.map((n) => {
    const dx = shift[n.layer] ?? 0;
    return dx === 0 ? n : { ...n, x0: n.x0 + dx, x1: n.x1 + dx };
  });
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const links = layout.links.map((l) => {
    const s = byId.get(l.source);
    const t = byId.get(l.target);
    if (!s || !t || (s.x1 === l.x0 && t.x0 === l.x1)) return l;
    return { ...l, x0: s.x1, x1: t.x0, path: bandPath(s.x1, l.y0, t.x0, l.y1) };
  });
  return { ...layout, nodes, links };
}

/**
 * Give every node room for its label beside its own bar: in each column a node takes a slot
 * of max(bar height, its label's height `need`), slots `gap` px apart, so a label centred on
 * its node overlaps the bar and no other label. Bars (and bands) are scaled down by one factor
 * for the whole diagram when the slots do not fit the height; when they would have to shrink
 * below `minScale` of their size, the diagram grows taller instead (a scrolling diagram rather
 * than labels beside the wrong bar). Nodes keep their order and, where there is room, stay near
 * where d3-sankey put them. Only y coordinates, band widths and paths change.
 */
export function makeRoom(
  layout: SankeyLayout,
  need: ReadonlyMap<string, number>,
  options: { margin?: number; gap?: number; minScale?: number } = {},
): SankeyLayout {
  if (layout.nodes.length === 0) return layout;
  const margin = options.margin ?? 8;
  const gap = options.gap ?? 4;
  const minScale = options.minScale ?? 0.35;
  const columns = new Map<number, LayoutNode[]>();
  for (const n of layout.nodes) push(columns, n.layer, n);
  for (const c of columns.values()) c.sort((a, b) => a.y0 - b.y0);
  const label = (n: LayoutNode) => need.get(n.id) ?? 0;
  /** Height the tallest column takes when bars are scaled by k. */
  const taken = (k: number) => {
    let most = 0;
    for (const c of columns.values()) {
      let t = (c.length - 1) * gap;
      for (const n of c) t += Math.max(k * (n.y1 - n.y0), label(n));
      most = Math.max(most, t);
    }
    return most;
  };
  const oldAvail = Math.max(1, layout.height - 2 * margin);
  let k = 1;
  let avail = oldAvail;
  if (taken(1) > oldAvail) {
    // Grown to what the labels need with bars at minScale; then the largest bars that fit.
    avail = Math.max(oldAvail, taken(minScale));
    let lo = minScale;
    let hi = 1;
    for (let i = 0; i < 30; i++) {
      const mid = (lo + hi) / 2;
      if (taken(mid) <= avail) lo = mid;
      else hi = mid;
    }
    k = lo;
  }
  const stretch = avail / oldAvail;
  const moved = new Map<string, LayoutNode>();
  for (const c of columns.values()) {
    const slots = c.map((n) => Math.max(k * (n.y1 - n.y0), label(n)));
    const tops = c.map((n, i) => margin + (((n.y0 + n.y1) / 2 - margin) * stretch) - (slots[i] ?? 0) / 2);
    // Push down past the slot above, then up from the bottom; then down again from the top.
    for (let i = 1; i < c.length; i++) tops[i] = Math.max(tops[i] ?? 0, (tops[i - 1] ?? 0) + (slots[i - 1] ?? 0) + gap);
    let limit = margin + avail;
    for (let i = c.length - 1; i >= 0; i--) {
      tops[i] = Math.min(tops[i] ?? 0, limit - (slots[i] ?? 0));
      limit = (tops[i] ?? 0) - gap;
    }
    let floor = margin;
    c.forEach((n, i) => {
      const top = Math.max(tops[i] ?? 0, floor);
      floor = top + (slots[i] ?? 0) + gap;
      const h = k * (n.y1 - n.y0);
      const y0 = top + ((slots[i] ?? 0) - h) / 2;
      moved.set(n.id, { ...n, y0, y1: y0 + h });
    });
  }
  const old = new Map(layout.nodes.map((n) => [n.id, n]));
  const nodes = layout.nodes.map((n) => moved.get(n.id) ?? n);
  const links = layout.links.map((l) => {
    const s = moved.get(l.source);
    const t = moved.get(l.target);
    const so = old.get(l.source);
    const to = old.get(l.target);
    if (!s || !t || !so || !to) return l;
    const y0 = s.y0 + (l.y0 - so.y0) * k;
    const y1 = t.y0 + (l.y1 - to.y0) * k;
    return { ...l, y0, y1, width: l.width * k, path: bandPath(l.x0, y0, l.x1, y1) };
  });
  return { ...layout, nodes, links, height: Math.max(layout.height, Math.ceil(avail + 2 * margin)) };
}
