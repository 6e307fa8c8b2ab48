/**
 * year (#14): every project in the lean form the year model needs (blocks, which of them the
 * ministry pays, payees with their contract families, competition amounts), gathered in the
 * reading pass itself (summary.ts `accumulate` hands each 5-1, 5-2 and 5-4 record here), so the
 * year overview costs no second parse. No diagnostics (opening a project reports those); numbers
 * that cannot be read count as absent. Pure; never throws on data.
 */
import type { ContractFamily } from '../../contract/schema.ts';
import type { YearBlock, YearPayee, YearProject } from '../../contract/year.ts';
import { contractFamily } from '../../contract/families.ts';
import { sum } from '../../util/decimal.ts';
import type { RsTable } from './columns.ts';
import { PLACEHOLDER_CORPORATE_NUMBER, blockId, bool, corporateNumber, number, text } from './values.ts';
import type { RsProjectStore, RsYear } from './types.ts';

const num = (cell: string): number | null => {
  const n = number(cell);
  return n.ok ? n.value : null;
};

interface PayeeAcc extends YearPayee { cn: string }
interface BlockAcc extends YearBlock { list: PayeeAcc[] }

/** What one project's records add up to, while they are read. */
export interface LeanBuild {
  blocks: Map<string, BlockAcc>;
  contracted: number[];
  singleBid: number[];
  discretionary: number[];
  count: number;
  direct: number[];
}

export function newLean(): LeanBuild {
  return { blocks: new Map(), contracted: [], singleBid: [], discretionary: [], count: 0, direct: [] };
}

function blockOf(l: LeanBuild, id: string): BlockAcc {
  let b = l.blocks.get(id);
  if (!b) {
    b = { id, name: null, amount: null, direct: false, payees: [], list: [] };
    l.blocks.set(id, b);
  }
  return b;
}

/** "その他" with any spacing (NFKC leaves its kana and kanji as they are). */
const OTHER = /^[\s\u3000]*そ[\s\u3000]*の[\s\u3000]*他[\s\u3000]*$/;

const payeeOf = (name: string, cn: string, amount: number | null, isOther: boolean): PayeeAcc => ({
  name, cn, corporateNumber: cn === '' || cn === PLACEHOLDER_CORPORATE_NUMBER ? null : cn, amount, families: [], isOther,
});

/** Adds one record (`get(field)` reads its cells) of table 5-1, 5-2 or 5-4; other tables are ignored. */
export function leanRecord(l: LeanBuild, table: RsTable, get: (field: string) => string): void {
  if (table === '5-1') lean51(l, get);
  else if (table === '5-2') lean52(l, get);
  else if (table === '5-4') lean54(l, get);
}

function lean51(l: LeanBuild, get: (field: string) => string): void {
  const id = blockId(get('block'));
  if (id === '') return;
  const b = blockOf(l, id);
  const payee = text(get('payee'));
  const cn = corporateNumber(get('corporateNumber'));
  const payeeTotal = num(get('payeeTotal'));
  const type = text(get('contractType'));
  const amountCell = text(get('amount'));
  const isContract = type !== '' || amountCell !== '' || text(get('description')) !== '';
  if (payee === '' && cn === '' && payeeTotal === null && !isContract) {
    const name = text(get('blockName'));
    const stated = num(get('blockTotal'));
    if (name !== '') b.name = name;
    if (stated !== null) b.amount = stated;
    return;
  }
  const last = b.list.at(-1);
  let owner = last && last.name === payee && last.cn === cn ? last : undefined;
  if (payeeTotal !== null || !owner) {
    owner = payeeOf(payee, cn, payeeTotal, bool(get('other')) === true || OTHER.test(payee));
    b.list.push(owner);
  }
  if (!isContract) return;
  const family: ContractFamily = contractFamily(type || null);
  if (!owner.families.includes(family)) owner.families.push(family);
  l.count++;
  const amount = num(amountCell);
  if (amount === null) return;
  l.contracted.push(amount);
  // 一者応札・一者応募: a competitive or open call with one bidder.
  if ((family === 'competitive' || family === 'open-call') && num(get('bidders')) === 1) l.singleBid.push(amount);
  if (family === 'discretionary') l.discretionary.push(amount);
}

/** 5-4 (multi-year contracts): payees and families join the block; their 契約額 span several years, so they stay out of the competition amounts (5-1's, one year). */
function lean54(l: LeanBuild, get: (field: string) => string): void {
  const id = blockId(get('block'));
  const payee = text(get('payee'));
  if (id === '' || payee === '') return;
  const b = blockOf(l, id);
  const cn = corporateNumber(get('corporateNumber'));
  const family: ContractFamily = contractFamily(text(get('contractType')) || null);
  let owner = b.list.find((x) => x.cn === cn && x.name === payee);
  if (!owner) {
    owner = payeeOf(payee, cn, null, false);
    b.list.push(owner);
  }
  if (!owner.families.includes(family)) owner.families.push(family);
}

function lean52(l: LeanBuild, get: (field: string) => string): void {
  const to = blockId(get('toBlock'));
  const from = blockId(get('fromBlock'));
  if (to !== '') {
    if (bool(get('fromMinistry')) === true || from === '') blockOf(l, to).direct = true;
  } else if (from === '') {
    const d = num(get('directAmount'));
    if (d !== null) l.direct.push(d);
  }
}

/** The project's year-model entry; `total` as its ProjectSummary. */
export function leanProject(p: RsProjectStore, l: LeanBuild, total: number | null): YearProject {
  return {
    projectNumber: p.projectNumber, projectName: p.projectName, ministry: p.ministry, sheetYear: p.sheetYear, total,
    directCost: l.direct.length ? sum(l.direct) : null,
    blocks: [...l.blocks.values()].map((b) => ({
      id: b.id, name: b.name, amount: b.amount, direct: b.direct,
      payees: b.list.map((x) => ({ name: x.name, corporateNumber: x.corporateNumber, amount: x.amount, families: x.families, isOther: x.isOther })),
    })),
    competition: { contracted: sum(l.contracted), singleBid: sum(l.singleBid), discretionary: sum(l.discretionary), count: l.count },
  };
}

/** The projects of the year read (all 事業年度, or only `sheetYear`), in the order of `year.projects`. */
export function yearProjects(year: RsYear, sheetYear?: number): YearProject[] {
  const out: YearProject[] = [];
  for (const s of year.projects) {
    if (sheetYear !== undefined && s.sheetYear !== sheetYear) continue;
    const p = year.lean?.[`${s.projectNumber}:${s.sheetYear}`];
    if (p) out.push(p);
  }
  return out;
}
