export { analyze, type AnalyzeOptions } from './analyze.ts';
