/**
 * The fund-flow graph of a sheet that states its edges (RSシステム 5-2 → `sheet.flows`), a general
 * directed graph rather than a tree:
 * - a block with one funder: funder → block carrying the block's total;
 * - a block with several funders (the files never say how the money splits): a junction node
 *   `<id>:junction` ("資金元 A・B（配分は記載なし）", kind 'other', variant 'junction') carries the
 *   block's total into it, and each funder is joined to the junction by a connector of value 0
 *   (variant 'unsplit'). No split is invented; a view draws the connectors as thin marked lines.
 * - cycles (A→B→A): a depth-first walk from the ministry (then from blocks it does not reach) sets
 *   aside every edge that closes a cycle into `graph.setAside` (variant 'set-aside') with an
 *   RS_FLOW_CYCLE diagnostic; the rest is acyclic, so the layout never breaks.
 * - a block no remaining edge funds (5-2 states no inflow): drawn apart, from a node `unstated`
 *   ("資金元の記載なし", kind 'other'; link variant 'inferred', parent `unstated`, inferred), not from
 *   the ministry: the ministry node's sum is what 5-2 says the ministry pays (blocks and direct
 *   costs), the same as the project list's total (ProjectSummary.total). A project with no 5-2 edge
 *   at all states nothing: its blocks are drawn from the ministry (inferred), as before.
 * - direct costs (5-2 間接経費/旅費): ministry → `direct:<n>` (kind 'kept', variant 'direct').
 * - a block with no amount (named only in 5-2): its node is kept (variant 'unknown-amount'), its
 *   links carry 0.
 * - an intermediary whose children each have it as their only funder (addRsIntermediaryFlows): the
 *   blocks it funds, what its 5-3 says it kept (when 5-3 covers the block), and the rest — money that
 *   stayed with the block's own payees (5-1 payee rows: node `<id>:payees`, "C 自らの支出先 N者",
 *   kind 'kept'). 5-1 lists the payees a block's payees re-contract to as blocks of their own (the
 *   format's "indirect payees"), so what a block passes on is part of what its payees were paid; only
 *   the part of the block total no payee row gives (block total − payee rows, beyond rounding) is a
 *   residual (`<id>:untraced`, kind 'residual', "C 支出先別の記載がない額", with RS_BLOCK_TOTAL_UNTRACED).
 */
import type { Block, BlockLabelParts, Diagnostic, Flow, Graph, GraphLink, GraphNode, Parent, Sheet } from '../contract/schema.ts';
import { diag } from '../i18n/messages.ts';
import { shortName } from '../contract/names.ts';
import { sum, subtract } from '../util/decimal.ts';
import { blockFamilies, blockLabelParts, payeeCount } from './blocks.ts';
import { ministryNode, named } from './nodeNames.ts';
import { keptAndChecked } from './intermediaryFlows.ts';
import { DIRECT_COST, MINISTRY_ID, UNSTATED_ID, directNodeId, isMinistry, junctionNodeId, payeesNodeId, residualNodeId, untracedNodeId } from '../contract/nodeIds.ts';

/** Name of an RS block: its id and stated name, else as for text sheets (blockLabelParts), but never by its 費目・使途 alone. */
export function rsBlockName(b: Block): BlockLabelParts {
  return b.name || b.recipients.length > 0 ? blockLabelParts(b) : { code: 'bare', blockId: b.id };
}

/** The edges of the sheet between known nodes, cycle-closing ones separated. */
export function splitCycles(sheet: Sheet, diagnostics: Diagnostic[]): { kept: Flow[]; setAside: Flow[] } {
  const ids = new Set(sheet.blocks.map((b) => b.id));
  const edges = sheet.flows.filter((f) => f.to !== DIRECT_COST && ids.has(f.to) && (isMinistry(f.from) || ids.has(f.from)));
  const out = new Map<string, Flow[]>();
  for (const f of edges) {
    const list = out.get(f.from);
    if (list) list.push(f);
    else out.set(f.from, [f]);
  }
  const state = new Map<string, 1 | 2>(); // 1: on the stack, 2: done
  const setAside = new Set<Flow>();
  const path: string[] = [];
  // Iterative depth-first walk: deep chains must not overflow the call stack.
  const walk = (root: string): void => {
    const stack: { id: string; next: number }[] = [{ id: root, next: 0 }];
    state.set(root, 1);
    path.push(root);
    while (stack.length > 0) {
      const top = stack[stack.length - 1] as { id: string; next: number };
      const list = out.get(top.id) ?? [];
      if (top.next >= list.length) {
        state.set(top.id, 2);
        stack.pop();
        path.pop();
        continue;
      }
      const f = list[top.next++] as Flow;
      const s = state.get(f.to);
      if (s === 1) {
        setAside.add(f);
        const cycle = [...path.slice(path.indexOf(f.to)), f.to].join('→');
        diagnostics.push({
          ...diag('warning', 'RS_FLOW_CYCLE', f.line ?? 1, { cycle, from: f.from, to: f.to }, { blockId: f.to }),
          file: f.file ?? null,
        });
      } else if (s === undefined) {
        state.set(f.to, 1);
        path.push(f.to);
        stack.push({ id: f.to, next: 0 });
      }
    }
  };
  walk(MINISTRY_ID);
  for (const b of sheet.blocks) if (!state.has(b.id)) walk(b.id);
  return { kept: edges.filter((f) => !setAside.has(f)), setAside: edges.filter((f) => setAside.has(f)) };
}

/** Node id of the source drawn for blocks 5-2 gives no inflow (not the ministry: its sum stays what 5-2 states). */
export const UNSTATED = UNSTATED_ID;

/** Where an intermediary's money went (see the file comment); yen, exact decimals. */
export function addRsIntermediaryFlows(b: Block, children: Block[], nodes: GraphNode[], links: GraphLink[], diagnostics: Diagnostic[]): void {
  const { kept, received, childIds } = keptAndChecked(b, children, nodes, links, diagnostics, { unit: '円' });
  // What stayed in the block: its total less what it kept (5-3) and passed to the blocks it funds.
  const stayed = subtract(subtract(b.total, kept), received);
  const line = b.expenses?.line ?? b.line;
  if (stayed < 0) {
    const id = residualNodeId(b.id);
    nodes.push({ id, kind: 'residual', ...named({ code: 'overReceived', block: b.id }), blockId: b.id, line });
    links.push({ source: id, target: b.id, value: -stayed, kind: 'residual', line });
    return;
  }
  if (stayed === 0) return;
  // The part of the block total no payee row gives (beyond rounding: 50 yen a payee) is not traced to anyone.
  const known = b.recipients.filter((r) => r.amountKnown !== false);
  const payees = sum(known.map((r) => r.amount));
  const short = subtract(b.total, payees);
  const untraced = short > 50 * Math.max(1, b.recipients.length) ? Math.min(stayed, short) : 0;
  const own = subtract(stayed, untraced);
  if (own > 0) {
    const count = payeeCount(b);
    const id = payeesNodeId(b.id);
    nodes.push({ id, kind: 'kept', ...named({ code: 'ownPayees', block: b.id, count }), blockId: b.id, line: b.recipients[0]?.line ?? b.line });
    links.push({ source: b.id, target: id, value: own, kind: 'kept', line: b.recipients[0]?.line ?? b.line });
  }
  if (untraced > 0) {
    const id = untracedNodeId(b.id);
    nodes.push({ id, kind: 'residual', ...named({ code: 'untraced', block: b.id }), blockId: b.id, line: b.line });
    links.push({ source: b.id, target: id, value: untraced, kind: 'residual', line: b.line });
    diagnostics.push(diag('info', 'RS_BLOCK_TOTAL_UNTRACED', b.line, { block: b.id, total: b.total, payees, count: known.length, untraced, children: childIds, received }, { blockId: b.id }));
  }
}

/** Draws the graph from `sheet.flows`; see the file comment. */
export function buildFlowGraph(sheet: Sheet, diagnostics: Diagnostic[]): Graph {
  const nodes: GraphNode[] = [ministryNode(sheet)];
  const links: GraphLink[] = [];
  const parents: Record<string, Parent> = {};
  const value = (b: Block): number => (b.amountKnown === false ? 0 : Math.max(0, b.total));
  for (const b of sheet.blocks) {
    nodes.push({ id: b.id, kind: 'block', ...named(rsBlockName(b)), blockId: b.id, line: b.line, ...(b.amountKnown === false ? { variant: 'unknown-amount' as const } : {}) });
  }
  const { kept, setAside } = splitCycles(sheet, diagnostics);
  const funders = new Map<string, Flow[]>();
  for (const f of kept) {
    const list = funders.get(f.to) ?? [];
    if (!list.some((x) => x.from === f.from)) list.push(f);
    funders.set(f.to, list);
  }
  const noInflow: Block[] = [];
  const feedsJunction = new Set<string>();
  for (const b of sheet.blocks) {
    const list = funders.get(b.id) ?? [];
    if (list.length === 0) {
      // With no 5-2 edge at all for the project, nothing is stated: the ministry stays the (inferred) source.
      const from = sheet.flows.length > 0 ? UNSTATED : MINISTRY_ID;
      if (from === UNSTATED && noInflow.length === 0) nodes.push({ id: UNSTATED, kind: 'other', ...named({ code: 'unstated' }), blockId: null, line: b.line });
      noInflow.push(b);
      parents[b.id] = { parent: from, inferred: true };
      links.push({ source: from, target: b.id, value: value(b), kind: 'fund', families: blockFamilies(b), line: b.line, variant: 'inferred' });
    } else if (list.length === 1) {
      const f = list[0] as Flow;
      parents[b.id] = { parent: f.from, inferred: false };
      links.push({ source: f.from, target: b.id, value: value(b), kind: 'fund', families: blockFamilies(b), line: f.line ?? b.line, file: f.file ?? null });
    } else {
      const first = list[0] as Flow;
      parents[b.id] = { parent: first.from, inferred: false };
      const junction = junctionNodeId(b.id);
      const name = { code: 'junction' as const, block: b.id, funders: list.map((f) => f.from), ministry: sheet.ministry ? shortName(sheet.ministry) : null };
      nodes.push({ id: junction, kind: 'other', ...named(name), blockId: b.id, line: first.line ?? b.line, variant: 'junction' });
      for (const f of list) {
        feedsJunction.add(f.from);
        links.push({ source: f.from, target: junction, value: 0, kind: 'fund', line: f.line ?? null, file: f.file ?? null, variant: 'unsplit' });
      }
      links.push({ source: junction, target: b.id, value: value(b), kind: 'fund', families: blockFamilies(b), line: b.line });
    }
  }
  if (noInflow.length > 0 && sheet.flows.length > 0) {
    diagnostics.push(diag('info', 'RS_NO_INFLOW', noInflow[0]?.line ?? 1, { blocks: noInflow.map((b) => b.id).join(', ') }, { blockId: noInflow[0]?.id ?? null }));
  }
  sheet.flows.forEach((f, i) => {
    if (f.to !== DIRECT_COST) return;
    const id = directNodeId(i);
    nodes.push({ id, kind: 'kept', ...named({ code: 'direct', note: f.note ?? null }), blockId: null, line: f.line ?? null, variant: 'direct' });
    links.push({ source: MINISTRY_ID, target: id, value: f.amount ?? 0, kind: 'kept', line: f.line ?? null, file: f.file ?? null, variant: 'direct' });
  });
  // Intermediaries whose children each have it as their only funder: kept flows and residual, as for text sheets.
  for (const b of sheet.blocks) {
    if (b.amountKnown === false || feedsJunction.has(b.id)) continue;
    const children = sheet.blocks.filter((c) => (funders.get(c.id)?.length ?? 0) === 1 && funders.get(c.id)?.[0]?.from === b.id);
    if (children.length === 0 || children.some((c) => c.amountKnown === false)) continue;
    addRsIntermediaryFlows(b, children, nodes, links, diagnostics);
  }
  const graph: Graph = { nodes, links, parents };
  if (setAside.length > 0) {
    // The edge's own amount: null (drawn as 0) when its target has several funders.
    graph.setAside = setAside.map((f) => ({ source: f.from, target: f.to, value: f.amount ?? 0, kind: 'fund' as const, line: f.line ?? null, file: f.file ?? null, variant: 'set-aside' as const }));
  }
  return graph;
}
