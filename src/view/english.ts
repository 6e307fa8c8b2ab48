/**
 * Every English dictionary of the app's strings modules, by the key each module asks
 * src/i18n/english.svelte.ts for. One on-demand chunk in the app (src/start.ts); imported
 * directly where there is no start-up budget (the element build, tests).
 */
import { en as ui } from '../i18n/ui.en.ts';
import { en as shell } from './shell/strings.en.ts';
import { en as panels } from './panels/strings.en.ts';
import { en as flow } from './flowStrings.en.ts';

export const englishDicts = { ui, shell, panels, flow };
