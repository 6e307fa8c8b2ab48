/** The text-sheet source: tab-separated text of a review sheet → `{ value: Sheet, diagnostics }`. */
export { parseSheet, type ParseResult } from './parseSheet.ts';
