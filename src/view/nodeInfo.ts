/**
 * What the diagram says about each node: short title, amount (traced to sheet rows),
 * shares, contract types, competition marks, accessible name. Pure: layout + sheet in,
 * plain strings out.
 */
import type { Block, ContractFamily, Graph, NodeName, Recipient, Sheet } from '../contract/schema.ts';
import { nodeName } from '../i18n/nodeNames.ts';
import { blockLabelParts } from '../model/blocks.ts';
import { rowStats, rowsOfNode } from '../model/rowStats.ts';
import type { DeepReadonly, ReadonlyGraphShape } from '../contract/readonly.ts';
import { shortName } from '../contract/names.ts';
import { sum } from '../util/decimal.ts';
import type { LayoutLink, LayoutNode, SankeyLayout } from '../layout/types.ts';
import { nodeValues, type Fold } from '../layout/fold.ts';
import { formatAmount, formatAmountLabel, formatShare } from './format.ts';
import { amountUnknown, linkKey } from './rsScene.ts';
import { MARKS } from './panels/recipients.ts';
import { push } from '../layout/push.ts';
import { isMinistry } from '../contract/nodeIds.ts';
import { flow, nodeNames, ui } from '../i18n/catalog/ja.ts';
import { inLang } from '../i18n/english.svelte.ts';
import type { Lang } from '../i18n/lang.ts';

/** Money of one contract family within a node. */
export interface FamilyPart {
  key: ContractFamily;
  value: number;
}

/** Everything the view shows about a node. */
export interface NodeInfo {
  id: string;
  /** Short label drawn next to the node. */
  title: string;
  /** labels (#10): the code of the name the model made up for the node (what the tooltip explains), if any. */
  nameCode?: NodeName['code'];
  /** Full name (legal forms kept) for the tooltip and accessible name. */
  fullName: string;
  /** Exact amount in the sheet's unit. */
  amount: number;
  amountText: string;
  /** The amount as a diagram label: rounded to at most one decimal of 百万円, 億円 alongside (tooltips keep amountText). */
  amountLabel: string;
  /** `amountLabel` without the 億円 / billion form alongside, for labels short of room. */
  amountShort: string;
  /** Nodes whose links into this one carry no amount (split not given, amount unknown; rsScene.ts). */
  nominalFrom?: string[];
  /** Share of the ministry's total, e.g. "20.0%"; null on the ministry itself. */
  shareOfTotal: string | null;
  /** Share of the node it came from, with that node's short name. */
  shareOfParent: { parent: string; share: string } | null;
  /** Distinct 契約方式等 with their row counts. */
  contractTypes: { type: string; count: number }[];
  /** Money per contract family, largest first (blocks, recipients). */
  families: FamilyPart[];
  /** Rows flagged 一者応札 or 落札率 ≥ 95 %. */
  singleBidder: number;
  highRate: number;
  /** Rows that are single-bidder or ≥ 95 %. */
  flagged: number;
  /** The lens marks as drawn next to the label: "⚑3 ◆4" (⚑ 一者応札, ◆ 落札率95%以上), "" when none. */
  marks: string;
  /** Text alternatives of the marks, one per mark: "⚑ 一者応札 3件". */
  markTexts: string[];
  /** Clicking drills into this block. */
  drillable: boolean;
  /** Sheet line the amount comes from. */
  line: number | null;
  /** Label + amount (+ marks), for screen readers. */
  accessibleName: string;
  /** For a fold ("その他 N者"): what it holds, largest first, at most {@link FOLD_LIST_MAX}. */
  members?: { id: string; name: string; amountText: string }[];
  /** For a fold: how many nodes it holds (may exceed `members.length`). */
  memberCount?: number;
  /** Issue #12 (guessed.ts): what the tooltip must say about the amount — partial total, sum above the 執行額. */
  notes?: string[];
  /** year (#14, compare): what a band into this node says instead of an amount (a ghost's: the earlier year's). */
  bandText?: string;
}

/** Most fold members listed in a tooltip; the rest are counted ("ほか N者"). */
export const FOLD_LIST_MAX = 10;

/** What the diagram says about a link (band). */
export interface LinkInfo {
  id: string;
  /** "A 情報通信研究機構 → D サイバーディフェンス研究所 他2者". */
  from: string;
  to: string;
  amount: number;
  amountText: string;
  /** Share of the ministry's total, or null when unknown or when the link leaves the ministry itself (then it equals `shareOfSource`). */
  shareOfTotal: string | null;
  /** Share of what the source node spent. */
  shareOfSource: { source: string; share: string } | null;
  /** Contract families on the band, with their amounts when the band is all of its target's money. */
  families: { key: ContractFamily; amountText: string | null }[];
  /** Issue #12 (guessed.ts): true when the link between blocks is guessed. */
  guessed?: boolean;
}

/** Context needed beyond the layout. */
export interface InfoContext {
  graph: ReadonlyGraphShape;
  sheet: DeepReadonly<Sheet>;
  lang: Lang;
  /** The block drilled into (its node is not drillable again), or null. */
  currentBlock: string | null;
  /** Total paid out by the ministry (overview graph), for "share of total". */
  ministryTotal: number | null;
  /** Folds of the drawn graph (foldGraph), so a fold node can list what it holds. */
  folds?: readonly Fold[];
  /** Links drawn without an amount (`source→target`, see rsScene.ts): no amount is computed from them. */
  nominal?: ReadonlySet<string>;
}

/** Exact Σ of the ministry's outgoing links in a graph. */
export function ministryTotalOf(graph: Pick<ReadonlyGraphShape, 'links'>): number | null {
  const out = graph.links.filter((l) => isMinistry(l.source)).map((l) => l.value);
  return out.length ? sum(out) : null;
}

/**
 * Short title of a block in the UI language: "B 日立製作所 他5者" / "B 日立製作所 +5 others".
 * Not cached (#10, bench/RESULTS.md "Caches"): all 26 blocks' titles in both languages take 0.016 ms.
 */
export function blockTitle(block: DeepReadonly<Block>, lang: Lang): string {
  const p = blockLabelParts(block);
  // A block with nothing to name it by is "ブロックG" on the diagram (its label is the letter alone).
  return p.code === 'bare' ? inLang(lang, 'ui', ui).blockOnly(p.blockId) : nodeName(p, inLang(lang, 'nodeNames', nodeNames));
}

/** Rows behind a node: a block's recipients, or the one row of a drill-down recipient (model/rowStats.ts). */
export const rowsOf = rowsOfNode;

/** Describe every node of a layout. */
export function describeNodes(layout: SankeyLayout, ctx: InfoContext): Map<string, NodeInfo> {
  const s = inLang(ctx.lang, 'ui', ui);
  const unit = ctx.sheet.unit;
  const ins = new Map<string, number[]>();
  const outs = new Map<string, number[]>();
  const parentOf = new Map<string, string>();
  const nominal = ctx.nominal ?? new Set<string>();
  const nominalFrom = new Map<string, string[]>();
  for (const l of layout.links) {
    if (nominal.has(linkKey(l))) {
      push(nominalFrom, l.target, l.source);
      if (!parentOf.has(l.target)) parentOf.set(l.target, l.source);
      continue;
    }
    push(ins, l.target, l.value);
    push(outs, l.source, l.value);
    if (!parentOf.has(l.target) && l.kind !== 'residual') parentOf.set(l.target, l.source);
  }
  const amountOf = (n: LayoutNode): number => {
    const block = n.kind === 'block' ? ctx.sheet.blocks.find((b) => b.id === n.id) : undefined;
    if (block) return block.total;
    const vin = ins.get(n.id);
    return vin?.length ? sum(vin) : sum(outs.get(n.id) ?? []);
  };
  const amounts = new Map(layout.nodes.map((n) => [n.id, amountOf(n)]));
  const titles = new Map(layout.nodes.map((n) => [n.id, titleOf(n, ctx)]));

  const out = new Map<string, NodeInfo>();
  for (const n of layout.nodes) {
    const amount = amounts.get(n.id) ?? 0;
    const { rows } = n.kind === 'block' || n.kind === 'recipient' ? rowsOf(n.id, ctx.sheet) : { rows: [] };
    const title = titles.get(n.id) ?? n.label;
    const fullName = n.kind === 'recipient' ? (rows[0]?.name ?? n.label) : n.kind === 'ministry' ? (ctx.sheet.ministry ?? n.label) : title;
    const parent = parentOf.get(n.id);
    const unknown = n.kind === 'block' && amountUnknown(ctx.sheet, n.id);
    const f = inLang(ctx.lang, 'flow', flow);
    const amountText = unknown ? f.rsUnknown : formatAmount(amount, unit, ctx.lang);
    const { singleBidder, highRate, flagged, contractTypes, families } = rowStats(rows);
    const drillable = n.kind === 'block' && n.id !== ctx.currentBlock && ctx.sheet.blocks.some((b) => b.id === n.id);
    const fold = ctx.folds?.find((x) => x.id === n.id);
    const marks = [singleBidder ? `${MARKS.singleBidder}${singleBidder}` : '', highRate ? `${MARKS.highAwardRate}${highRate}` : ''].filter(Boolean).join(' ');
    const markTexts = [singleBidder ? f.singleBidder(singleBidder) : '', highRate ? f.highRate(highRate) : ''].filter(Boolean);
    const markNames = [singleBidder ? f.singleBidderName(singleBidder) : '', highRate ? f.highRateName(highRate) : ''].filter(Boolean);
    out.set(n.id, {
      id: n.id,
      title,
      ...(n.name ? { nameCode: n.name.code } : {}),
      fullName,
      amount,
      amountText,
      amountLabel: unknown ? amountText : formatAmountLabel(amount, unit, ctx.lang, true),
      amountShort: unknown ? amountText : formatAmountLabel(amount, unit, ctx.lang),
      ...(nominalFrom.has(n.id) ? { nominalFrom: nominalFrom.get(n.id) } : {}),
      shareOfTotal: n.kind === 'ministry' || ctx.ministryTotal === null ? null : formatShare(amount, ctx.ministryTotal, ctx.lang),
      shareOfParent: parent !== undefined ? { parent: titles.get(parent) ?? parent, share: formatShare(amount, amounts.get(parent) ?? null, ctx.lang) } : null,
      contractTypes: contractTypes.map((c) => ({ type: c.type || '–', count: c.count })),
      families: families.map((p) => ({ key: p.key, value: p.value })),
      singleBidder,
      highRate,
      flagged,
      marks,
      markTexts,
      drillable,
      line: n.line,
      accessibleName: [`${fullName} ${amountText}`, ...markNames, ...(fold ? [f.foldHolds(fold.members.length)] : [])].join(f.listSep),
      ...(fold ? foldMembers(fold, ctx) : {}),
    });
  }
  return out;
}

/** The members of a fold as the tooltip lists them: names as their nodes are titled, exact amounts. */
function foldMembers(fold: Fold, ctx: InfoContext): Pick<NodeInfo, 'members' | 'memberCount'> {
  const held = new Set(fold.members);
  const values = nodeValues(ctx.graph.links.filter((l) => held.has(l.target) || held.has(l.source)));
  const nodes = new Map(ctx.graph.nodes.map((n) => [n.id, n]));
  const members = fold.members.slice(0, FOLD_LIST_MAX).map((id) => {
    const node = nodes.get(id);
    const asLayout = { id, kind: node?.kind ?? 'other', label: node?.label ?? id, ...(node?.name ? { name: node.name } : {}), blockId: node?.blockId ?? null } as LayoutNode;
    const amount = formatAmount(values.get(id) ?? 0, ctx.sheet.unit, ctx.lang).replace(/\s*\([^()]*\)$/, '');
    return { id, name: titleOf(asLayout, ctx), amountText: amount };
  });
  return { members, memberCount: fold.members.length };
}

/** Describe a link for its tooltip; `infos` are the node descriptions of the same layout. */
export function describeLink(link: LayoutLink, infos: ReadonlyMap<string, NodeInfo>, ctx: { lang: Lang; unit: string; ministryTotal: number | null }): LinkInfo {
  const source = infos.get(link.source);
  const target = infos.get(link.target);
  const f = inLang(ctx.lang, 'flow', flow);
  const whole = target !== undefined && target.families.length > 0 && target.amount === link.value;
  const families: LinkInfo['families'] = whole
    ? target.families.map((p) => ({ key: p.key, amountText: formatAmount(p.value, ctx.unit, ctx.lang) }))
    : link.families.map((key) => ({ key, amountText: null }));
  return {
    id: link.id,
    from: source?.title ?? link.source,
    to: target?.title ?? link.target,
    amount: link.value,
    ...(target?.nominalFrom?.includes(link.source)
      ? // A band without an amount: its width says nothing, so neither amount nor shares.
        { amountText: target.bandText ?? (target.amountText === f.rsUnknown ? target.amountText : f.rsSplit), shareOfTotal: null, shareOfSource: null }
      : {
          amountText: formatAmount(link.value, ctx.unit, ctx.lang),
          shareOfTotal: isMinistry(link.source) || ctx.ministryTotal === null ? null : formatShare(link.value, ctx.ministryTotal, ctx.lang),
          shareOfSource: source ? { source: source.title, share: formatShare(link.value, source.amount, ctx.lang) } : null,
        }),
    families,
  };
}

function titleOf(n: LayoutNode, ctx: InfoContext): string {
  switch (n.kind) {
    case 'ministry':
      return n.name ? nameTitle(n.name, ctx.lang) : (ctx.sheet.ministry ?? n.label);
    case 'block': {
      const block = ctx.sheet.blocks.find((b) => b.id === n.id);
      return block ? blockTitle(block, ctx.lang) : n.name ? nameTitle(n.name, ctx.lang) : n.label;
    }
    case 'recipient': {
      const { rows } = rowsOf(n.id, ctx.sheet);
      const r = rows[0];
      return r ? `${r.rank}. ${shortName(r.name)}` : n.label;
    }
    default:
      // A name the model made up is worded from its code; a name the sheet gives is shown as written.
      return n.name ? nameTitle(n.name, ctx.lang) : n.label;
  }
}

/**
 * The title of a node the model names (labels #10): the name's words in the language
 * (i18n/nodeNames.ts), with what the diagram adds beside a kept item (who spent it) and the
 * state's own spending.
 */
export function nameTitle(name: NodeName, lang: Lang): string {
  const words = inLang(lang, 'nodeNames', nodeNames);
  switch (name.code) {
    case 'kept':
      return inLang(lang, 'ui', ui).kept(name.category, name.block);
    case 'direct':
      return inLang(lang, 'flow', flow).rsDirect(nodeName(name, words));
    default:
      return nodeName(name, words);
  }
}
