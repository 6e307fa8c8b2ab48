export * from './schema.ts';
export { analyze, type AnalyzeOptions } from './analyze.ts';
export { drillDown } from './drilldown.ts';
export { byRecipient, type MergedRecipient } from './byRecipient.ts';
export { contractFamily, passesMoneyOn } from './contract.ts';
export { blockLabel, blockFamilies, mergedRecipients, isKept, passedOn, recipientKey } from './blocks.ts';
export { buildGraph } from './graph.ts';
export { inferParents, applyOverrides } from './parents.ts';
export { recipientsCsv, CSV_COLUMNS } from './csv.ts';
