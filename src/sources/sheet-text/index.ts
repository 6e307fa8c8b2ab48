export { parseSheet, emptySheet, type ParseResult } from './parseSheet.ts';
export { parseNumber, eraYear, type NumberCell } from './numbers.ts';
export { normalizeName, coreName, shortName } from '../../contract/names.ts';
