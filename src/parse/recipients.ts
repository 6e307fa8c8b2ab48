/**
 * 支出先上位10者リスト: per block a heading ("A." / "B"), a column-header row
 * (支出先, 法人番号, 業務概要, 支出額, 契約方式等, 入札者数, 落札率, 理由) and ranked rows.
 * Columns are found by their header text, so reordered or renamed columns still read.
 */
import type { Diagnostic, Recipient } from '../model/schema.ts';
import { diag } from '../i18n/messages.ts';
import { contractFamily } from '../model/contract.ts';
import { corporateNumberStatus } from '../util/corporateNumber.ts';
import { compact, type Line } from './text.ts';
import { parseNumber } from './numbers.ts';

/** Cell index of each list column; -1 where the sheet lacks it. */
export interface ListColumns {
  rank: number;
  name: number;
  corporateNumber: number;
  description: number;
  amount: number;
  contractType: number;
  bidders: number;
  awardRate: number;
  reason: number;
}

const COLUMN_PATTERNS: [keyof ListColumns, RegExp][] = [
  ['name', /^(?:支出先|支出先名|相手先|契約相手方)/],
  ['corporateNumber', /法人番号/],
  ['description', /業務概要|業務内容|概要/],
  ['amount', /支出額|契約額|金額/],
  ['contractType', /契約方式|契約形態/],
  ['bidders', /入札者数|応募者数/],
  ['awardRate', /落札率/],
  ['reason', /理由|改善策/],
];

/** Column indices from a list header row, or null when the row is not one. */
export function listColumns(line: Line): ListColumns | null {
  if (!/支出先|相手先|契約相手/.test(line.text)) return null;
  const cols: ListColumns = { rank: -1, name: -1, corporateNumber: -1, description: -1, amount: -1, contractType: -1, bidders: -1, awardRate: -1, reason: -1 };
  line.cells.forEach((cell, i) => {
    const c = compact(cell);
    for (const [key, re] of COLUMN_PATTERNS) {
      if (cols[key] === -1 && re.test(c)) {
        cols[key] = i;
        break;
      }
    }
  });
  if (cols.name < 0 || (cols.amount < 0 && cols.corporateNumber < 0)) return null;
  // The rank sits in the (usually unlabelled) cell before the first named column.
  const firstNamed = Math.min(...Object.values(cols).filter((i) => i >= 0));
  const labelled = line.cells.findIndex((c) => /^(?:順位|No\.?|#)$/i.test(compact(c)));
  cols.rank = labelled >= 0 ? labelled : firstNamed - 1;
  return cols;
}

/** Block letter of a list heading line ("A.", "B", "Cブロック"), or null. */
export function listHeading(line: Line): string | null {
  const cells = line.filled;
  if (cells.length !== 1) return null;
  const m = /^([A-Z])\s*(?:[.:]|ブロック)?$/.exec(cells[0]?.v ?? '');
  return m?.[1] ?? null;
}

/** Block letter in the first cell of a list header row ("A  支出先  法人番号 …"), or null. */
export function headerRowBlock(line: Line): string | null {
  const first = line.filled[0];
  const m = first ? /^([A-Z])\s*[.:]?$/.exec(first.v) : null;
  return m?.[1] ?? null;
}

const CORPORATE = /^\d{13}$/;

/**
 * Reads one ranked row. Returns null for lines that are not rows (notes, blank);
 * a row that starts like one but cannot be read gives a warning naming its line.
 */
export function readRecipient(line: Line, cols: ListColumns, previousRank: number, block: string, diagnostics: Diagnostic[]): Recipient | null {
  const cells = line.filled;
  const first = cells[0];
  if (!first) return null;
  const rankMatch = /^(\d{1,4})\.?$/.exec(first.v);
  // Dropped leading cells shift the row left: align the rank cell with the rank column.
  const shift = rankMatch ? first.i - Math.max(cols.rank, 0) : 0;
  const at = (col: number): string => (col < 0 ? '' : (line.cells[col + shift] ?? ''));
  const name = at(cols.name);
  const amountText = at(cols.amount);
  const amount = parseNumber(amountText);
  if (!rankMatch) {
    // Not a ranked row; read it only if it clearly has a name and an amount in place.
    if (!name || amount.kind !== 'value' || cols.rank < 0 || line.cells[cols.rank] !== '') return null;
  }
  const rank = rankMatch ? Number(rankMatch[1]) : previousRank + 1;
  const extra = { blockId: block, rank };
  if (!name) {
    diagnostics.push(diag('warning', 'BAD_ROW', line.no, {
      what_ja: `ブロック${block}の支出先の行`, what_en: `a recipient row of block ${block}`,
      expected_ja: '支出先名と支出額', expected_en: 'a recipient name and an amount',
    }, { ...extra, column: cols.name + shift + 1 }));
    return null;
  }
  if (amount.kind !== 'value') {
    diagnostics.push(diag('warning', 'BAD_AMOUNT', line.no, { text: amountText || '(空欄)' }, { ...extra, column: cols.amount + shift + 1 }));
    return null;
  }
  const corpText = at(cols.corporateNumber).replace(/[\s-]/g, '');
  const corporateNumber = corpText === '' || /^(?:-|―|なし)$/.test(at(cols.corporateNumber)) ? null : corpText;
  const contractType = at(cols.contractType) || null;
  return {
    rank, name,
    corporateNumber,
    corporateNumberValid: corporateNumber === null ? null : CORPORATE.test(corporateNumber) && corporateNumberStatus(corporateNumber).valid,
    description: at(cols.description),
    amount: amount.value,
    contractType: contractType === '-' ? null : contractType,
    contractFamily: contractFamily(contractType),
    bidders: intOrNull(at(cols.bidders), line, '入札者数', cols.bidders + shift, diagnostics),
    awardRate: numberOrWarn(at(cols.awardRate), line, '落札率', cols.awardRate + shift, diagnostics),
    reason: nonDash(at(cols.reason)),
    line: line.no,
  };
}

function nonDash(v: string): string | null {
  return v === '' || /^[-―—]$/.test(v) ? null : v;
}

function numberOrWarn(text: string, line: Line, field: string, col: number, diagnostics: Diagnostic[]): number | null {
  const n = parseNumber(text);
  if (n.kind === 'invalid') diagnostics.push(diag('warning', 'BAD_NUMBER', line.no, { field, text }, { column: col + 1 }));
  return n.kind === 'value' ? n.value : null;
}

function intOrNull(text: string, line: Line, field: string, col: number, diagnostics: Diagnostic[]): number | null {
  const v = numberOrWarn(text, line, field, col, diagnostics);
  return v === null ? null : Number.isInteger(v) ? v : null;
}
