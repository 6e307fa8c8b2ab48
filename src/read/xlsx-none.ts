/**
 * Stands in for xlsx.ts in the `<fund-flow-sankey>` build (vite.element.config.ts): the
 * element is one IIFE file that cannot load a chunk on demand, and read-excel-file would
 * add a third to it. A workbook given to the element is refused with a message instead.
 */
import { XLSX_NOT_BUILT } from './decode.ts';

export async function xlsxToText(_bytes: Uint8Array): Promise<string> {
  throw new Error(XLSX_NOT_BUILT);
}
