/**
 * year (#14): the year overview (src/model/yearOverview.ts) as a Sankey scene, drawn like the
 * project diagram (FlowView): the same pure layout (layoutSankey on a structuredClone, columns
 * spaced for their labels, every label beside its own bar via planLabels/makeRoom/placeLabels)
 * and the same node and band markup (flowMarkup.ts). Pure.
 * The layout and markup functions are handed in by the caller (`SankeyKit`, the same functions
 * FlowView uses): the page's start-up code has them, and an on-demand chunk that imported them
 * itself would make the bundler (rolldown) split them, and the modules around them, out of the
 * start-up chunk into chunks of their own (some 1.5 KB gz more to load at start).
 * Narrow (< 640 px): the root column is left out (its total is in the breadcrumb) and the two
 * other columns are drawn with their labels outside, as FlowView draws two columns.
 */
import type { Graph } from '../../contract/schema.ts';
import { readYearId } from '../../contract/yearIds.ts';
import type { LayoutLink, LayoutNode, SankeyLayout } from '../../layout/types.ts';
import type { Lang } from '../format.ts';
import { yenLarge } from './yearAmount.ts';
import { LINK_STROKE, NODE_FILL } from '../colors.ts';
import { linkMarkup, nodeMarkup } from '../flowMarkup.ts';
import { nodeName } from '../../i18n/nodeNames.ts';
import { nodeNames } from '../../i18n/catalog/ja.ts';
import { inLang } from '../../i18n/english.svelte.ts';

/** The functions of layout/sankey.ts the scene uses (given by the caller, see above). */
export type SankeyKit = Pick<typeof import('../../layout/sankey.ts'), 'layoutSankey' | 'bandPath' | 'nodeDepths' | 'respaceColumns' | 'makeRoom'> &
  Pick<typeof import('../../layout/labels.ts'), 'labelRoom' | 'planLabels' | 'placeLabels'>;

/** And what the overview component uses besides (highlight on hover, arrow keys, text fields). */
export type YearKit = SankeyKit;

/** Below this width two columns are drawn, labels outside. */
export const YEAR_NARROW = 640;

/** What the reader can do with a node. */
export type YearAction = 'narrow' | 'open' | 'unfold' | 'up' | 'none';

export interface YearNodeView {
  id: string;
  node: LayoutNode;
  /** Classes of the `<g>`: "node <kind>", plus "fold" and "actionable". */
  cls: string;
  /** Accessible name: "name amount". */
  name: string;
  inner: string;
  action: YearAction;
}

export interface YearLinkView {
  id: string;
  link: LayoutLink;
  name: string;
  inner: string;
}

export interface YearScene {
  width: number;
  height: number;
  layout: SankeyLayout;
  nodes: YearNodeView[];
  links: YearLinkView[];
}

export interface YearSceneInput {
  graph: Graph;
  width: number;
  lang: Lang;
  /** True when the overview is narrowed to one ministry (its root is that ministry). */
  narrowed: boolean;
}

/** What a click on node `id` does in the overview. */
export function yearAction(id: string, narrowed: boolean): YearAction {
  const ref = readYearId(id);
  if (!ref) return 'none';
  if (ref.kind === 'fold') return 'unfold';
  if (ref.kind === 'project') return 'open';
  if (ref.kind === 'ministry') return narrowed ? 'up' : 'narrow';
  return 'none';
}

/** Height for the most crowded column: one label row (two lines) per node. */
function heightFor(graph: Pick<Graph, 'nodes' | 'links'>, narrow: boolean, nodeDepths: SankeyKit['nodeDepths']): number {
  const counts = new Map<number, number>();
  for (const d of nodeDepths(graph.nodes, graph.links).values()) counts.set(d, (counts.get(d) ?? 0) + 1);
  const crowded = Math.max(1, ...counts.values());
  return Math.max(280, Math.min(narrow ? 1400 : 1600, 60 + crowded * (narrow ? 44 : 40)));
}

/** The graph without its root (narrow screens): its children become the first column. */
function withoutRoot(graph: Graph): Graph {
  const targets = new Set(graph.links.map((l) => l.target));
  const roots = new Set(graph.nodes.filter((n) => !targets.has(n.id)).map((n) => n.id));
  return { ...graph, nodes: graph.nodes.filter((n) => !roots.has(n.id)), links: graph.links.filter((l) => !roots.has(l.source)) };
}

/** Room each side of a narrow diagram keeps for labels (as FlowView's two columns). */
function sideRoom(width: number): number {
  const bands = Math.max(48, Math.round(width * 0.16));
  return Math.max(0, Math.floor((width - bands - 2 * 14 - 16) / 2));
}

function inset(graph: Pick<Graph, 'nodes' | 'links'>, width: number, height: number, { layoutSankey, bandPath }: SankeyKit): SankeyLayout {
  const side = sideRoom(width);
  const inner = layoutSankey(graph, { width: width - 2 * side, height, nodeWidth: 14, nodePadding: 22 });
  const nodes = inner.nodes.map((n) => ({ ...n, x0: n.x0 + side, x1: n.x1 + side }));
  const links = inner.links.map((l) => ({ ...l, x0: l.x0 + side, x1: l.x1 + side, path: bandPath(l.x0 + side, l.y0, l.x1 + side, l.y1) }));
  return { ...inner, nodes, links, width };
}

/** Lays out the overview and writes its markup. */
export function buildYearScene(input: YearSceneInput, kit: SankeyKit): YearScene {
  const { width, lang } = input;
  const { layoutSankey, respaceColumns, makeRoom, labelRoom, planLabels, placeLabels } = kit;
  const narrow = width < YEAR_NARROW;
  const graph = narrow && input.graph.links.length > 0 ? withoutRoot(input.graph) : input.graph;
  const height = heightFor(graph, narrow, kit.nodeDepths);
  const fontSize = narrow ? 12 : 13;
  const minFontSize = 10;
  // layoutSankey works on a structuredClone of the graph (d3-sankey mutates its input).
  const base = narrow ? inset(graph, width, height, kit) : layoutSankey(graph, { width, height, nodeWidth: 14, nodePadding: 22 });
  const amountOf = new Map(base.nodes.map((n) => [n.id, n.value]));
  // labels (#10): a name the model made up (予算総計, その他 N事業 …) in the language; names from the files as written.
  const s = inLang(lang, 'nodeNames', nodeNames);
  const title = (n: LayoutNode): string => (n.name ? nodeName(n.name, s) : n.label);
  const lines = new Map(base.nodes.map((n) => [n.id, [title(n), yenLarge(amountOf.get(n.id), lang)]]));
  const outside = narrow && base.layers >= 2;
  const room = labelRoom(
    base.nodes.map((n) => ({ layer: n.layer, lines: lines.get(n.id) ?? [] })),
    { layers: base.layers, fontSize, height },
  );
  const spaced = outside ? base : respaceColumns(base, room);
  const labelInputs = (l: SankeyLayout) => l.nodes.map((n) => ({ ...n, lines: lines.get(n.id) ?? [title(n)] }));
  const shape = outside ? { outside: true, wrap: 'all' as const, budget: Infinity, slack: 0.12 } : {};
  const arrange = (widths?: ReadonlyMap<string, number>) => {
    const plan = planLabels(labelInputs(spaced), { width, height, layers: spaced.layers, fontSize, minFontSize, widths, ...shape });
    const layout = makeRoom(spaced, plan.heights, { margin: 8, gap: 3 });
    return { layout, labels: placeLabels(labelInputs(layout), { width, height: layout.height, layers: layout.layers, fontSize, minFontSize, plan, widths, ...shape }) };
  };
  let { layout, labels } = arrange();
  const cut = labels.filter((l) => l.truncated && l.shrunkTo !== undefined);
  if (cut.length) ({ layout, labels } = arrange(new Map(cut.map((l) => [l.id, l.shrunkTo as number]))));
  const labelById = new Map(labels.map((l) => [l.id, l]));
  const titleOf = new Map(layout.nodes.map((n) => [n.id, title(n)]));
  const nodes = layout.nodes.map((n): YearNodeView => {
    const action = yearAction(n.id, input.narrowed);
    const fold = readYearId(n.id)?.kind === 'fold';
    const cls = `node ${n.kind}${fold ? ' fold' : ''}${action !== 'none' ? ' actionable' : ''}`;
    return { id: n.id, node: n, cls, name: `${title(n)} ${yenLarge(n.value, lang)}`, action, inner: nodeMarkup(n, NODE_FILL[n.kind], labelById.get(n.id), title(n)) };
  });
  const links = layout.links.map((l): YearLinkView => ({
    id: l.id,
    link: l,
    name: `${titleOf.get(l.source) ?? l.source} → ${titleOf.get(l.target) ?? l.target} ${yenLarge(l.value, lang)}`,
    inner: linkMarkup(l, LINK_STROKE[l.kind], []),
  }));
  return { width, height: layout.height, layout, nodes, links };
}

/** The bands to mark for a payee search: those whose two ends are both among the payee's nodes. */
export function litLinks(links: readonly { id: string; source: string; target: string }[], lit: ReadonlySet<string>): Set<string> {
  return new Set(links.filter((l) => lit.has(l.source) && lit.has(l.target)).map((l) => l.id));
}
