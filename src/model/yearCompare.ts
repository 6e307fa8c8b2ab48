/**
 * year (#14): one project across two 事業年度 (linked by 予算事業ID): per block (by id) and per
 * payee (by 法人番号, else by normalised name) the amounts of each year and what changed. Pure.
 */
import type { Block, ParseOutput, Recipient } from '../contract/schema.ts';
import type { BlockChange, ChangeKind, PayeeChange, ProjectComparison } from '../contract/year.ts';
import { normalizeName } from '../contract/names.ts';
import { subtract } from '../util/decimal.ts';
import type { DeepReadonly } from '../contract/readonly.ts';

const blockAmount = (b: Block | undefined): number | null => (!b || b.amountKnown === false ? null : b.total);
const payeeAmount = (r: Recipient | undefined): number | null => (!r || r.amountKnown === false ? null : r.amount);

/** Block ids in sheet order: A … Z, then AA, AB … */
const byId = (a: string, b: string): number => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);

function change(before: number | null, after: number | null, present: [boolean, boolean], renamed: boolean): Pick<BlockChange, 'delta' | 'percent' | 'kind'> {
  const delta = before !== null && after !== null ? subtract(after, before) : null;
  const percent = delta !== null && before !== null && before !== 0 ? Math.round((delta / before) * 100 * 1e4) / 1e4 : null;
  let kind: ChangeKind;
  if (!present[0]) kind = 'new';
  else if (!present[1]) kind = 'gone';
  else if (renamed) kind = 'renamed';
  else if (delta === null) kind = 'unknown';
  else kind = delta > 0 ? 'up' : delta < 0 ? 'down' : 'same';
  return { delta, percent, kind };
}

/** The key a payee is matched by: its 法人番号, else its normalised name (the n-th of a key gets `#n`). */
export function payeeKeys<R extends DeepReadonly<Recipient>>(recipients: readonly R[]): Map<string, R> {
  const out = new Map<string, R>();
  for (const r of recipients) {
    const base = r.corporateNumber ? `cn:${r.corporateNumber}` : `name:${normalizeName(r.name)}`;
    let k = base;
    for (let n = 2; out.has(k); n++) k = `${base}#${n}`;
    out.set(k, r);
  }
  return out;
}

function comparePayees(a: readonly Recipient[], b: readonly Recipient[]): PayeeChange[] {
  const before = payeeKeys(a);
  const after = payeeKeys(b);
  const out: PayeeChange[] = [];
  const row = (k: string, x: Recipient | undefined, y: Recipient | undefined): PayeeChange => {
    const r = (y ?? x) as Recipient;
    const renamed = !!x && !!y && normalizeName(x.name) !== normalizeName(y.name);
    return {
      key: k,
      name: r.name,
      previousName: renamed && x ? x.name : null,
      corporateNumber: r.corporateNumber,
      before: payeeAmount(x),
      after: payeeAmount(y),
      ...change(payeeAmount(x), payeeAmount(y), [before.has(k), after.has(k)], renamed),
      beforeLine: x?.line ?? null,
    };
  };
  for (const [k, y] of after) out.push(row(k, before.get(k), y));
  for (const [k, x] of before) if (!after.has(k)) out.push(row(k, x, undefined));
  return out;
}

/** `a` is the earlier year, `b` the later one. */
export function compareProjects(a: ParseOutput, b: ParseOutput): ProjectComparison {
  const ba = new Map(a.sheet.blocks.map((x) => [x.id, x]));
  const bb = new Map(b.sheet.blocks.map((x) => [x.id, x]));
  const ids = [...new Set([...ba.keys(), ...bb.keys()])].sort(byId);
  const funders = (o: ParseOutput, id: string): string[] => [...new Set(o.sheet.flows.filter((f) => f.to === id).map((f) => f.from))];
  const blocks: BlockChange[] = ids.map((id) => {
    const x = ba.get(id);
    const y = bb.get(id);
    const nx = x?.name ?? null;
    const ny = y?.name ?? null;
    const renamed = !!x && !!y && nx !== null && ny !== null && normalizeName(nx) !== normalizeName(ny);
    return {
      id,
      name: ny ?? nx,
      previousName: renamed ? nx : null,
      before: blockAmount(x),
      after: blockAmount(y),
      ...change(blockAmount(x), blockAmount(y), [!!x, !!y], renamed),
      beforeLine: x?.line ?? null,
      fundedBy: funders(x ? a : b, id),
      payees: comparePayees(x?.recipients ?? [], y?.recipients ?? []),
    };
  });
  const years = new Map<number, ProjectComparison['budget'][number]>();
  const put = (side: 'before' | 'after', list: ParseOutput['sheet']['budget']): void => {
    for (const y of list) {
      if (y.request) continue;
      const e = years.get(y.year) ?? { year: y.year, before: null, after: null };
      e[side] = { total: y.total, executed: y.executed };
      years.set(y.year, e);
    }
  };
  put('before', a.sheet.budget);
  put('after', b.sheet.budget);
  return {
    projectNumber: b.sheet.projectNumber ?? a.sheet.projectNumber,
    before: { sheetYear: a.sheet.sheetYear, projectName: a.sheet.projectName },
    after: { sheetYear: b.sheet.sheetYear, projectName: b.sheet.projectName },
    blocks,
    budget: [...years.values()].sort((p, q) => p.year - q.year),
  };
}
