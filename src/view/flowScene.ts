/**
 * Everything FlowView draws for one view of a sheet (the overview or a block's drill-down),
 * from graph to markup: folding, size, layout, node descriptions, label placement and the
 * markup of every node and band. Pure, and kept per parse output (see {@link sceneFor}), so
 * going back to a view (Esc, the breadcrumb, the same drill-down again) lays nothing out anew.
 */
import type { Graph, Sheet } from '../contract/schema.ts';
import {
  foldGraph,
  bandPath,
  labelRoom,
  layoutSankey,
  makeRoom,
  nodeDepths,
  placeLabels,
  planLabels,
  respaceColumns,
  stripes,
  type Fold,
  type LayoutLink,
  type LayoutNode,
  type PlacedLabel,
  type SankeyLayout,
} from '../layout/index.ts';
import { englishReady } from '../i18n/english.svelte.ts';
import { describeNodes, type NodeInfo } from './nodeInfo.ts';
import { formatAmount } from './format.ts';
import { LINK_STROKE, NODE_FILL } from './colors.ts';
import { FAMILY_COLORS } from './panels/palette.ts';
import { linkMarkup, nodeMarkup } from './flowMarkup.ts';
import { amountUnknown, linkKey, withNominalLinks } from './rsScene.ts';
import type * as Guessed from './guessed.ts';
import { MINISTRY_ID, isFoldId } from '../contract/nodeIds.ts';
import type { DeepReadonly, ReadonlyGraph, ReadonlyGraphShape } from '../contract/readonly.ts';
import type { ProjectComparison } from '../contract/year.ts';
import type * as CompareScene from './compare/compareScene.ts';
import { flow, ui } from '../i18n/catalog/ja.ts';
import { inLang } from '../i18n/english.svelte.ts';
import type { Lang } from '../i18n/lang.ts';

/**
 * Issue #12's marks (guessed.ts), given by FlowView once loaded: only a sheet with something to
 * mark (a guessed link, a partial total, a ministry sum above the 執行額) needs them, and the
 * bundled seed has none, so the page's start-up code carries none of it.
 */
let guessed: typeof Guessed | null = null;
export function provideGuessed(m: typeof Guessed): void {
  guessed = m;
}
/** Whether the view of `input` marks anything (drawn by guessed.ts); `ministryAmount` is its ministry node's drawn amount. */
function marksAny(graph: ReadonlyGraph, ministryAmount: number | null | undefined): boolean {
  return (
    graph.nodes.some((n) => n.incomplete) ||
    graph.links.some((l) => l.guessed) ||
    (!!graph.executed && ministryAmount !== null && ministryAmount !== undefined && ministryAmount > graph.executed.amount)
  );
}
/** Whether the view of `input` would mark anything while the marks are not loaded yet (FlowView then loads them and waits). */
export function needsGuessed(graph: ReadonlyGraph, ministryTotal: number | null): boolean {
  return !guessed && marksAny(graph, ministryTotal);
}

/**
 * year (#14, compare): the comparison's marks (compare/compareScene.ts), given by FlowView once
 * loaded: only a project compared with an earlier year needs them (start-up code carries none).
 */
let comparing: typeof CompareScene | null = null;
export function provideCompare(m: typeof CompareScene): void {
  comparing = m;
}

/** Most nodes a column shows before folding into "その他 N者". */
export const FOLD_MAX = 30;

/** What a scene depends on. */
export interface SceneInput {
  /** The graph of the view (overview or drill-down); read-only: kept scenes are compared with it. */
  graph: ReadonlyGraph;
  /** The sheet of the view; read-only: a kept scene is drawn from it. */
  sheet: DeepReadonly<Sheet>;
  /** Total paid out by the ministry (overview graph), for shares. */
  ministryTotal: number | null;
  lang: Lang;
  /** Contract-family lens on. */
  lens: boolean;
  /** The block drilled into, or null. */
  currentBlock: string | null;
  /** Folds ("その他 N者") the user opened. */
  expanded: readonly string[];
  /** Width of the diagram in px. */
  width: number;
  /** Label and padding scale (presentation mode), > 0. */
  scale: number;
  /** Upper bound of the height in px (Infinity for none). */
  maxHeight: number;
  /**
   * On a narrow diagram (< {@link NARROW} px), the first of the two columns shown (the current
   * level and the next); null or absent: the column before the most crowded one.
   */
  window?: number | null;
  /** year (#14): the project compared with an earlier 事業年度 (drawn once compareScene.ts is provided). */
  compare?: ProjectComparison | null;
}

/** Below this width the diagram shows two columns at a time, labels outside, names whole. */
export const NARROW = 640;

/** Which two columns a narrow diagram shows, of how many. */
export interface SceneWindow {
  /** First column shown (0-based). */
  from: number;
  /** Columns of the whole view. */
  layers: number;
}

/** A node as drawn: its `<g>` attributes and inside markup. */
export interface NodeView {
  id: string;
  node: LayoutNode;
  /** Classes of the `<g>`: "node {kind}", plus drillable and fold. */
  cls: string;
  /** Accessible name. */
  name: string;
  /** Bar, hit area, leader and label, as markup (flowMarkup.ts). */
  inner: string;
}

/** A band as drawn. */
export interface LinkView {
  id: string;
  link: LayoutLink;
  /** Accessible name, "A → D 110.6百万円". */
  name: string;
  /** Its paths, as markup (flowMarkup.ts). */
  inner: string;
  /** Issue #12: a guessed link between blocks (drawn marked). */
  guessed?: boolean;
  /** year (#14): a band into a ghost (only the earlier year had it), drawn dashed. */
  gone?: boolean;
}

/** One view, ready to draw. */
export interface Scene {
  height: number;
  folds: readonly Fold[];
  /** The layout with columns spaced for their labels. */
  layout: SankeyLayout;
  infos: ReadonlyMap<string, NodeInfo>;
  labels: readonly PlacedLabel[];
  nodes: readonly NodeView[];
  links: readonly LinkView[];
  /** Set when only two columns are drawn (narrow): which. */
  window: SceneWindow | null;
  /** Set when the view has marks (#12) to draw and they were not loaded: drawn again once they are. */
  unmarked?: true;
}

/** Height of the diagram for its most crowded column; an unfolded column (more than FOLD_MAX) gets one label row per node. */
function heightFor(graph: ReadonlyGraphShape, width: number, scale: number, maxHeight: number): number {
  const counts = new Map<number, number>();
  for (const d of nodeDepths(graph.nodes, graph.links).values()) counts.set(d, (counts.get(d) ?? 0) + 1);
  const crowded = Math.max(1, ...counts.values());
  const narrow = width < 640;
  const natural =
    crowded > FOLD_MAX ? 40 + crowded * Math.ceil((narrow ? 12 : 13) * 1.3 + 3) : Math.min(narrow ? 720 : 600, Math.max(320, 90 + crowded * (narrow ? 34 : 40)));
  return Math.max(240, Math.min(maxHeight, Math.round(scale * natural)));
}

/** Lays out and describes one view. */
export function buildScene(input: SceneInput): Scene {
  const { sheet, lang, lens, width, scale } = input;
  // Links the files give no amount for are drawn thin, and nothing is computed from them (rsScene.ts).
  const { graph, nominal: stated } = withNominalLinks(input.graph);
  const unghosted = foldGraph(graph, { max: FOLD_MAX, expanded: input.expanded, label: inLang(lang, 'ui', ui).others });
  // year (#14): a comparison adds ghosts of what only the earlier year had (after folding: never inside a fold).
  const cmp = input.compare && comparing?.prepare(input.compare, sheet, input.graph, input.currentBlock, unghosted.graph, stated);
  const folded = cmp ? { ...unghosted, graph: cmp.graph } : unghosted;
  const nominal: ReadonlySet<string> = cmp?.nominal ?? stated;
  const height = heightFor(folded.graph, width, scale, input.maxHeight);
  const narrow = width < 640;
  /** Label font sizes in whole px, scaled up (rounded up): 13 → 24 at 1.8. */
  const fontSize = Math.ceil((narrow ? 12 : 13) * scale - 1e-9);
  const minFontSize = Math.ceil(10 * scale - 1e-9);
  const whole = layoutSankey(folded.graph, { width, height, nodeWidth: 14, nodePadding: 22 * scale });
  const infos = describeNodes(whole, { graph, sheet, lang, currentBlock: input.currentBlock, ministryTotal: input.ministryTotal, folds: folded.folds, nominal });
  // Issue #12: incomplete totals and a ministry sum above the 執行額 are said on the label, guessed links drawn marked.
  const g = guessed;
  const unmarked = !g && marksAny(input.graph, infos.get(MINISTRY_ID)?.amount);
  const marks = g ? g.graphMarks(input.graph) : null;
  const suffix = g && marks ? g.markInfos(infos, marks, input.graph.executed, sheet.unit, lang) : new Map<string, string>();
  const cmpClass = cmp?.mark(infos, sheet.unit, lang);
  // Narrow: two columns at a time, their labels outside (left of the first, right of the second), names whole.
  const window = narrow && whole.layers > 2 ? windowOf(whole, input.window) : null;
  const outside = narrow && whole.layers >= 2;
  const base = window ? twoColumns(folded.graph, whole, window.from, width, height, scale) : outside ? inset(folded.graph, width, height, scale) : whole;
  const lines = new Map(
    base.nodes.map((n) => {
      const info = infos.get(n.id);
      const name = (info?.title ?? n.label) + (suffix.get(n.id) ?? '') + (lens && info?.marks ? ` ${info.marks}` : '');
      return [n.id, { lines: [name, info?.amountLabel ?? ''], short: [undefined, info?.amountShort] }];
    }),
  );
  // Columns spaced by what their labels need (recipient names get more room than short 費目).
  const room = labelRoom(
    base.nodes.map((n) => ({ layer: n.layer, lines: lines.get(n.id)?.lines ?? [] })),
    { layers: base.layers, fontSize, height },
  );
  const spaced = outside ? base : respaceColumns(base, room);
  const labelInputs = (l: SankeyLayout) => l.nodes.map((n) => ({ ...n, lines: lines.get(n.id)?.lines ?? [n.label], short: lines.get(n.id)?.short }));
  // Every label beside its own bar: shapes chosen for the height, then each node gets a slot as
  // tall as its label (the diagram grows when the labels need more than the height).
  const shape = outside ? { outside: true, wrap: 'all' as const, budget: Infinity, slack: 0.12 } : {};
  const gap = Math.max(3, Math.round(3 * scale));
  const arrange = (widths?: ReadonlyMap<string, number>) => {
    const plan = planLabels(labelInputs(spaced), { width, height, layers: spaced.layers, fontSize, minFontSize, widths, ...shape });
    const layout = makeRoom(spaced, plan.heights, { margin: 8, gap });
    return { layout, labels: placeLabels(labelInputs(layout), { width, height: layout.height, layers: layout.layers, fontSize, minFontSize, plan, widths, ...shape }) };
  };
  let { layout, labels } = arrange();
  // Labels cut where a column's labels and the next one's share a gap: once more, wrapped to their share.
  const cut = labels.filter((l) => l.truncated && l.shrunkTo !== undefined);
  if (cut.length) ({ layout, labels } = arrange(new Map(cut.map((l) => [l.id, l.shrunkTo as number]))));
  const labelById = new Map(labels.map((l) => [l.id, l]));

  const nodes = layout.nodes.map((n): NodeView => {
    const info = infos.get(n.id);
    const fam = info?.families[0]?.key;
    const fill = lens && fam && (n.kind === 'block' || n.kind === 'recipient') ? FAMILY_COLORS[fam] : NODE_FILL[n.kind];
    const cls = `node ${n.kind}${info?.drillable ? ' drillable' : ''}${isFoldId(n.id) ? ' fold' : ''}${marks?.incomplete.has(n.id) ? ' incomplete' : ''}${cmpClass?.get(n.id) ?? ''}`;
    return { id: n.id, node: n, cls, name: info?.accessibleName ?? n.label, inner: nodeMarkup(n, fill, labelById.get(n.id), info?.fullName ?? n.label) };
  });
  const f = inLang(lang, 'flow', flow);
  const links = layout.links.map((l): LinkView => {
    const bare = nominal.has(linkKey(l));
    const target = infos.get(l.target);
    const amount = bare ? (target?.bandText ?? (target?.nominalFrom?.includes(l.source) && amountUnknown(sheet, l.target) ? f.rsUnknown : f.rsSplit)) : formatAmount(l.value, sheet.unit, lang);
    const marked = g && marks ? marks.guessed.has(g.guessKey(l)) : false;
    const name = f.linkName(infos.get(l.source)?.title ?? l.source, infos.get(l.target)?.title ?? l.target, amount) + (g && marked ? ` (${f.guessedMark})` : '');
    const inner = linkMarkup(l, bare ? 'var(--node-other)' : linkStroke(l, lens), bare ? [] : lensStripes(l, lens, infos));
    const gone = cmpClass?.get(l.target) === ' gone';
    return { id: l.id, link: l, name, inner: g && marked ? inner + g.guessMarkup(l.path) : inner, ...(marked ? { guessed: true } : {}), ...(gone ? { gone: true } : {}) };
  });
  return { height: layout.height, folds: folded.folds, layout, infos, labels, nodes, links, window, ...(unmarked ? { unmarked: true as const } : {}) };
}

/** The window of a narrow view: `wanted` clamped, or the column before the most crowded one. */
function windowOf(layout: SankeyLayout, wanted: number | null | undefined): SceneWindow {
  const last = layout.layers - 2;
  if (wanted !== null && wanted !== undefined && Number.isFinite(wanted)) return { from: Math.max(0, Math.min(last, Math.round(wanted))), layers: layout.layers };
  const counts = new Array<number>(layout.layers).fill(0);
  for (const n of layout.nodes) counts[n.layer] = (counts[n.layer] ?? 0) + 1;
  let crowded = 1;
  for (let c = 1; c < counts.length; c++) if ((counts[c] ?? 0) > (counts[crowded] ?? 0)) crowded = c;
  return { from: Math.max(0, Math.min(last, crowded - 1)), layers: layout.layers };
}

/** Room each side of a narrow diagram keeps for labels, and the bands' share between them. */
function sideRoom(width: number): number {
  const bands = Math.max(48, Math.round(width * 0.16));
  return Math.max(0, Math.floor((width - bands - 2 * 14 - 16) / 2));
}

/** The graph laid out between the side rooms (labels outside the bars, see sideRoom). */
function inset(graph: ReadonlyGraphShape, width: number, height: number, scale: number): SankeyLayout {
  const side = sideRoom(width);
  const inner = layoutSankey(graph, { width: width - 2 * side, height, nodeWidth: 14, nodePadding: 22 * scale });
  const nodes = inner.nodes.map((n) => ({ ...n, x0: n.x0 + side, x1: n.x1 + side }));
  const links = inner.links.map((l) => ({ ...l, x0: l.x0 + side, x1: l.x1 + side, path: bandPath(l.x0 + side, l.y0, l.x1 + side, l.y1) }));
  return { ...inner, nodes, links, width };
}

/** Columns `from` and `from + 1` of `whole` only, with the links between them, laid out as a narrow diagram; layers renumbered 0 and 1. */
function twoColumns(graph: ReadonlyGraphShape, whole: SankeyLayout, from: number, width: number, height: number, scale: number): SankeyLayout {
  const layerOf = new Map(whole.nodes.map((n) => [n.id, n.layer]));
  const links = graph.links.filter((l) => layerOf.get(l.source) === from && layerOf.get(l.target) === from + 1);
  const ids = new Set(links.flatMap((l) => [l.source, l.target]));
  return inset({ nodes: graph.nodes.filter((n) => ids.has(n.id)), links }, width, height, scale);
}

function linkStroke(l: LayoutLink, lens: boolean): string {
  if (!lens) return LINK_STROKE[l.kind];
  // Lens on: only money with a contract family is coloured; the rest turns neutral so it is not mistaken for a family.
  if (l.families.length === 1 && l.families[0]) return FAMILY_COLORS[l.families[0]];
  return l.kind === 'residual' ? LINK_STROKE.residual : 'var(--node-other)';
}

/** With the lens, a fund or payment band into a node of several contract families is drawn as one stripe per family. */
function lensStripes(l: LayoutLink, lens: boolean, infos: ReadonlyMap<string, NodeInfo>): { path: string; width: number; stroke: string }[] {
  if (!lens || (l.kind !== 'fund' && l.kind !== 'payment')) return [];
  const parts = infos.get(l.target)?.families ?? [];
  return parts.length > 1 ? stripes(l, parts).map((p) => ({ path: p.path, width: p.width, stroke: FAMILY_COLORS[p.key] })) : [];
}

/** Scenes per parse output (the output object: a new parse or new parents start afresh), most recently used last. */
// Over read-only inputs (SceneInput's graph and sheet), at most KEEP per output. Pays (#10, bench/RESULTS.md "Caches"): a kept
// 26×100 overview is found in 0.001 ms, built in 1.3–1.5 ms (Node); in the browser, without it, the seed's drill-down took 20.4 ms
// instead of 15.6 ms and the 26×100 overview after Esc 31.9 ms instead of 23.1 ms (medians of 3, interleaved). Prebuilding needs it.
const scenes = new WeakMap<object, Map<string, Scene>>();
/** Scenes kept per output: the overview and the drill-downs (prebuilt ones too, see prebuild.ts), at a few sizes and languages. */
const KEEP = 64;

/**
 * The scene for `input`, built once per output and view: the graph of a view is a function of
 * the output and the block drilled into, so those (with size, language, lens and open folds)
 * name it. Without an owner nothing is kept.
 */
export function sceneFor(owner: object | null, input: SceneInput): Scene {
  if (!owner) return buildScene(input);
  const key = keyOf(input);
  let kept = scenes.get(owner);
  if (!kept) scenes.set(owner, (kept = new Map()));
  const hit = keptScene(owner, input);
  if (hit) {
    kept.delete(key);
    kept.set(key, hit);
    return hit;
  }
  const scene = buildScene(input);
  kept.set(key, scene);
  graphs.set(scene, input.graph);
  if (kept.size > KEEP) kept.delete(kept.keys().next().value as string);
  return scene;
}

/** The scene kept for `input`, without building one. */
export function keptScene(owner: object, input: SceneInput): Scene | undefined {
  const hit = scenes.get(owner)?.get(keyOf(input));
  return hit && sameGraph(hit, input) ? hit : undefined;
}

// An English scene built before the English strings were in has Japanese labels: kept apart, never reused once they are.
const langKey = (lang: Lang): string => (lang === 'en' && !englishReady() ? 'en-pending' : lang);
const keyOf = (input: SceneInput): string =>
  [guessed ? 'marked' : '', compareKey(input), input.currentBlock ?? '', input.expanded.join('\t'), langKey(input.lang), input.lens, input.width, input.scale, input.maxHeight, input.ministryTotal, input.window ?? ''].join('\n');

/** year (#14): a scene with a comparison is kept apart, per pair of years (only once its marks are loaded). */
const compareKey = (input: SceneInput): string => (input.compare && comparing ? `cmp${input.compare.before.sheetYear}-${input.compare.after.sheetYear}` : '');

/** The graph each kept scene was built from: a hit must be of an equal graph (same object, or the same drill-down built again). */
const graphs = new WeakMap<Scene, ReadonlyGraph>();
function sameGraph(scene: Scene, input: SceneInput): boolean {
  const g = graphs.get(scene);
  if (!g) return false;
  if (g === input.graph) return true;
  // A drill-down's graph is rebuilt on every visit: equal when it has the same nodes and links.
  return (
    g.nodes.length === input.graph.nodes.length &&
    g.links.length === input.graph.links.length &&
    g.nodes.every((n, i) => n.id === input.graph.nodes[i]?.id) &&
    g.links.every((l, i) => {
      const m = input.graph.links[i];
      return m !== undefined && l.source === m.source && l.target === m.target && l.value === m.value;
    })
  );
}
