/** Sheet text → Sheet + diagnostics. Pure, no DOM; never throws on user input. */
import type { Block, Diagnostic, Sheet } from '../../contract/schema.ts';
import { diag } from '../../i18n/messages.ts';
import { multiply, sum } from '../../util/decimal.ts';
import { binaryLine, compactCell, linesWithoutControl, toLines, type Line } from './text.ts';
import { parseHeader } from './header.ts';
import { parseBudget } from './budget.ts';
import { parseFundFlow, type RawFundFlow } from './fundflow.ts';
import { coreName, normalizeName } from '../../contract/names.ts';
import { joinQuotedCells } from './continued.ts';
import { clip } from './numbers.ts';
import { boundDiagnostics } from '../../i18n/bound.ts';

/** The parser's result: what could be read, plus everything worth saying about it. */
export interface ParseResult {
  value: Sheet;
  diagnostics: Diagnostic[];
}

const FUND_FLOW = /^資金の流れ(?:$|\()/;

/** An empty sheet, the value returned with an error. */
export function emptySheet(): Sheet {
  return {
    projectNumber: null, projectName: null, ministry: null, sheetYear: null, unit: '百万円',
    bureau: null, division: null, implementation: null, actualsYear: null, budget: [], blocks: [], flows: [], source: 'text',
  };
}

/** Index of the line that starts the fund-flow section, or -1. */
function fundFlowStart(lines: readonly Line[]): number {
  // Cells do not start with a space, so only one starting with 資 can match.
  const heading = lines.findIndex((l) => l.text.includes('資') && l.cells.some((c) => c.startsWith('資') && FUND_FLOW.test(compactCell(c))));
  if (heading >= 0) return heading;
  return lines.findIndex((l) => l.cells.some((c) => /支出先上位|^費目・(?:使途|用途)/.test(compactCell(c))));
}

function unitOf(lines: readonly Line[], start: number): string | null {
  for (const l of lines.slice(Math.max(0, start), start + 8)) {
    const m = /単位\s*[:]?\s*(百万円|千円|億円|円)/.exec(l.text);
    if (m?.[1]) return m[1];
  }
  return null;
}

/** Parses the text of one review sheet. */
export function parseSheet(input: string): ParseResult {
  const diagnostics: Diagnostic[] = [];
  const sheet = emptySheet();
  if (input.trim() === '' || input.replace(/^\uFEFF/, '').trim() === '') {
    return { value: sheet, diagnostics: [diag('error', 'EMPTY_INPUT', 1)] };
  }
  // Only an input with a control character can be binary; nearly none has one.
  let lines = linesWithoutControl(input);
  if (lines === null) {
    const binary = binaryLine(input);
    if (binary !== null) return { value: sheet, diagnostics: [diag('error', 'BINARY_INPUT', binary)] };
    lines = toLines(input);
  }
  // A quoted cell with a line break (as a spreadsheet copies it) is one cell of one line.
  if (input.includes('"')) lines = joinQuotedCells(lines);
  const start = fundFlowStart(lines);
  const header = parseHeader(start >= 0 ? lines.slice(0, start) : lines);
  if (start < 0) {
    if (!header.looksLikeSheet) return { value: sheet, diagnostics: [diag('error', 'NOT_A_SHEET', 1)] };
    const end = lines.at(-1)?.no ?? 1;
    return { value: sheet, diagnostics: [diag('error', 'NO_FUND_FLOW', end, { line: end })] };
  }
  sheet.projectNumber = header.projectNumber;
  sheet.projectName = header.projectName;
  sheet.ministry = header.ministry;
  sheet.sheetYear = header.sheetYear;
  sheet.bureau = header.bureau;
  sheet.division = header.division;
  sheet.implementation = header.implementation;
  sheet.actualsYear = header.actualsYear;
  sheet.budget = parseBudget(lines.slice(0, start), diagnostics);

  const region = lines.slice(start);
  const unit = unitOf(lines, start) ?? unitOf(lines, lines.findIndex((l) => /予算額/.test(l.text)));
  if (unit) sheet.unit = unit;
  else diagnostics.push(diag('info', 'UNIT_ASSUMED', (lines[start]?.no ?? 1)));

  const flow = parseFundFlow(region, diagnostics);
  sheet.blocks = assembleBlocks(flow, diagnostics);
  ratesAsPercent(sheet.blocks, diagnostics);
  if (!sheet.blocks.some((b) => b.recipients.length > 0)) {
    const end = lines.at(-1)?.no ?? 1;
    return { value: sheet, diagnostics: boundDiagnostics([...diagnostics, diag('error', 'NO_FUND_FLOW', end, { line: end })]) };
  }
  if (!header.projectNumber) diagnostics.push(diag('warning', 'MISSING_FIELD', 1, { field: '事業番号' }));
  if (!header.projectName) diagnostics.push(diag('warning', 'MISSING_FIELD', 1, { field: '事業名' }));
  return { value: sheet, diagnostics: boundDiagnostics(diagnostics) };
}

/**
 * 落札率 copied out of an Excel workbook come as the stored fraction (0.946) where the cell shows
 * 94.6%. When every rate of the sheet is such a fraction (above 0, at most 1, one below 1), they
 * are read as percent, and a note says so; a sheet with one rate in percent keeps them all.
 */
function ratesAsPercent(blocks: readonly Block[], diagnostics: Diagnostic[]): void {
  const rated = blocks.flatMap((b) => b.recipients.filter((r) => r.awardRate !== null));
  const rate = (r: (typeof rated)[number]): number => r.awardRate ?? 0;
  if (rated.length === 0 || !rated.every((r) => rate(r) > 0 && rate(r) <= 1) || !rated.some((r) => rate(r) < 1)) return;
  for (const r of rated) r.awardRate = multiply(rate(r), 100);
  diagnostics.push(diag('info', 'AWARD_RATE_FRACTION', rated[0]?.line ?? 1, { count: rated.length }));
}

/** Joins lists and 費目・使途 tables by block letter, in the order the lists appear. */
function assembleBlocks(flow: RawFundFlow, diagnostics: Diagnostic[]): Block[] {
  const blocks: Block[] = flow.lists.map((list) => {
    if (list.recipients.length === 0 && !list.cut && list.unreadable === 0) diagnostics.push(diag('warning', 'EMPTY_BLOCK', list.line, { block: list.block }, { blockId: list.block }));
    const total = sum(list.recipients.map((r) => r.amount));
    const block: Block = {
      id: list.block,
      total,
      recipients: list.recipients,
      expenses: null,
      line: list.line,
      possiblyTruncated: list.recipients.length === 10,
    };
    // A row that could not be read, or a file cut inside the list: the total is partial.
    if (list.unreadable > 0 || list.cut) {
      block.incomplete = true;
      if (list.unreadable > 0) diagnostics.push(diag('warning', 'BLOCK_INCOMPLETE', list.line, { block: list.block, count: list.unreadable, total }, { blockId: list.block }));
    }
    return block;
  });
  for (const table of flow.tables) {
    let block = blocks.find((b) => b.id === table.block);
    if (!block) {
      diagnostics.push(diag('warning', 'EXPENSES_WITHOUT_LIST', table.line, { block: table.block }, { blockId: table.block }));
      block = { id: table.block, total: 0, recipients: [], expenses: null, line: table.line, possiblyTruncated: false };
      blocks.push(block);
    }
    if (block.expenses) continue;
    const wanted = normalizeName(table.recipient);
    let matched = block.recipients.filter((r) => normalizeName(r.name) === wanted);
    if (matched.length === 0) matched = block.recipients.filter((r) => coreName(r.name) === coreName(table.recipient));
    if (matched.length === 0 && block.recipients.length > 0)
      diagnostics.push(diag('warning', 'EXPENSE_RECIPIENT_UNMATCHED', table.line, { block: block.id, name: clip(table.recipient) }, { blockId: block.id }));
    block.expenses = {
      recipient: table.recipient,
      matchedRanks: matched.map((r) => r.rank),
      total: table.total,
      items: table.items,
      line: table.line,
    };
  }
  return blocks;
}
