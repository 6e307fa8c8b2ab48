/**
 * Issue #12 in the diagram: what the text reader says it could not be sure of, drawn where the
 * reader looks — guessed links between blocks, blocks (and the ministry) whose totals are only
 * partial because rows could not be read, a ministry sum larger than the sheet's 執行額, and
 * the note under the diagram (droppedNotes.ts). Pure: graph and sheet in, marks and strings out.
 * Only what the diagram's markup needs is here, at start-up; the banner (GuessedBanner.svelte), the
 * note under the diagram (droppedNotes.ts) and the link tooltip's sentence load when needed.
 */
import type { Graph, Sheet } from '../contract/schema.ts';
import { formatAmount } from './format.ts';
import { esc } from './flowMarkup.ts';
import type { NodeInfo } from './nodeInfo.ts';
import { flowKey, isMinistry } from '../contract/nodeIds.ts';
import type { ReadonlyGraphShape } from '../contract/readonly.ts';
import type { Lang } from '../i18n/lang.ts';
import { flow } from '../i18n/catalog/ja.ts';
import { inLang } from '../i18n/english.svelte.ts';

/** `source→target` of a link. */
export const guessKey: (l: { source: string; target: string }) => string = flowKey;

/** What the graph of a view marks: incomplete nodes and guessed links. */
export interface GraphMarks {
  incomplete: ReadonlySet<string>;
  guessed: ReadonlySet<string>;
}

/** Incomplete node ids and guessed link keys of a graph (empty sets when it marks none). */
export function graphMarks(graph: ReadonlyGraphShape): GraphMarks {
  const incomplete = new Set<string>();
  const guessed = new Set<string>();
  for (const n of graph.nodes) if (n.incomplete) incomplete.add(n.id);
  for (const l of graph.links) if (l.guessed) guessed.add(guessKey(l));
  return { incomplete, guessed };
}

/**
 * When the ministry's drawn sum exceeds the sheet's 執行額: the sentence saying so (formatted
 * in the sheet's unit), else null. Never silent: any excess, however small, is said.
 */
export function overExecuted(drawn: number | null, executed: Graph['executed'], unit: string, lang: Lang): string | null {
  if (drawn === null || !executed || !(drawn > executed.amount)) return null;
  return inLang(lang, 'flow', flow).overExecuted(formatAmount(executed.amount, unit, lang));
}

/**
 * Marks the descriptions of a view's nodes (in place): an incomplete node's accessible name and
 * tooltip say its total is partial; the ministry's say when its drawn sum exceeds the 執行額.
 * Returns what each marked node's label adds to its name ("(一部)", "⚠執行額超").
 */
export function markInfos(
  infos: Map<string, NodeInfo>,
  marks: GraphMarks,
  executed: Graph['executed'],
  unit: string,
  lang: Lang,
): Map<string, string> {
  const s = inLang(lang, 'flow', flow);
  const suffix = new Map<string, string>();
  for (const [id, info] of infos) {
    const notes: string[] = [];
    let add = '';
    if (marks.incomplete.has(id)) {
      notes.push(s.partialNote);
      add += s.partialSuffix;
    }
    const over = isMinistry(id) ? overExecuted(info.amount, executed, unit, lang) : null;
    if (over) {
      notes.push(over);
      add += ` ${s.overShort}`;
    }
    if (!notes.length) continue;
    infos.set(id, { ...info, notes: [...(info.notes ?? []), ...notes], accessibleName: [info.accessibleName, ...notes].join(s.listSep) });
    suffix.set(id, add);
  }
  return suffix;
}

/** A guessed band's mark: a dashed line along its middle (drawn over the band, not hit-tested). */
export function guessMarkup(path: string): string {
  return `<path class="guess-mark" d="${esc(path)}"/>`;
}
