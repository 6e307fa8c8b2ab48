/**
 * Which block funds which. The extracted text has no arrows, so: a block funded by
 * grant or commission (補助金等交付, 交付, 委託 …) is a possible intermediary, and the
 * later blocks whose sum it covers are its children; the rest hang from the ministry.
 */
import type { Block, Diagnostic, Parent } from '../contract/schema.ts';
import { diag } from '../i18n/messages.ts';
import { decimals, sum } from '../util/decimal.ts';
import { passesMoneyOn } from '../contract/families.ts';
import { mergedRecipients, passedOn } from './blocks.ts';
import { exceeds } from './tolerance.ts';

/** True when a block's largest recipient is an intermediary that may pass money on. */
export function canPassOn(block: Block): boolean {
  const top = mergedRecipients(block)[0];
  const rows = block.recipients.filter((r) => top && top.ranks.includes(r.rank));
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
    for (const b of candidates) if (within(sum([...out.map((x) => x.total), b.total]))) out.push(b);
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

/** Infers every block's parent; records each inference as an info diagnostic. */
export function inferParents(blocks: readonly Block[], diagnostics: Diagnostic[]): Record<string, Parent> {
  const parents: Record<string, Parent> = {};
  for (const b of blocks) parents[b.id] = { parent: 'ministry', inferred: true };
  const assigned = new Set<string>();
  blocks.forEach((block, i) => {
    if (!canPassOn(block) || block.total <= 0) return;
    const candidates = blocks.slice(i + 1).filter((b) => !assigned.has(b.id) && b.total > 0);
    if (candidates.length === 0) return;
    const children = chooseChildren(block, candidates);
    if (children.length === 0) return;
    for (const c of children) {
      parents[c.id] = { parent: block.id, inferred: true };
      assigned.add(c.id);
    }
    const received = sum(children.map((c) => c.total));
    diagnostics.push(diag('info', 'PARENT_INFERRED', block.line, {
      block: block.id, children: children.map((c) => c.id).join(', '),
      why_ja: `資金を渡す契約(${block.recipients[0]?.contractType ?? '委託等'})で、合計${block.total}が下流の合計${received}を賄うため`,
      why_en: `it is funded by ${block.recipients[0]?.contractType ?? 'grant/commission'} and its total ${block.total} covers the ${received} they received`,
    }, { blockId: block.id }));
  });
  const top = blocks.filter((b) => parents[b.id]?.parent === 'ministry');
  if (top.length > 1)
    diagnostics.push(diag('info', 'PARENT_MINISTRY', top[0]?.line ?? 1, { blocks: top.map((b) => b.id).join(', ') }));
  return parents;
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
    const refuse = (ja: string, en: string): void => {
      diagnostics.push(diag('warning', 'PARENT_OVERRIDE_INVALID', line, { block, parent, why_ja: ja, why_en: en }, { blockId: ids.has(block) ? block : null }));
    };
    if (!ids.has(block)) { refuse('そのブロックはありません', 'no such block'); continue; }
    if (parent !== 'ministry' && !ids.has(parent)) { refuse('資金元のブロックがありません', 'no such parent block'); continue; }
    if (parent === block) { refuse('自分自身は資金元になれません', 'a block cannot fund itself'); continue; }
    // Walk up from the new parent: reaching the block would make a cycle.
    let up: string | undefined = parent;
    let cycle = false;
    for (let guard = 0; up && up !== 'ministry' && guard <= blocks.length; guard++) {
      if (up === block) { cycle = true; break; }
      up = parents[up]?.parent;
    }
    if (cycle) { refuse('循環になります', 'it would make a cycle'); continue; }
    parents[block] = { parent, inferred: false };
  }
  return parents;
}
