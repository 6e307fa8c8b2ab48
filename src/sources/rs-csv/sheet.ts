/**
 * One project's rows → Sheet (yen): blocks and payees from 5-1 (contracts from 5-1 and 5-4),
 * 費目・使途 from 5-3, edges from 5-2, budget from 2-1, labels from 1-2. Costs only that
 * project's rows. Pure; never throws on data.
 */
import type { Block, BudgetYear, Contract, Diagnostic, ExpenseItem, Expenses, Flow, Recipient, Sheet } from '../../contract/schema.ts';
import { contractFamily } from '../../contract/families.ts';
import { coreName, normalizeName } from '../../contract/names.ts';
import { corporateNumberStatus } from '../../util/corporateNumber.ts';
import { multiply, sum } from '../../util/decimal.ts';
import type { SourceResult } from '../../contract/source.ts';
import { RS_TABLES, type RsTable } from './columns.ts';
import { rsDiag } from './diagnostics.ts';
import { boundDiagnostics } from '../../i18n/bound.ts';
import { eachRow, type RowView } from './summary.ts';
import { projectId } from './read.ts';
import { PLACEHOLDER_CORPORATE_NUMBER, blockId, bool, corporateNumber, key, number, text, textOrNull } from './values.ts';
import type { RsProjectStore, RsYear } from './types.ts';
import { DIRECT_COST, MINISTRY_ID } from '../../contract/nodeIds.ts';

const MAX_VALUE_DIAGNOSTICS = 20;

/** Which of 5-1, 5-2, 5-3, 5-4, 2-1, 1-2 were not given. */
export function missingTables(year: RsYear): RsTable[] {
  return RS_TABLES.filter((t) => !year.tables.includes(t));
}

/** An empty RS sheet, the value returned with an error. */
export function emptyRsSheet(projectNumber: string | null = null, sheetYear: number | null = null): Sheet {
  return {
    projectNumber, projectName: null, ministry: null, sheetYear, unit: '円', bureau: null, division: null,
    implementation: null, actualsYear: null, budget: [], blocks: [], flows: [], source: 'rs-csv', files: [],
  };
}

/** The store entry of a project: the given 事業年度, or the latest one the files have. */
export function findProject(year: RsYear, projectNumber: string, sheetYear?: number): RsProjectStore | null {
  const id = projectId(projectNumber);
  if (sheetYear !== undefined) return year.store[`${id}:${sheetYear}`] ?? null;
  let best: RsProjectStore | null = null;
  for (const p of year.projects) if (p.projectNumber === id && (!best || p.sheetYear > best.sheetYear)) best = year.store[`${id}:${p.sheetYear}`] ?? best;
  return best;
}

interface PayeeBuild {
  name: string;
  cn: string;
  location: string | null;
  corporateType: string | null;
  isOther: boolean;
  amount: number | null;
  line: number;
  contracts: Contract[];
}

interface BlockBuild {
  id: string;
  name: string | null;
  role: string | null;
  declared: number | null;
  stated: number | null;
  line: number;
  onlyId: boolean;
  inFile51: boolean;
  payees: PayeeBuild[];
  expenses: Expenses[];
}

/** The project's sheet and what reading its rows found. */
export function rsProjectSheet(year: RsYear, projectNumber: string, sheetYear?: number): SourceResult {
  const p = findProject(year, projectNumber, sheetYear);
  if (!p) {
    return {
      value: emptyRsSheet(projectId(projectNumber) || projectNumber, sheetYear ?? null),
      diagnostics: [rsDiag('error', 'RS_PROJECT_NOT_FOUND', 1, null, { project: projectNumber, year: sheetYear ?? '' })],
    };
  }
  return new SheetBuilder(year, p).build();
}

class SheetBuilder {
  readonly diagnostics: Diagnostic[] = [];
  readonly blocks = new Map<string, BlockBuild>();
  private valueProblems = 0;
  private ministryName: string | null = null;

  constructor(readonly year: RsYear, readonly p: RsProjectStore) {}

  file(i: number): string {
    return this.year.files[i]?.name ?? '';
  }

  /** A number cell; an unreadable one is reported (bounded) and read as null. */
  num(cell: string, field: string, line: number, file: number): number | null {
    const n = number(cell);
    if (n.ok) return n.value;
    if (this.valueProblems++ < MAX_VALUE_DIAGNOSTICS) this.diagnostics.push(rsDiag('warning', 'RS_BAD_NUMBER', line, this.file(file), { field, text: n.raw }));
    return null;
  }

  int(cell: string, field: string, line: number, file: number): number | null {
    const v = this.num(cell, field, line, file);
    return v === null ? null : Number.isInteger(v) ? v : Math.round(v);
  }

  block(id: string, line: number): BlockBuild {
    let b = this.blocks.get(id);
    if (!b) {
      b = { id, name: null, role: null, declared: null, stated: null, line, onlyId: false, inFile51: false, payees: [], expenses: [] };
      this.blocks.set(id, b);
    }
    return b;
  }

  build(): SourceResult {
    const p = this.p;
    const missing = missingTables(this.year);
    for (const t of missing) {
      this.diagnostics.push(rsDiag(t === '5-1' || t === '5-2' ? 'warning' : 'info', 'RS_TABLE_MISSING', 1, null, {
        table: t,
      }));
    }
    this.read51();
    this.read54(missing.includes('5-4'));
    this.read53();
    const flows = this.read52();
    const budget = this.read21();
    const about = this.read12();
    const blocks = [...this.blocks.values()].map((b) => this.toBlock(b));
    const files = new Set<string>();
    for (const parts of Object.values(p.tables)) for (const part of parts ?? []) files.add(this.file(part.file));
    const division = [p.department, p.division].filter((s) => s !== '').join(' ');
    const sheet: Sheet = {
      projectNumber: p.projectNumber,
      projectName: p.projectName || null,
      ministry: p.ministry || this.ministryName || p.org || null,
      sheetYear: p.sheetYear,
      unit: '円',
      bureau: p.bureau || null,
      division: division || null,
      implementation: null,
      actualsYear: p.sheetYear - 1,
      budget,
      blocks,
      flows: this.withAmounts(flows, blocks),
      source: 'rs-csv',
      files: [...files],
      ...(about ? { about } : {}),
    };
    // At most 100 findings per code (hundreds of blocks named only in 5-2, rows without a block …), then one summary.
    return { value: sheet, diagnostics: boundDiagnostics(this.diagnostics) };
  }

  /** 5-1: block rows, payee rows and their contract rows, in file order. */
  read51(): void {
    eachRow(this.year, this.p.tables['5-1'], '5-1', (row, line, file) => {
      const id = blockId(row.get('block'));
      const payee = text(row.get('payee'));
      const cn = corporateNumber(row.get('corporateNumber'));
      const payeeTotalCell = row.get('payeeTotal');
      const description = text(row.get('description'));
      const amountCell = row.get('amount');
      const contractType = text(row.get('contractType'));
      const otherFlag = bool(row.get('other'));
      if (id === '') {
        if (payee !== '' || text(row.get('blockName')) !== '' || text(row.get('blockTotal')) !== '')
          this.diagnostics.push(rsDiag('warning', 'RS_ROW_NO_BLOCK', line, this.file(file)));
        return;
      }
      const b = this.block(id, line);
      b.inFile51 = true;
      const hasContract = description !== '' || text(amountCell) !== '' || contractType !== '';
      const payeeTotal = this.num(payeeTotalCell, '支出先の合計支出額', line, file);
      if (payee === '' && cn === '' && payeeTotal === null && !hasContract && otherFlag === null) {
        const name = text(row.get('blockName'));
        const role = text(row.get('role'));
        const declared = this.int(row.get('declaredCount'), '支出先の数', line, file);
        const stated = this.num(row.get('blockTotal'), 'ブロックの合計支出額', line, file);
        if (name === '' && role === '' && declared === null && stated === null) { b.onlyId = true; return; }
        // A block may have two block rows (the first empty-ish): the filled values win.
        if (name !== '') b.name = name;
        if (role !== '') b.role = role;
        if (declared !== null) b.declared = declared;
        if (stated !== null) b.stated = stated;
        return;
      }
      const contract = hasContract ? this.contract51(row, line, file) : null;
      const last = b.payees.at(-1);
      // A row repeating the previous payee's identity with nothing else adds nothing (not a second payee).
      if (payeeTotal === null && !contract && last && last.name === payee && last.cn === cn) return;
      if (payeeTotal === null && contract) {
        // A contract row: it belongs to its payee (the row before, or an earlier one of the same identity).
        const identity = payeeKey(payee, cn);
        const owner = last && ((last.name === payee && last.cn === cn) || payeeKey(last.name, last.cn) === identity) ? last : b.payees.find((x) => payeeKey(x.name, x.cn) === identity);
        if (owner) { owner.contracts.push(contract); return; }
        this.diagnostics.push(rsDiag('warning', 'RS_CONTRACT_WITHOUT_PAYEE', line, this.file(file), { name: payee }, { blockId: id }));
      }
      b.payees.push({
        name: payee, cn, location: textOrNull(row.get('location')), corporateType: textOrNull(row.get('corporateType')),
        isOther: otherFlag === true || isOtherName(payee), amount: payeeTotal, line, contracts: contract ? [contract] : [],
      });
    });
  }

  contract51(row: RowView<'5-1'>, line: number, file: number): Contract {
    const type = textOrNull(row.get('contractType'));
    const detail = textOrNull(row.get('contractDetail'));
    return {
      description: text(row.get('description')),
      amount: this.num(row.get('amount'), '金額', line, file),
      contractType: type,
      contractFamily: contractFamily(type),
      bidders: this.int(row.get('bidders'), '入札者数', line, file),
      awardRate: this.num(row.get('awardRate'), '落札率', line, file),
      reason: textOrNull(row.get('reason')),
      other: otherText(detail, bool(row.get('otherContract'))),
      line,
      file: this.file(file),
    };
  }

  /** 5-4: multi-year contracts, added to their payee (or a payee made for them, amount unknown). */
  read54(missing: boolean): void {
    eachRow(this.year, this.p.tables['5-4'], '5-4', (row, line, file) => {
      const id = blockId(row.get('block'));
      const payee = text(row.get('payee'));
      if (id === '') { this.diagnostics.push(rsDiag('warning', 'RS_ROW_NO_BLOCK', line, this.file(file))); return; }
      const b = this.block(id, line);
      const cn = corporateNumber(row.get('corporateNumber'));
      const type = textOrNull(row.get('contractType'));
      const contract: Contract = {
        description: text(row.get('description')),
        amount: this.num(row.get('amount'), '契約額', line, file),
        contractType: type,
        contractFamily: contractFamily(type),
        bidders: this.int(row.get('bidders'), '入札者数', line, file),
        awardRate: this.num(row.get('awardRate'), '落札率', line, file),
        reason: textOrNull(row.get('reason')),
        other: otherText(textOrNull(row.get('contractDetail')), bool(row.get('otherContract'))),
        multiYear: true,
        line,
        file: this.file(file),
      };
      const identity = payeeKey(payee, cn);
      const owner = b.payees.find((x) => payeeKey(x.name, x.cn) === identity);
      if (owner) { owner.contracts.push(contract); return; }
      b.payees.push({
        name: payee, cn, location: textOrNull(row.get('location')), corporateType: textOrNull(row.get('corporateType')),
        isOther: isOtherName(payee), amount: null, line, contracts: [contract],
      });
    });
    for (const b of this.blocks.values()) {
      if (b.onlyId) this.diagnostics.push(rsDiag('info', 'RS_BLOCK_ONLY_ID', b.line, this.file(this.p.tables['5-1']?.[0]?.file ?? -1), { block: b.id, missing: missing ? 1 : '' }, { blockId: b.id }));
    }
  }

  /** 5-3: 費目・使途 of the payees it names, one table per (block, payee). */
  read53(): void {
    const tables = new Map<string, { block: BlockBuild; e: Expenses; file: number; cn: string }>();
    eachRow(this.year, this.p.tables['5-3'], '5-3', (row, line, file) => {
      const id = blockId(row.get('block'));
      if (id === '') { this.diagnostics.push(rsDiag('warning', 'RS_ROW_NO_BLOCK', line, this.file(file))); return; }
      const payee = text(row.get('payee'));
      const cn = corporateNumber(row.get('corporateNumber'));
      const k = `${id}\u0000${payeeKey(payee, cn)}`;
      let t = tables.get(k);
      if (!t) {
        const block = this.block(id, line);
        t = { block, e: { recipient: payee, matchedRanks: [], total: null, items: [], line }, file, cn };
        tables.set(k, t);
        block.expenses.push(t.e);
      }
      const amount = this.num(row.get('amount'), '金額', line, file);
      if (amount === null) return;
      const item: ExpenseItem = { category: text(row.get('category')), purpose: text(row.get('purpose')), amount, line };
      t.e.items.push(item);
    });
    for (const { block, e, file, cn } of tables.values()) {
      const wanted = normalizeName(e.recipient);
      const number = cn === PLACEHOLDER_CORPORATE_NUMBER ? '' : cn;
      let ranks = block.payees.map((x, i) => ({ x, rank: i + 1 })).filter(({ x }) => (number !== '' && x.cn === number) || normalizeName(x.name) === wanted).map((r) => r.rank);
      if (ranks.length === 0) ranks = block.payees.map((x, i) => ({ x, rank: i + 1 })).filter(({ x }) => coreName(x.name) === coreName(e.recipient)).map((r) => r.rank);
      e.matchedRanks = ranks;
      if (ranks.length === 0) this.diagnostics.push(rsDiag('warning', 'RS_EXPENSES_UNMATCHED', e.line, this.file(file), { block: block.id, name: e.recipient }, { blockId: block.id }));
    }
  }

  /** 5-2: ministry → block, block → block, ministry → direct cost; blocks named only here are kept. */
  read52(): Flow[] {
    const flows: Flow[] = [];
    const seen = new Set<string>();
    eachRow(this.year, this.p.tables['5-2'], '5-2', (row, line, file) => {
      const from = blockId(row.get('fromBlock'));
      const to = blockId(row.get('toBlock'));
      const fromMinistry = bool(row.get('fromMinistry'));
      const f = this.file(file);
      if (to === '' && from === '') {
        const category = text(row.get('direct'));
        const item = text(row.get('directItem'));
        const amount = this.num(row.get('directAmount'), '国自らが支出する間接経費の金額', line, file);
        if (category === '' && item === '' && amount === null) return;
        flows.push({ from: MINISTRY_ID, to: DIRECT_COST, amount, note: item || category || null, inferred: false, line, file: f });
        return;
      }
      if (to === '') { this.diagnostics.push(rsDiag('warning', 'RS_ROW_NO_BLOCK', line, f)); return; }
      const source = fromMinistry === true || from === '' ? MINISTRY_ID : from;
      if (source === MINISTRY_ID) this.ministryName ??= textOrNull(row.get('fromName'));
      for (const [id, name] of [[to, text(row.get('toName'))], ...(source === MINISTRY_ID ? [] : [[from, text(row.get('fromName'))]])] as [string, string][]) {
        if (!this.blocks.has(id)) {
          const b = this.block(id, line);
          // A 5-2 name like "Cブロック" says nothing the id does not.
          if (name !== '' && name !== `${id}ブロック`) b.name = name;
          this.diagnostics.push(rsDiag('info', 'RS_BLOCK_NO_ROWS', line, f, { block: id }, { blockId: id }));
        }
      }
      const k = `${source}\u0000${to}`;
      if (seen.has(k)) return;
      seen.add(k);
      flows.push({ from: source, to, amount: null, note: textOrNull(row.get('note')), inferred: false, line, file: f });
    });
    return flows;
  }

  /** Edge amounts: the target's total when it has one inflow and a known amount; else null. */
  withAmounts(flows: Flow[], blocks: Block[]): Flow[] {
    const byId = new Map(blocks.map((b) => [b.id, b]));
    const sources = new Map<string, string[]>();
    for (const f of flows) {
      if (f.to === DIRECT_COST) continue;
      const list = sources.get(f.to) ?? [];
      if (!list.includes(f.from)) list.push(f.from);
      sources.set(f.to, list);
    }
    for (const [to, list] of sources) {
      if (list.length < 2) continue;
      const b = byId.get(to);
      this.diagnostics.push(rsDiag('info', 'RS_SPLIT_NOT_GIVEN', flows.find((f) => f.to === to)?.line ?? 1, flows.find((f) => f.to === to)?.file ?? null, {
        block: to, sources: list.map((s) => (s === MINISTRY_ID ? (this.p.ministry || '府省庁') : s)).join('・'),
      }, { blockId: b ? to : null }));
    }
    return flows.map((f) => {
      if (f.to === DIRECT_COST) return f;
      const b = byId.get(f.to);
      const one = (sources.get(f.to)?.length ?? 0) === 1;
      return { ...f, amount: one && b && b.amountKnown !== false ? b.total : null };
    });
  }

  /** 2-1: one BudgetYear per 予算年度 from its summary row (never the per-account rows too). */
  read21(): BudgetYear[] {
    const years = new Map<number, BudgetYear>();
    const requests: BudgetYear[] = [];
    eachRow(this.year, this.p.tables['2-1'], '2-1', (row, line, file) => {
      const y = this.int(row.get('budgetYear'), '予算年度', line, file);
      if (y === null) return;
      const account = text(row.get('account'));
      const initialCell = text(row.get('initial'));
      const sums = ['initial', 'supplementary', 'carriedIn', 'reserve', 'total', 'executed', 'executionRate', 'carriedOut', 'request'] as const;
      const filled = sums.some((f) => text(row.get(f)) !== '');
      // The summary row: no 会計区分, some (合計) filled; per-account rows name their 会計.
      if (account !== '' || (!filled && initialCell === '')) return;
      if (years.has(y)) return;
      const rate = this.num(row.get('executionRate'), '執行率', line, file);
      const year: BudgetYear = {
        year: y, label: `${y}年度`, request: false,
        initial: this.num(row.get('initial'), '当初予算（合計）', line, file),
        supplementary: this.num(row.get('supplementary'), '補正予算（合計）', line, file),
        carriedIn: this.num(row.get('carriedIn'), '前年度からの繰越し（合計）', line, file),
        carriedOut: this.num(row.get('carriedOut'), '翌年度への繰越し（合計）', line, file),
        reserve: this.num(row.get('reserve'), '予備費等（合計）', line, file),
        total: this.num(row.get('total'), '計（歳出予算現額合計）', line, file),
        executed: this.num(row.get('executed'), '執行額（合計）', line, file),
        executionRate: rate === null ? null : multiply(rate, 100),
        executedLine: line,
      };
      years.set(y, year);
      const request = this.num(row.get('request'), '翌年度要求額（合計）', line, file);
      if (request !== null) {
        requests.push({
          year: y + 1, label: `${y + 1}年度要求`, request: true, initial: request,
          supplementary: null, carriedIn: null, carriedOut: null, reserve: null, total: null, executed: null, executionRate: null,
        });
      }
    });
    for (const r of requests) if (!years.has(r.year)) years.set(r.year, r);
    return [...years.values()].sort((a, b) => a.year - b.year);
  }

  /** 1-2: 事業概要等 (labels only). */
  read12(): Sheet['about'] {
    let about: Sheet['about'] = null;
    eachRow(this.year, this.p.tables['1-2'], '1-2', (row, line, file) => {
      if (about) return;
      about = {
        purpose: textOrNull(row.get('purpose')),
        overview: textOrNull(row.get('overview')),
        category: textOrNull(row.get('category')),
        startYear: this.int(row.get('startYear'), '事業開始年度', line, file),
        endYear: this.int(row.get('endYear'), '事業終了（予定）年度', line, file),
      };
    });
    return about;
  }

  toBlock(b: BlockBuild): Block {
    const recipients = b.payees.map((x, i) => toRecipient(x, i + 1));
    const known = b.payees.filter((x) => x.amount !== null).map((x) => x.amount as number);
    const amountKnown = b.stated !== null || known.length > 0;
    const [first, ...more] = b.expenses;
    return {
      id: b.id,
      total: b.stated ?? (known.length > 0 ? sum(known) : 0),
      recipients,
      expenses: first ?? null,
      line: b.line,
      possiblyTruncated: false,
      name: b.name,
      role: b.role,
      declaredCount: b.declared,
      statedTotal: b.stated,
      amountKnown,
      ...(more.length > 0 ? { moreExpenses: more } : {}),
    };
  }
}

/** "その他" (any width, spaces) as a payee name: many small payees in one row. */
function isOtherName(name: string): boolean {
  return name === 'その他' || (name.length <= 12 && key(name) === 'その他');
}

/** Key of a payee's identity: its 法人番号 (when real) and normalised name. */
function payeeKey(name: string, cn: string): string {
  return `${cn === PLACEHOLDER_CORPORATE_NUMBER ? '' : cn}\u0000${key(name)}`;
}

function otherText(detail: string | null, other: boolean | null): string | null {
  const parts = [detail, other ? 'その他の契約' : null].filter((s): s is string => !!s);
  return parts.length > 0 ? parts.join(' / ') : null;
}

/** The payee's main contract: the largest stated amount (the first on ties, or the first at all). */
function mainContract(contracts: readonly Contract[]): Contract | null {
  let best: Contract | null = null;
  for (const c of contracts) if (!best || (c.amount ?? -Infinity) > (best.amount ?? -Infinity)) best = c;
  return best;
}

function toRecipient(x: PayeeBuild, rank: number): Recipient {
  const main = mainContract(x.contracts);
  const placeholder = x.cn === PLACEHOLDER_CORPORATE_NUMBER;
  const cn = x.cn === '' || placeholder ? null : x.cn;
  const individual = !x.isOther && cn === null && (/個人/.test(x.name) || (placeholder && x.corporateType === null));
  return {
    rank,
    name: x.name,
    corporateNumber: cn,
    corporateNumberValid: cn === null ? null : /^\d{13}$/.test(cn) ? corporateNumberStatus(cn).valid : false,
    description: main?.description ?? '',
    amount: x.amount ?? 0,
    contractType: main?.contractType ?? null,
    contractFamily: main?.contractFamily ?? 'unknown',
    bidders: main?.bidders ?? null,
    awardRate: main?.awardRate ?? null,
    reason: main?.reason ?? null,
    line: x.line,
    contracts: x.contracts,
    isOther: x.isOther,
    individual,
    location: x.location,
    corporateType: x.corporateType,
    ...(x.amount === null ? { amountKnown: false } : {}),
  };
}
