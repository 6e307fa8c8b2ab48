/**
 * What the diagram says about each node: short title, amount (traced to sheet rows),
 * shares, contract types, competition marks, accessible name. Pure: layout + sheet in,
 * plain strings out.
 */
import type { Block, ContractFamily, Graph, Recipient, Sheet } from '../model/schema.ts';
import { mergedRecipients } from '../model/blocks.ts';
import { shortName } from '../parse/names.ts';
import { sum } from '../util/decimal.ts';
import type { LayoutNode, SankeyLayout } from '../layout/types.ts';
import { ui, type Lang } from '../i18n/ui.ts';
import { formatAmount, formatShare } from './format.ts';
import { isHighAwardRate, isSingleBidder } from './panels/recipients.ts';

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
  /** Full name (legal forms kept) for the tooltip and accessible name. */
  fullName: string;
  /** Exact amount in the sheet's unit. */
  amount: number;
  amountText: string;
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
  /** Clicking drills into this block. */
  drillable: boolean;
  /** Sheet line the amount comes from. */
  line: number | null;
  /** Label + amount (+ marks), for screen readers. */
  accessibleName: string;
}

/** Context needed beyond the layout. */
export interface InfoContext {
  graph: Pick<Graph, 'nodes'>;
  sheet: Sheet;
  lang: Lang;
  /** The block drilled into (its node is not drillable again), or null. */
  currentBlock: string | null;
  /** Total paid out by the ministry (overview graph), for "share of total". */
  ministryTotal: number | null;
}

/** Exact Σ of the ministry's outgoing links in a graph. */
export function ministryTotalOf(graph: Pick<Graph, 'links'>): number | null {
  const out = graph.links.filter((l) => l.source === 'ministry').map((l) => l.value);
  return out.length ? sum(out) : null;
}

function familyParts(rows: readonly Recipient[]): FamilyPart[] {
  const by = new Map<ContractFamily, number[]>();
  for (const r of rows) by.set(r.contractFamily, [...(by.get(r.contractFamily) ?? []), r.amount]);
  return [...by.entries()].map(([key, v]) => ({ key, value: sum(v) })).sort((a, b) => b.value - a.value);
}

function contractTypes(rows: readonly Recipient[]): { type: string; count: number }[] {
  const by = new Map<string, number>();
  for (const r of rows) {
    const t = (r.contractType ?? '').replace(/\s+/g, '') || '–';
    by.set(t, (by.get(t) ?? 0) + 1);
  }
  return [...by.entries()].map(([type, count]) => ({ type, count }));
}

/** Short title of a block in the UI language: "B 日立製作所 他5者" / "B 日立製作所 +5 others". */
export function blockTitle(block: Block, lang: Lang): string {
  const merged = mergedRecipients(block);
  const top = merged[0];
  const s = ui(lang);
  if (!top) return block.expenses ? s.blockLabel(block.id, shortName(block.expenses.recipient), 0) : s.blockOnly(block.id);
  return s.blockLabel(block.id, shortName(top.name), merged.length - 1);
}

/** Rows behind a node: a block's recipients, or the one row of a drill-down recipient. */
export function rowsOf(id: string, sheet: Sheet): { block: Block | null; rows: Recipient[] } {
  const block = sheet.blocks.find((b) => b.id === id);
  if (block) return { block, rows: block.recipients };
  const m = /^(.+):r:(\d+)$/.exec(id);
  if (m) {
    const b = sheet.blocks.find((x) => x.id === m[1]);
    const row = b?.recipients.find((r) => r.rank === Number(m[2]));
    return { block: b ?? null, rows: row ? [row] : [] };
  }
  return { block: null, rows: [] };
}

/** Describe every node of a layout. */
export function describeNodes(layout: SankeyLayout, ctx: InfoContext): Map<string, NodeInfo> {
  const s = ui(ctx.lang);
  const unit = ctx.sheet.unit;
  const ins = new Map<string, number[]>();
  const outs = new Map<string, number[]>();
  const parentOf = new Map<string, string>();
  for (const l of layout.links) {
    ins.set(l.target, [...(ins.get(l.target) ?? []), l.value]);
    outs.set(l.source, [...(outs.get(l.source) ?? []), l.value]);
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
    const amountText = formatAmount(amount, unit, ctx.lang);
    const singleBidder = rows.filter(isSingleBidder).length;
    const highRate = rows.filter(isHighAwardRate).length;
    const drillable = n.kind === 'block' && n.id !== ctx.currentBlock && ctx.sheet.blocks.some((b) => b.id === n.id);
    const flagged = rows.filter((r) => isSingleBidder(r) || isHighAwardRate(r)).length;
    const marks = flagged ? s.flagged(flagged) : '';
    out.set(n.id, {
      id: n.id,
      title,
      fullName,
      amount,
      amountText,
      shareOfTotal: n.kind === 'ministry' || ctx.ministryTotal === null ? null : formatShare(amount, ctx.ministryTotal, ctx.lang),
      shareOfParent: parent !== undefined ? { parent: titles.get(parent) ?? parent, share: formatShare(amount, amounts.get(parent) ?? null, ctx.lang) } : null,
      contractTypes: contractTypes(rows),
      families: familyParts(rows),
      singleBidder,
      highRate,
      flagged,
      drillable,
      line: n.line,
      accessibleName: [`${fullName} ${amountText}`, marks].filter(Boolean).join('、'),
    });
  }
  return out;
}

function titleOf(n: LayoutNode, ctx: InfoContext): string {
  const s = ui(ctx.lang);
  switch (n.kind) {
    case 'ministry':
      return ctx.sheet.ministry ?? n.label;
    case 'block': {
      const block = ctx.sheet.blocks.find((b) => b.id === n.id);
      return block ? blockTitle(block, ctx.lang) : n.label;
    }
    case 'recipient': {
      const { rows } = rowsOf(n.id, ctx.sheet);
      const r = rows[0];
      return r ? `${r.rank}. ${shortName(r.name)}` : n.label;
    }
    case 'kept': {
      const category = /:kept:(.+)$/.exec(n.id)?.[1] ?? n.label;
      return s.kept(category, n.blockId ?? '');
    }
    case 'residual':
      return ctx.lang === 'ja' ? n.label : s.residual(n.blockId ?? '');
    default:
      return n.label;
  }
}
