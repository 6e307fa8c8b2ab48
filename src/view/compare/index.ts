/**
 * year (#14, compare): everything of a project compared across 事業年度 on the page, as one
 * on-demand chunk — the year switch (CompareBar), the budget of both years (BudgetCompare) and
 * the diagram's marks (compareScene.ts, given to flowScene.ts by FlowView). One chunk, one name
 * in the start-up code's preload lists.
 */
export { default as CompareBar } from './CompareBar.svelte';
export { default as BudgetCompare } from './BudgetCompare.svelte';
export { prepare, markInfos } from './compareScene.ts';
