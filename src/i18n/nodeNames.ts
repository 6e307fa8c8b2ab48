/**
 * labels (#10): the words of the names the model makes up for graph nodes (`NodeName`, a code plus
 * data: src/contract/schema.ts). `nodeName(name, strings)` is the one function that words them:
 * the model writes a node's `label` with the Japanese strings below (the CLI's JSON, the table
 * view), the view titles nodes with `ui(lang)`, whose Japanese object spreads these strings and
 * whose English object (ui.en.ts, the `// labels (#10)` block) has their twins.
 *
 * This module imports no runes (the model, its worker and the CLI import it), so the Japanese
 * strings live here rather than in ui.ts itself.
 */
import type { NodeName } from '../contract/schema.ts';
import { MINISTRY_ID } from '../contract/nodeIds.ts';

/** The Japanese words of node names; ui.ts's `ja` spreads them, ui.en.ts gives the English. */
export const nodeNamesJa = {
  /** A block by its name (or largest recipient) and how many other recipients it has. */
  blockLabel: (id: string, name: string, others: number) => (others > 0 ? `${id} ${name} 他${others}者` : `${id} ${name}`),
  /** The ministry when the sheet names none (in a junction's list of funders too). */
  unnamedMinistry: '府省庁',
  unexplained: (block: string) => `${block} 内訳不明の差額`,
  overReceived: (block: string) => `${block} 不突合(下流の受取が上回る)`,
  keptItem: (block: string, category: string) => `${block} ${category}`,
  ownPayees: (block: string, count: number) => `${block} 自らの支出先 ${count}者`,
  untraced: (block: string) => `${block} 支出先別の記載がない額`,
  unstatedSource: '資金元の記載なし',
  junctionSources: (funders: string[]) => `資金元 ${funders.join('・')}（配分は記載なし）`,
  junctionMinistry: '府省庁',
  onwardFrom: (block: string) => `${block} の支出先から（どの支出先からかは記載なし）`,
  directDefault: '国自らが支出する間接経費',
  expenseTable: (name: string) => `${name} 費目・使途`,
  noCategory: '(費目なし)',
  yearTotal: '予算総計',
  noMinistry: '(府省庁なし)',
  foldProjects: (count: number) => `その他 ${count}事業`,
  foldPayees: (count: number) => `その他 ${count}者`,
  stateOwn: '国自らの支出(間接経費等)',
};

/** The strings every language gives for node names. */
export type NodeNameStrings = typeof nodeNamesJa;

/** The name of a node in the language of `s` (nodeNamesJa, or `ui(lang)` in the view). */
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
  return nodeName(name, nodeNamesJa);
}
