/**
 * The parts of the page drawn after the first diagram, in one on-demand chunk: side
 * panels (loader, findings, structure, budget), the lens legend and the print summary
 * (the by-recipient view loads when that view is picked). App loads it right after the first frame; printing needs the
 * summary synchronously, so it is here (loaded by then) rather than behind its own import.
 */
export { default as SheetLoader } from '../panels/SheetLoader.svelte';
export { default as FindingsPanel } from '../panels/FindingsPanel.svelte';
export { default as StructureEditor } from '../panels/StructureEditor.svelte';
export { default as BudgetChart } from '../panels/BudgetChart.svelte';
export { default as Legend } from '../panels/Legend.svelte';
export { default as PrintSummary } from './PrintSummary.svelte';
