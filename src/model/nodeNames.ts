/**
 * labels (#10): a node the model names itself states the name as a code plus data (`NodeName`,
 * src/contract/schema.ts) and, as `label`, the Japanese words of it (src/i18n/nodeNames.ts, the one
 * function that words a name). The view titles the node from the code in its language.
 */
import type { GraphNode, NodeName, Sheet } from '../contract/schema.ts';
import { MINISTRY_ID } from '../contract/nodeIds.ts';
import { nodeLabel } from '../i18n/nodeNames.ts';

/** A made-up name as a node states it: the code plus data, and its Japanese label. */
export function named(name: NodeName): { label: string; name: NodeName } {
  return { label: nodeLabel(name), name };
}

/** The ministry's node: the sheet's name for it, else the `ministry` code. */
export function ministryNode(sheet: Pick<Sheet, 'ministry'>): GraphNode {
  const label = sheet.ministry != null ? { label: sheet.ministry } : named({ code: 'ministry' });
  return { id: MINISTRY_ID, kind: 'ministry', ...label, blockId: null, line: null };
}
