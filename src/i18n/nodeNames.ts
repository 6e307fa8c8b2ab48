/**
 * The names the model makes up for graph nodes (`NodeName`, a code plus data: src/contract/schema.ts)
 * in words. `nodeName(name, strings)` is the one function that words them, with the catalog's
 * `nodeNames` section: the model writes a node's `label` in Japanese (`nodeLabel`: the CLI's JSON,
 * the table view); the view titles nodes in the reader's language (`inLang(lang, 'nodeNames', …)`).
 * No runes here: the model, its worker and the CLI import it.
 */
import type { NodeName } from '../contract/schema.ts';
import { MINISTRY_ID } from '../contract/nodeIds.ts';
import { nodeNames } from './catalog/ja.ts';

/** The strings every language gives for node names. */
export type NodeNameStrings = typeof nodeNames;

/** The name of a node in the language of `s` (the catalog's `nodeNames` section in that language). */
export function nodeName(name: NodeName, s: NodeNameStrings): string {
  switch (name.code) {
    case 'named':
    case 'expenses':
      return s.blockLabel(name.blockId, name.name, 0);
    case 'recipient':
      return s.blockLabel(name.blockId, name.name, name.others);
    case 'bare':
      return name.blockId;
    case 'ministry':
      return s.unnamedMinistry;
    case 'residual':
      return s.unexplained(name.block);
    case 'overReceived':
      return s.overReceived(name.block);
    case 'kept':
      return s.keptItem(name.block, name.category);
    case 'ownPayees':
      return s.ownPayees(name.block, name.count);
    case 'untraced':
      return s.untraced(name.block);
    case 'unstated':
      return s.unstatedSource;
    case 'junction':
      return s.junctionSources(name.funders.map((f) => (f === MINISTRY_ID ? (name.ministry ?? s.junctionMinistry) : f)));
    case 'onward':
      return s.onwardFrom(name.block);
    case 'direct':
      return name.note ?? s.directDefault;
    case 'expenseTable':
      return s.expenseTable(name.name);
    case 'noCategory':
      return s.noCategory;
    case 'yearTotal':
      return s.yearTotal;
    case 'noMinistry':
      return s.noMinistry;
    case 'foldProjects':
      return s.foldProjects(name.count);
    case 'foldPayees':
      return s.foldPayees(name.count);
    case 'stateOwn':
      return s.stateOwn;
  }
}

/** A node's Japanese label from its name (what the model writes into `GraphNode.label`). */
export function nodeLabel(name: NodeName): string {
  return nodeName(name, nodeNames);
}
