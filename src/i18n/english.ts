/**
 * The English sections of the catalog the UI switches by language, for src/i18n/english.svelte.ts.
 * One on-demand chunk in the app (src/start.ts); imported directly where there is no start-up
 * budget (the element build, tests). Its type makes it list every such section.
 */
import type { EnglishDicts } from './english.svelte.ts';
import { ui, flow, shell, panels, table, rs, project, structure, compare, byRecipient, present, share, tooltip, embed, notes, yearFlow, yearPanel, nodeNames } from './catalog/en.ts';

export const englishDicts: EnglishDicts = { ui, flow, shell, panels, table, rs, project, structure, compare, byRecipient, present, share, tooltip, embed, notes, yearFlow, yearPanel, nodeNames };
