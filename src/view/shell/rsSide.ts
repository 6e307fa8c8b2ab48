/**
 * The RSシステム side panels (issue #11, year #14), in one on-demand chunk: the project list and
 * the year panel (year overview, payee search, competition lens, year comparison). They are
 * always shown together, so App mounts them from one import.
 */
export { default as ProjectList } from '../panels/ProjectList.svelte';
export { default as YearPanel } from '../panels/YearPanel.svelte';
