/**
 * Issue #12: the note under the diagram — what the layout left out (layout/validate.ts): recipients
 * of 0 (a band of no width, so their node is isolated) counted as such, apart from the other flows
 * it could not draw. Loaded by FlowView only when something was left out.
 */
import type { Sheet } from '../contract/schema.ts';
import type { Dropped } from '../layout/types.ts';
import { parseFlowId, rowOfNodeId } from '../contract/nodeIds.ts';
import type { Lang } from '../i18n/lang.ts';
import { notes } from '../i18n/catalog/ja.ts';
import { inLang } from '../i18n/english.svelte.ts';

/**
 * The note under the diagram: recipients of 0 (their band has no width, so the node is left
 * out) counted as such, and the other flows the layout could not draw. Empty when nothing was left out.
 */
export function droppedNotes(dropped: readonly Dropped[], sheet: Pick<Sheet, 'blocks'>, lang: Lang): string[] {
  const zero = new Set<string>();
  const isZero = (id: string): boolean => rowOfNodeId(sheet, id)?.row.amount === 0;
  for (const d of dropped) {
    if (d.what === 'node' && d.reason === 'isolated' && isZero(d.id)) zero.add(d.id);
    if (d.what === 'link' && d.reason === 'non-positive-value') {
      const target = parseFlowId(d.id)?.target ?? '';
      if (isZero(target)) zero.add(target);
    }
  }
  const links = dropped.filter((d) => d.what === 'link' && !zero.has(parseFlowId(d.id)?.target ?? '')).length;
  const s = inLang(lang, 'notes', notes);
  return [...(zero.size ? [s.zeroNotDrawn(zero.size)] : []), ...(links ? [s.droppedLinks(links)] : [])];
}

