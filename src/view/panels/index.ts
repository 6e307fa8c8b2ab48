/**
 * Presentational panels: plain data in (schema.ts types + `lang`), callbacks out.
 * None of them uses {@html}: every sheet text is rendered as text.
 */
export { default as DetailPanel } from './DetailPanel.svelte';
export { default as RecipientPanel } from './RecipientPanel.svelte';
export { default as RecipientsTable } from './RecipientsTable.svelte';
export { default as ExpensesTable } from './ExpensesTable.svelte';
export { FAMILY_COLORS, FAMILY_ORDER, FAMILY_PALETTE, OKABE_ITO } from './palette.ts';
export { strings, type PanelStrings } from './strings.ts';
export { tableStrings, type TableStrings } from './tableStrings.ts';
export type { RecipientRow, SortKey, SortDir } from './recipients.ts';
export { isSingleBidder, isHighAwardRate, HIGH_AWARD_RATE, recipientRows } from './recipients.ts';
export { default as FindingsPanel } from './FindingsPanel.svelte';
export { default as BudgetChart } from './BudgetChart.svelte';
export { default as Legend } from './Legend.svelte';
export { MARKS } from './recipients.ts';
export { default as SheetLoader } from './SheetLoader.svelte';
export { readSheetFile, stripBom } from './readText.ts';
export { MAX_FILE_BYTES } from '../../read/limits.ts';
export { default as StructureEditor } from './StructureEditor.svelte';
export { default as TableView } from './TableView.svelte';
