/**
 * year (#14): every project of the year store in the lean form the year model needs (blocks,
 * which of them the ministry pays, payees with their contract families, competition amounts),
 * read from the stored 5-1, 5-2 and 5-4 records only — no diagnostics, no 5-3/2-1. Linear in the
 * rows; pure; never throws on data (unreadable numbers read as null).
 */
import type { ContractFamily } from '../../contract/schema.ts';
import type { YearBlock, YearPayee, YearProject } from '../../contract/year.ts';
import { contractFamily } from '../../contract/families.ts';
import { sum } from '../../util/decimal.ts';
import { eachRow } from './summary.ts';
import { PLACEHOLDER_CORPORATE_NUMBER, blockId, bool, corporateNumber, number, text } from './values.ts';
import type { RsProjectStore, RsYear } from './types.ts';

const num = (cell: string): number | null => {
  const n = number(cell);
  return n.ok ? n.value : null;
};

interface PayeeAcc extends YearPayee { cn: string }

/** The projects of the store (all 事業年度, or only `sheetYear`), in the order of `year.projects`. */
export function yearProjects(year: RsYear, sheetYear?: number): YearProject[] {
  const out: YearProject[] = [];
  for (const s of year.projects) {
    if (sheetYear !== undefined && s.sheetYear !== sheetYear) continue;
    const p = year.store[`${s.projectNumber}:${s.sheetYear}`];
    if (p) out.push(yearProject(year, p, s.total));
  }
  return out;
}

function yearProject(year: RsYear, p: RsProjectStore, total: number | null): YearProject {
  const blocks = new Map<string, YearBlock & { list: PayeeAcc[] }>();
  const block = (id: string) => {
    let b = blocks.get(id);
    if (!b) {
      b = { id, name: null, amount: null, direct: false, payees: [], list: [] };
      blocks.set(id, b);
    }
    return b;
  };
  const contracted: number[] = [];
  const singleBid: number[] = [];
  const discretionary: number[] = [];
  let count = 0;
  eachRow(year, p.tables['5-1'], '5-1', (row) => {
    const id = blockId(row.get('block'));
    if (id === '') return;
    const b = block(id);
    const payee = text(row.get('payee'));
    const cn = corporateNumber(row.get('corporateNumber'));
    const payeeTotal = num(row.get('payeeTotal'));
    const type = text(row.get('contractType'));
    const amountCell = text(row.get('amount'));
    const isContract = type !== '' || amountCell !== '' || text(row.get('description')) !== '';
    if (payee === '' && cn === '' && payeeTotal === null && !isContract) {
      const name = text(row.get('blockName'));
      const stated = num(row.get('blockTotal'));
      if (name !== '') b.name = name;
      if (stated !== null) b.amount = stated;
      return;
    }
    const last = b.list.at(-1);
    let owner = last && last.name === payee && last.cn === cn ? last : undefined;
    if (payeeTotal !== null || !owner) {
      owner = {
        name: payee, cn, corporateNumber: cn === '' || cn === PLACEHOLDER_CORPORATE_NUMBER ? null : cn, amount: payeeTotal, families: [],
        isOther: bool(row.get('other')) === true || payee.normalize('NFKC').replace(/\s+/g, '') === 'その他',
      };
      b.list.push(owner);
    }
    if (!isContract) return;
    const family: ContractFamily = contractFamily(type || null);
    if (!owner.families.includes(family)) owner.families.push(family);
    count++;
    const amount = num(amountCell);
    if (amount === null) return;
    contracted.push(amount);
    const bidders = num(row.get('bidders'));
    if ((family === 'competitive' || family === 'open-call') && bidders === 1) singleBid.push(amount);
    if (family === 'discretionary') discretionary.push(amount);
  });
  // 5-4 (multi-year contracts): their payees and families join the block; their 契約額 span several
  // years, so they are left out of the competition amounts (those are 5-1's, one year).
  eachRow(year, p.tables['5-4'], '5-4', (row) => {
    const id = blockId(row.get('block'));
    const payee = text(row.get('payee'));
    if (id === '' || payee === '') return;
    const b = block(id);
    const cn = corporateNumber(row.get('corporateNumber'));
    const family: ContractFamily = contractFamily(text(row.get('contractType')) || null);
    let owner = b.list.find((x) => x.cn === cn && x.name === payee);
    if (!owner) {
      owner = { name: payee, cn, corporateNumber: cn === '' || cn === PLACEHOLDER_CORPORATE_NUMBER ? null : cn, amount: null, families: [], isOther: false };
      b.list.push(owner);
    }
    if (!owner.families.includes(family)) owner.families.push(family);
  });
  const direct: number[] = [];
  eachRow(year, p.tables['5-2'], '5-2', (row) => {
    const to = blockId(row.get('toBlock'));
    const from = blockId(row.get('fromBlock'));
    if (to !== '') {
      if (bool(row.get('fromMinistry')) === true || from === '') block(to).direct = true;
    } else if (from === '') {
      const d = num(row.get('directAmount'));
      if (d !== null) direct.push(d);
    }
  });
  return {
    projectNumber: p.projectNumber, projectName: p.projectName, ministry: p.ministry, sheetYear: p.sheetYear, total,
    directCost: direct.length ? sum(direct) : null,
    blocks: [...blocks.values()].map(({ list, ...b }) => ({ ...b, payees: list.map(({ cn: _cn, ...x }) => x) })),
    competition: { contracted: sum(contracted), singleBid: sum(singleBid), discretionary: sum(discretionary), count },
  };
}
