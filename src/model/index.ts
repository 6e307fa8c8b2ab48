/** The model's public API for the CLI, the element and tests; the app imports modules directly. */
export * from '../contract/schema.ts';
export { assemble, type AssembleOptions } from './assemble.ts';
export { drillDown } from './drilldown.ts';
export { byRecipient, type MergedRecipient } from './byRecipient.ts';
export { blockLabel } from './blocks.ts';
