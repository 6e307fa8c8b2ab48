/**
 * Which block funds which. The extracted text has no arrows, so the sheet's own 執行額 is the
 * anchor: the first tier is the set of blocks whose sum matches it (within the sheet's
 * rounding); then a block funded by grant or commission (補助金等交付, 交付, 委託 …) is a
 * possible intermediary, and the later blocks whose sum it covers are its children. When no
 * set of blocks matches the 執行額, the structure is a guess, and says so.
 */
import type { Block, Diagnostic, Parent, Sheet } from '../contract/schema.ts';
import { diag } from '../i18n/messages.ts';
import { decimals, subtract, sum } from '../util/decimal.ts';
import { passesMoneyOn } from '../contract/families.ts';
import { mergedRecipients, passedOn } from './blocks.ts';
import { exceeds } from './tolerance.ts';
import { MINISTRY_ID } from '../contract/nodeIds.ts';

/** True when a block's largest recipient is an intermediary that may pass money on. */
export function canPassOn(block: Block): boolean {
  const top = mergedRecipients(block)[0];
  const ranks = new Set(top?.ranks ?? []);
  const rows = block.recipients.filter((r) => ranks.has(r.rank));
  return rows.some((r) => passesMoneyOn(r.contractType) || /委託|補助|交付/.test(r.description));
}

/**
 * The later blocks a parent funds: all of them when its total covers their sum; otherwise
 * the subset closest to what its 費目・使途 says it passed on, or the largest it can cover.
 */
function chooseChildren(parent: Block, candidates: Block[]): Block[] {
  const target = passedOn(parent);
  const all = sum(candidates.map((b) => b.total));
  const within = (s: number): boolean => !exceeds(s, parent.total);
  // The spec's rule: a parent whose total covers all the later blocks funds them all.
  if (within(all)) return candidates;
  if (candidates.length > 16) {
    // Too many to try every subset: take blocks in sheet order while they fit.
    const out: Block[] = [];
    let taken = 0;
    for (const b of candidates) {
      const next = sum([taken, b.total]);
      if (within(next)) {
        out.push(b);
        taken = next;
      }
    }
    return out;
  }
  // Integers at one common scale make the 2^n subset sums exact and cheap.
  const scale = 10 ** Math.min(9, Math.max(decimals(parent.total), decimals(target ?? 0), ...candidates.map((b) => decimals(b.total))));
  const ints = candidates.map((b) => Math.round(b.total * scale));
  const cap = Math.round(parent.total * scale) + 1; // + one unit of the last decimal: rounding
  const goal = target === null ? cap : Math.round(target * scale);
  let best = { mask: 0, score: Infinity, count: 0 };
  for (let mask = 1; mask < 1 << candidates.length; mask++) {
    let s = 0;
    let count = 0;
    for (let i = 0; i < ints.length; i++) if (mask & (1 << i)) { s += ints[i] ?? 0; count++; }
    if (s > cap) continue;
    // Closest to the passed-on amount when known, else the largest sum; ties: more blocks.
    const score = Math.abs(goal - s);
    if (score < best.score || (score === best.score && count > best.count)) best = { mask, score, count };
  }
  return candidates.filter((_, i) => best.mask & (1 << i));
}

/** The 執行額 the fund flow reports: the year of the sheet's actuals (or the sheet year − 1). */
export interface Executed {
  year: number;
  amount: number;
  line: number | null;
}

/** The 執行額 of the actuals year (sheet.actualsYear, else the sheet year − 1), or null when the sheet does not give it. */
export function executedOf(sheet: Pick<Sheet, 'budget' | 'actualsYear' | 'sheetYear'>): Executed | null {
  const year = sheet.actualsYear ?? (sheet.sheetYear !== null ? sheet.sheetYear - 1 : null);
  if (year === null) return null;
  const column = sheet.budget.find((y) => y.year === year && !y.request && y.executed !== null);
  if (!column || column.executed === null) return null;
  return { year, amount: column.executed, line: column.executedLine ?? null };
}

/**
 * True when blocks summing to `sum` match the 執行額 within the sheet's rounding: one unit of
 * the last printed decimal per summed block, and one for the 執行額 itself.
 */
export function matchesExecuted(executed: number, totals: readonly number[]): boolean {
  const places = [executed, ...totals].reduce((m, v) => Math.max(m, decimals(v)), 0);
  const unit = 10 ** -Math.min(places, 9);
  const diff = Math.abs(subtract(executed, sum(totals)));
  // The tolerance as an exact decimal comparison: diff ≤ unit × (count + 1).
  return diff <= Number((unit * (totals.length + 1)).toFixed(Math.min(places, 9)));
}

/**
 * The first tier: the fewest blocks (earliest first among equals) whose sum matches the
 * 執行額; sets of up to 4 blocks (3 beyond 40 blocks, 2 beyond 200), then any run of
 * leading blocks. Null when none matches. Polynomial: at most C(200, 3) ≈ 1.3 million integer sums.
 */
export function firstTierFor(blocks: readonly Block[], executed: number): Block[] | null {
  const n = blocks.length;
  const maxSize = Math.min(n, n <= 40 ? 4 : n <= 200 ? 3 : 2);
  const totals = blocks.map((b) => b.total);
  // Integers at the finest printed scale make each test two additions; matchesExecuted confirms a hit exactly.
  const places = Math.min(9, [executed, ...totals].reduce((m, v) => Math.max(m, decimals(v)), 0));
  const f = 10 ** places;
  const ints = totals.map((t) => Math.round(t * f));
  const goal = Math.round(executed * f);
  const safe = [goal, ...ints].every((v) => Math.abs(v) * (n + 1) < 2 ** 52);
  const matches = (idx: number[]): boolean => {
    if (safe) {
      let s = 0;
      for (const i of idx) s += ints[i] as number;
      if (Math.abs(goal - s) > idx.length + 1) return false;
    }
    return matchesExecuted(executed, idx.map((i) => totals[i] as number));
  };
  for (let size = 1; size <= maxSize; size++) {
    const idx = Array.from({ length: size }, (_, i) => i);
    for (;;) {
      if (matches(idx)) return idx.map((i) => blocks[i] as Block);
      // Next combination in lexicographic order.
      let k = size - 1;
      while (k >= 0 && (idx[k] as number) === n - size + k) k--;
      if (k < 0) break;
      idx[k] = (idx[k] as number) + 1;
      for (let j = k + 1; j < size; j++) idx[j] = (idx[j - 1] as number) + 1;
    }
  }
  for (let len = maxSize + 1; len <= n; len++) if (matches(Array.from({ length: len }, (_, i) => i))) return blocks.slice(0, len);
  return null;
}

/** Parents inferred from a sheet, and whether the structure is a guess (no first tier matches the 執行額). */
export interface Structure {
  parents: Record<string, Parent>;
  /** True when no set of blocks paid by the ministry reconciles with the sheet's 執行額 (or it has none to check against). */
  guessed: boolean;
  executed: Executed | null;
}

/**
 * Infers the structure of a sheet: first tier from its 執行額, then intermediaries' children,
 * then any block left over under the earlier block with room for it. Records each inference
 * as an info diagnostic, and a warning when the structure is guessed.
 */
export function inferStructure(sheet: Pick<Sheet, 'blocks' | 'budget' | 'actualsYear' | 'sheetYear'>, diagnostics: Diagnostic[]): Structure {
  const blocks = sheet.blocks;
  const executed = executedOf(sheet);
  const paid = blocks.filter((b) => b.total > 0);
  const tier = executed && paid.length > 0 ? firstTierFor(paid, executed.amount) : null;
  if (!tier) {
    const parents = inferParents(blocks, diagnostics);
    return { parents, guessed: structureGuessed(blocks, parents, executed), executed };
  }
  const parents = inferParents(blocks, diagnostics, new Set(tier.map((b) => b.id)));
  diagnostics.push(diag('info', 'STRUCTURE_FROM_EXECUTED', executed?.line ?? tier[0]?.line ?? 1, {
    year: executed?.year ?? '', executed: executed?.amount ?? '', blocks: tier.map((b) => b.id).join(', '),
  }, { blockId: tier[0]?.id ?? null }));
  return { parents, guessed: false, executed };
}

/**
 * Infers every block's parent; records each inference as an info diagnostic. Blocks in
 * `firstTier` stay with the ministry; the others, when that set is given, go under an earlier
 * block with room for them rather than to the ministry.
 */
export function inferParents(blocks: readonly Block[], diagnostics: Diagnostic[], firstTier?: ReadonlySet<string>): Record<string, Parent> {
  const parents: Record<string, Parent> = {};
  for (const b of blocks) parents[b.id] = { parent: MINISTRY_ID, inferred: true };
  const assigned = new Set<string>(firstTier ?? []);
  const children = new Map<string, Block[]>();
  blocks.forEach((block, i) => {
    if (!canPassOn(block) || block.total <= 0) return;
    if (firstTier && !firstTier.has(block.id) && parents[block.id]?.parent === MINISTRY_ID) return;
    const candidates = blocks.slice(i + 1).filter((b) => !assigned.has(b.id) && b.total > 0);
    if (candidates.length === 0) return;
    const chosen = chooseChildren(block, candidates);
    if (chosen.length === 0) return;
    for (const c of chosen) {
      parents[c.id] = { parent: block.id, inferred: true };
      assigned.add(c.id);
    }
    children.set(block.id, chosen);
    const received = sum(chosen.map((c) => c.total));
    diagnostics.push(diag('info', 'PARENT_INFERRED', block.line, {
      block: block.id, children: chosen.map((c) => c.id).join(', '),
      reason: 'passesOn', ...(block.recipients[0]?.contractType != null ? { contractType: block.recipients[0].contractType } : {}), total: block.total, received,
    }, { blockId: block.id }));
  });
  if (firstTier) placeLeftovers(blocks, parents, firstTier, assigned, children, diagnostics);
  const top = blocks.filter((b) => parents[b.id]?.parent === MINISTRY_ID);
  if (top.length > 1)
    diagnostics.push(diag('info', 'PARENT_MINISTRY', top[0]?.line ?? 1, { blocks: top.map((b) => b.id).join(', ') }));
  return parents;
}

/**
 * Blocks neither in the first tier nor chosen by an intermediary: each goes under the earlier
 * first-tier block or intermediary with the most room left that covers it; with none, it
 * stays with the ministry (and the structure does not reconcile).
 */
function placeLeftovers(blocks: readonly Block[], parents: Record<string, Parent>, firstTier: ReadonlySet<string>, assigned: Set<string>, children: Map<string, Block[]>, diagnostics: Diagnostic[]): void {
  const funders = new Set([...firstTier, ...children.keys()]);
  blocks.forEach((b, i) => {
    if (assigned.has(b.id) || b.total <= 0) return;
    let best: { block: Block; room: number } | null = null;
    for (const p of blocks.slice(0, i)) {
      if (!funders.has(p.id) || p.total <= 0) continue;
      const room = subtract(p.total, sum((children.get(p.id) ?? []).map((c) => c.total)));
      if (exceeds(b.total, room)) continue;
      if (!best || room > best.room) best = { block: p, room };
    }
    if (!best) return;
    parents[b.id] = { parent: best.block.id, inferred: true };
    assigned.add(b.id);
    children.set(best.block.id, [...(children.get(best.block.id) ?? []), b]);
    diagnostics.push(diag('info', 'PARENT_INFERRED', best.block.line, {
      block: best.block.id, children: b.id,
      reason: 'leftover', room: best.room, total: b.total,
    }, { blockId: best.block.id }));
  });
}

/**
 * True when the blocks the ministry pays (after overrides) do not reconcile with the sheet's
 * 執行額: the diagram's structure, and the ministry's total, are then a guess.
 */
export function structureGuessed(blocks: readonly Block[], parents: Record<string, Parent>, executed: Executed | null): boolean {
  const paid = blocks.filter((b) => b.total > 0);
  if (paid.length === 0) return false;
  const top = paid.filter((b) => (parents[b.id]?.parent ?? MINISTRY_ID) === MINISTRY_ID);
  if (!executed) return paid.length > 1 && paid.some((b) => parents[b.id]?.inferred !== false);
  return !matchesExecuted(executed.amount, top.map((b) => b.total));
}

/**
 * Whether the final structure (after overrides) is guessed; says so with a warning naming the
 * ministry's sum and the 執行額, so the ministry node never shows a larger sum silently.
 */
export function reportStructure(blocks: readonly Block[], parents: Record<string, Parent>, executed: Executed | null, diagnostics: Diagnostic[]): boolean {
  const guessed = structureGuessed(blocks, parents, executed);
  if (!guessed) return false;
  const top = blocks.filter((b) => b.total > 0 && (parents[b.id]?.parent ?? MINISTRY_ID) === MINISTRY_ID);
  diagnostics.push(diag('warning', 'STRUCTURE_GUESSED', executed?.line ?? top[0]?.line ?? 1, {
    executed: executed ? executed.amount : '-', firstTier: sum(top.map((b) => b.total)),
  }, { blockId: top[0]?.id ?? null }));
  return true;
}

/** Applies caller overrides ({ D: 'B' }), refusing unknown ids and cycles with a warning. */
export function applyOverrides(
  blocks: readonly Block[],
  inferred: Record<string, Parent>,
  overrides: Record<string, string>,
  diagnostics: Diagnostic[],
): Record<string, Parent> {
  const parents = { ...inferred };
  const ids = new Set(blocks.map((b) => b.id));
  for (const [block, parent] of Object.entries(overrides)) {
    const line = blocks.find((b) => b.id === block)?.line ?? 1;
    // The reason is a code; messages.ts words it (PARENT_OVERRIDE_INVALID).
    const refuse = (reason: 'noBlock' | 'noParent' | 'self' | 'cycle'): void => {
      diagnostics.push(diag('warning', 'PARENT_OVERRIDE_INVALID', line, { block, parent, reason }, { blockId: ids.has(block) ? block : null }));
    };
    if (!ids.has(block)) { refuse('noBlock'); continue; }
    if (parent !== MINISTRY_ID && !ids.has(parent)) { refuse('noParent'); continue; }
    if (parent === block) { refuse('self'); continue; }
    // Walk up from the new parent: reaching the block would make a cycle.
    let up: string | undefined = parent;
    let cycle = false;
    for (let guard = 0; up && up !== MINISTRY_ID && guard <= blocks.length; guard++) {
      if (up === block) { cycle = true; break; }
      up = parents[up]?.parent;
    }
    if (cycle) { refuse('cycle'); continue; }
    parents[block] = { parent, inferred: false };
  }
  return parents;
}
