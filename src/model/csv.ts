/** Recipients as CSV: one row per recipient, block id first, every column of the list. */
import type { Sheet } from '../contract/schema.ts';

/** CSV header, in column order. */
export const CSV_COLUMNS = ['block', 'rank', 'name', 'corporateNumber', 'corporateNumberValid', 'description', 'amount', 'contractType', 'contractFamily', 'bidders', 'awardRate', 'reason', 'line'] as const;

function cell(v: string | number | boolean | null): string {
  if (v === null) return '';
  const s = String(v);
  // Quote fields with separators, quotes or line breaks; neutralise spreadsheet formulas.
  const safe = /^[=+\-@]/.test(s) && typeof v === 'string' ? `'${s}` : s;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** UTF-8 CSV text (CRLF rows); `bom` prefixes U+FEFF so Excel reads Japanese correctly. */
export function recipientsCsv(sheet: Sheet, options: { bom?: boolean; blockId?: string } = {}): string {
  const rows: string[] = [CSV_COLUMNS.join(',')];
  for (const b of sheet.blocks) {
    if (options.blockId !== undefined && b.id !== options.blockId) continue;
    for (const r of b.recipients) {
      rows.push([b.id, r.rank, r.name, r.corporateNumber, r.corporateNumberValid, r.description, r.amount, r.contractType, r.contractFamily, r.bidders, r.awardRate, r.reason, r.line].map(cell).join(','));
    }
  }
  return `${options.bom ? '\uFEFF' : ''}${rows.join('\r\n')}\r\n`;
}
