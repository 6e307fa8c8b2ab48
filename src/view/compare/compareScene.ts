/**
 * year (#14, compare): the comparison drawn on the project's diagram. flowScene.ts calls it (once
 * FlowView has loaded it, with a comparison on) to add the ghosts of what only the earlier year
 * had (model/compareMarks.ts: links of 0, drawn as thin bands without an amount, so nothing of
 * theirs adds to a total of the year shown) and to mark each node's label, tooltip and accessible
 * name: "（新規）", the change "+10.0%", the earlier year's amount of a ghost said as that year's.
 */
import type { GraphNode, Sheet } from '../../contract/schema.ts';
import type { DeepReadonly, ReadonlyGraph } from '../../contract/readonly.ts';
import type { ProjectComparison } from '../../contract/year.ts';
import { viewMarks, withGhosts, type Ghost, type NodeMark, type ViewMarks } from '../../model/compareMarks.ts';
import { formatAmount, formatAmountLabel, type Lang } from '../format.ts';
import type { NodeInfo } from '../nodeInfo.ts';
import { linkKey, NOMINAL_SHARE } from '../rsScene.ts';
import { signedPercent } from './percent.ts';
import { shortName } from '../../contract/names.ts';
import { compare } from '../../i18n/catalog/ja.ts';
import { inLang } from '../../i18n/english.svelte.ts';

/** The graph of a view with the ghosts added, the keys of their (nominal) links, the marks, and {@link markInfos} of them. */
export interface Prepared {
  graph: ReadonlyGraph;
  nominal: Set<string>;
  marks: ViewMarks;
  mark(infos: Map<string, NodeInfo>, unit: string, lang: Lang): Map<string, string>;
}

/**
 * Adds the ghosts of the view to `drawn` (the graph as folded); their links join `nominal`. Null
 * when the comparison is not of the sheet shown (its project and later year).
 */
export function prepare(cmp: ProjectComparison, sheet: DeepReadonly<Sheet>, view: { readonly nodes: readonly Readonly<GraphNode>[] }, currentBlock: string | null, drawn: ReadonlyGraph, nominal: ReadonlySet<string>): Prepared | null {
  if (cmp.projectNumber !== sheet.projectNumber || cmp.after.sheetYear !== sheet.sheetYear) return null;
  const marks = viewMarks(cmp, sheet, view, currentBlock);
  const ghosted = withGhosts(drawn, marks.ghosts);
  const keys = new Set(nominal);
  const ghostIds = new Set(marks.ghosts.map((g) => g.id));
  // A ghost's band carries 0 (the money was the earlier year's): drawn as thin as a band without an amount.
  const largest = Math.max(0, ...drawn.links.map((l) => (Number.isFinite(l.value) ? l.value : 0)));
  const width = largest > 0 ? largest * NOMINAL_SHARE : 1;
  const links = ghosted.links.map((l) => {
    if (!ghostIds.has(l.target)) return l;
    keys.add(linkKey(l));
    return { ...l, value: width };
  });
  return { graph: { ...ghosted, links }, nominal: keys, marks, mark: (infos, unit, lang) => markInfos(infos, marks, unit, lang) };
}

/**
 * Marks the descriptions of the view's nodes (in place). Returns what each marked node's `<g>`
 * class adds, with its leading space (" cmp-new", " cmp-up", " gone", …).
 */
export function markInfos(infos: Map<string, NodeInfo>, marks: ViewMarks, unit: string, lang: Lang): Map<string, string> {
  const s = inLang(lang, 'compare', compare);
  const cls = new Map<string, string>();
  for (const [id, m] of marks.nodes) {
    const info = infos.get(id);
    if (!info) continue;
    const note = noteOf(m, marks, unit, lang);
    const pct = m.kind === 'up' || m.kind === 'down' ? signedPercent(m.percent) : '';
    const titleMark = m.kind === 'new' ? s.newMark : m.kind === 'renamed' ? s.renamedMark : '';
    const notes = [note, ...(m.previousName ? [s.wasNamed(m.previousName)] : []), ...(m.beforeLine !== null ? [s.beforeRow(marks.before, m.beforeLine)] : [])];
    infos.set(id, {
      ...info,
      title: info.title + titleMark,
      amountLabel: pct ? `${info.amountLabel} ${pct}` : info.amountLabel,
      amountShort: pct ? `${info.amountShort} ${pct}` : info.amountShort,
      notes: [...(info.notes ?? []), ...notes],
      accessibleName: [info.accessibleName + titleMark, ...notes].join(s.listSep),
    });
    cls.set(id, ` cmp-${m.kind}`);
  }
  for (const g of marks.ghosts) {
    const info = infos.get(g.id);
    if (!info) continue;
    const title = ghostTitle(g, marks.after, lang, true);
    const fullName = ghostTitle(g, marks.after, lang, false);
    const amount = g.before === null ? s.beforeUnknown(marks.before) : s.beforeAmount(marks.before, formatAmountLabel(g.before, unit, lang));
    const exact = g.before === null ? amount : s.beforeAmount(marks.before, formatAmount(g.before, unit, lang));
    const notes = [s.gone(marks.after), ...(g.unknown > 0 && g.before !== null ? [s.partlyUnknown(g.unknown)] : []), ...(g.beforeLine !== null ? [s.beforeRow(marks.before, g.beforeLine)] : [])];
    infos.set(g.id, {
      ...info,
      title,
      fullName,
      amount: 0,
      amountText: exact,
      amountLabel: amount,
      amountShort: amount,
      bandText: exact,
      shareOfTotal: null,
      shareOfParent: null,
      drillable: false,
      notes,
      accessibleName: [`${fullName} ${exact}`, ...notes].join(s.listSep),
    });
    cls.set(g.id, ' gone');
  }
  return cls;
}

/**
 * A ghost's title: "J デジタルテクノロジー株式会社ほか（2025年度なし）"; a payee by its name as written,
 * or `short` as the diagram titles payees (legal forms left out: "セキュアブレイン（2025年度なし）").
 */
function ghostTitle(g: Ghost, after: number | null, lang: Lang, short: boolean): string {
  const s = inLang(lang, 'compare', compare);
  if (g.what === 'more') return s.moreTitle(g.count, after);
  const name = g.what === 'block' ? [g.blockId, g.name].filter(Boolean).join(' ') : short ? shortName(g.name ?? '') : (g.name ?? '');
  return s.goneTitle(name, after);
}

/** The tooltip's sentence for a compared node. */
function noteOf(m: NodeMark, marks: ViewMarks, unit: string, lang: Lang): string {
  const s = inLang(lang, 'compare', compare);
  switch (m.kind) {
    case 'new':
      return s.isNew(marks.before);
    case 'same':
      return s.same(marks.before);
    case 'unknown':
      return s.unknown(marks.before);
    default:
      return s.change(marks.before, formatAmount(m.before, unit, lang), marks.after, formatAmount(m.after, unit, lang), signedPercent(m.percent));
  }
}
