// year (#14): the year views through the RS session (what runs in the worker) and its client, on the sample's two years.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createRsSession } from '../../../src/read/rsSession.ts';
import { createRsClient } from '../../../src/state/rsClient.ts';
import type { Overview } from '../../../src/model/yearOverview.ts';
import type { PayeeFound } from '../../../src/read/yearSession.ts';
import type { ProjectComparison } from '../../../src/contract/year.ts';

const filesOf = (dir: string) => {
  const d = new URL(`../../${dir}/`, import.meta.url);
  return readdirSync(d).filter((n) => n.endsWith('.csv')).sort().map((name) => ({ name, data: new Uint8Array(readFileSync(new URL(name, d))) }));
};
const files = [...filesOf('fixtures-rs-sample'), ...filesOf('fixtures-rs-sample-2025')];

describe('year views in the RS session', () => {
  it('answers null before any year is loaded', async () => {
    expect(await createRsSession().year({ op: 'overview', sheetYear: 2024 })).toBeNull();
  });

  it('overview per 事業年度, ministry narrowing, payee search, comparison of 900059 2024 → 2025', async () => {
    const s = createRsSession();
    await s.open(files);
    const o24 = (await s.year({ op: 'overview', sheetYear: 2024 })) as Overview;
    const o25 = (await s.year({ op: 'overview', sheetYear: 2025 })) as Overview;
    expect(o24.total).toBe(1_753_793_000);
    // 2025: 900002's ministry-paid blocks A, B and its own costs are unchanged in the sample (only C's その他 halved, C is not paid by the ministry).
    expect(o25.graph.links.filter((l) => l.source === 'year').map((l) => l.target)).toEqual(['m:架空省', 'm:総務省']);
    const narrowed = (await s.year({ op: 'overview', sheetYear: 2024, ministry: '総務省' })) as Overview;
    expect(narrowed.graph.nodes.map((n) => n.id)).toEqual(['m:総務省', 'p:900059', 'p:900059:A']);
    const found = (await s.year({ op: 'payees', sheetYear: 2025, query: '6010001000006' })) as PayeeFound[];
    expect(found.map((f) => [f.name, f.total, f.nodes])).toEqual([['株式会社新規見本', 12_000_000, ['year', 'm:総務省', 'p:900059']]]);
    expect(await s.year({ op: 'payees', sheetYear: 2024, query: '6010001000006' })).toEqual([]);
    const c = (await s.year({ op: 'compare', projectNumber: '900059', before: 2024, after: 2025 })) as ProjectComparison;
    expect(c.blocks.find((b) => b.id === 'J')?.kind).toBe('gone');
    expect(await s.year({ op: 'compare', projectNumber: '900059', before: 2023, after: 2025 })).toBeNull();
  });

  it('the client runs the same ops on the main thread when there is no worker', async () => {
    const client = createRsClient(() => null, () => import('../../../src/read/rsSession.ts'));
    await client.open(files);
    const rows = (await client.year?.({ op: 'competition', sheetYear: 2024, by: 'ministry', sort: 'discretionary' })) as { label: string }[];
    expect(rows.map((r) => r.label)).toEqual(['架空省', '総務省']);
  });
});
