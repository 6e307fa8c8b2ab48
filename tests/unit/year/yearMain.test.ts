/**
 * year (#14): the pure parts of the year overview in the main area — amounts in 億円 / 兆円
 * (yearAmount.ts), the overview's node ids (contract/yearIds.ts), its scene (view/year/yearScene.ts:
 * names, actions, labels beside their bars, the narrow form), the exact totals of the overview
 * across ministries and folds, and a published year's index (state/published.ts). Expected values
 * are worked out by hand from the sample (900002 架空省 1,201,293,000 yen; 900059 総務省 552,500,000).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { largeUnit, yenLarge } from '../../../src/view/year/yearAmount.ts';
import { readYearId, yearIds } from '../../../src/contract/yearIds.ts';
import { buildYearScene as build, litLinks, yearAction, type YearSceneInput } from '../../../src/view/year/yearScene.ts';
import * as layout from '../../../src/layout/sankey.ts';
import { labelRoom, placeLabels, planLabels } from '../../../src/layout/labels.ts';
import { yearOverview } from '../../../src/model/yearOverview.ts';
import type { YearProject } from '../../../src/contract/year.ts';
import { readRsFiles, yearProjects } from '../../../src/sources/rs-csv/index.ts';
import { catalogOf, leanOf, publishedClient, readIndex } from '../../../src/state/published.ts';
import { publishedFileName } from '../../../src/contract/yearList.ts';
import { sum } from '../../../src/util/decimal.ts';
import { dirInputs, root } from '../rs/helpers.ts';

const projects = yearProjects(readRsFiles(dirInputs(join(root, 'tests/fixtures-rs-sample'))).value);

describe('yenLarge: 億円 / 兆円 as fits', () => {
  it.each([
    [552_500_000, '5.5億円'],
    [1_201_293_000, '12.0億円'],
    [1_753_793_000, '17.5億円'],
    [100_000_000, '1.0億円'],
    [125_000_000, '1.3億円'], // half up: 1.25 → 1.3
    [124_999_999, '1.2億円'],
    [1_000_000_000_000, '1.00兆円'],
    [73_456_789_000_000, '73.46兆円'],
    [25_000_000, '25百万円'],
    [1_293_000, '1.3百万円'],
    [-250_000_000, '▲2.5億円'],
  ])('%d yen → %s', (yen, text) => {
    expect(yenLarge(yen)).toBe(text);
  });
  it('English: trillion / billion, else million yen', () => {
    expect(yenLarge(1_753_793_000, 'en')).toBe('1.75 billion yen');
    expect(yenLarge(2_500_000_000_000, 'en')).toBe('2.50 trillion yen');
    expect(yenLarge(552_500_000, 'en')).toBe('552.5 million yen');
  });
  it('unknown amounts are a dash', () => {
    expect(yenLarge(null)).toBe('–');
    expect(yenLarge(Number.NaN)).toBe('–');
  });
  it('the unit by size: 兆円 from 10^12, 億円 from 10^8, else 百万円', () => {
    expect([99_999_999, 100_000_000, 999_999_999_999, 1e12].map(largeUnit)).toEqual(['百万円', '億円', '億円', '兆円']);
  });
  it('property: the shown 億円 / 兆円 figure is the amount rounded to its last decimal', () => {
    fc.assert(
      fc.property(fc.integer({ min: 100_000_000, max: Number.MAX_SAFE_INTEGER }), (yen) => {
        const text = yenLarge(yen);
        const m = /^([\d,]+\.\d+)(億円|兆円)$/.exec(text);
        if (!m) return false;
        const shown = Number((m[1] as string).replace(/,/g, ''));
        const [power, step] = m[2] === '兆円' ? [1e12, 0.01] : [1e8, 0.1];
        return m[2] === (yen >= 1e12 ? '兆円' : '億円') && Math.abs(shown - yen / power) <= step / 2 + 1e-9 * shown;
      }),
    );
  });
});

describe('yearIds: made and read in one place', () => {
  it('reads every form it makes', () => {
    expect(readYearId(yearIds.root)).toEqual({ kind: 'root' });
    expect(readYearId(yearIds.ministry('総務省'))).toEqual({ kind: 'ministry', ministry: '総務省' });
    expect(readYearId(yearIds.project('900059'))).toEqual({ kind: 'project', projectNumber: '900059' });
    expect(readYearId(yearIds.block('900059', 'AB'))).toEqual({ kind: 'block', projectNumber: '900059', block: 'AB' });
    expect(readYearId(yearIds.direct('900002'))).toEqual({ kind: 'direct', projectNumber: '900002' });
    expect(readYearId(yearIds.fold(yearIds.ministry('総務省')))).toEqual({ kind: 'fold', parent: 'm:総務省' });
    expect(readYearId(yearIds.fold(yearIds.project('1')))).toEqual({ kind: 'fold', parent: 'p:1' });
    expect(readYearId('A:r:1')).toBeNull();
    expect(readYearId(':fold')).toBeNull();
  });
  it('property: any ministry name round-trips (one that ends in ":fold" aside)', () => {
    fc.assert(fc.property(fc.string().filter((m) => !m.endsWith(':fold')), (m) => {
      expect(readYearId(yearIds.ministry(m))).toEqual({ kind: 'ministry', ministry: m });
    }));
  });
});

describe('the overview totals add up exactly', () => {
  it('property: 予算総計 is the exact sum of the projects with a total, each ministry the sum of its own, whatever is folded', () => {
    const base = projects[0] as YearProject;
    const arb = fc.array(fc.record({ m: fc.constantFrom('総務省', '架空省', 'デジタル庁'), total: fc.oneof(fc.integer({ min: 1, max: 5e12 }), fc.constant(null)) }), { minLength: 1, maxLength: 40 });
    fc.assert(
      fc.property(arb, fc.integer({ min: 1, max: 12 }), (rows, max) => {
        const ps: YearProject[] = rows.map((r, i) => ({ ...base, projectNumber: String(i + 1), ministry: r.m, total: r.total, blocks: [] }));
        const o = yearOverview(ps, { maxChildren: max });
        const known = ps.filter((p) => p.total !== null);
        if (o.total !== sum(known.map((p) => p.total as number))) return false;
        if (o.unknown !== ps.length - known.length) return false;
        for (const m of new Set(known.map((p) => p.ministry))) {
          const into = o.graph.links.find((l) => l.source === 'year' && l.target === `m:${m}`)?.value;
          const out = sum(o.graph.links.filter((l) => l.source === `m:${m}`).map((l) => l.value));
          const own = sum(known.filter((p) => p.ministry === m).map((p) => p.total as number));
          if (into !== own || out !== own) return false;
        }
        return true;
      }),
    );
  });
});

const buildYearScene = (input: YearSceneInput) => build(input, { ...layout, labelRoom, placeLabels, planLabels, });

describe('buildYearScene', () => {
  const year = yearOverview(projects);
  it('the whole year: one node per overview node, named "name amount", each with its action', () => {
    const scene = buildYearScene({ graph: year.graph, width: 960, lang: 'ja', narrowed: false });
    expect(scene.nodes.map((n) => [n.id, n.name, n.action])).toEqual([
      ['year', '予算総計 17.5億円', 'none'],
      ['m:架空省', '架空省 12.0億円', 'narrow'],
      ['m:総務省', '総務省 5.5億円', 'narrow'],
      ['p:900002', '架空の資金の流れ見本事業 12.0億円', 'open'],
      ['p:900059', 'サイバーセキュリティ統合知的・人材育成基盤の構築 5.5億円', 'open'],
    ]);
    expect(scene.links.map((l) => l.name)).toContain('予算総計 → 総務省 5.5億円');
    // Every node's label sits beside its own bar: the label's text starts within the bar's vertical extent.
    for (const n of scene.nodes) {
      const y = Number(/<text x="[^"]*" y="([^"]+)"/.exec(n.inner)?.[1]);
      expect(y, n.id).toBeGreaterThanOrEqual(n.node.y0 - 20);
      expect(y, n.id).toBeLessThanOrEqual(n.node.y1 + 4);
    }
    expect(scene.height).toBeGreaterThan(0);
  });
  it('a ministry narrowed: its node goes back up, projects open, blocks are not actionable; the fold unfolds', () => {
    const narrowed = buildYearScene({ graph: yearOverview(projects, { ministry: '架空省' }).graph, width: 960, lang: 'ja', narrowed: true });
    expect(narrowed.nodes.map((n) => [n.id, n.action])).toEqual([
      ['m:架空省', 'up'], ['p:900002', 'open'], ['p:900002:A', 'none'], ['p:900002:B', 'none'], ['p:900002:direct', 'none'],
    ]);
    expect(yearAction('m:見本省:fold', false)).toBe('unfold');
    expect(yearAction('p:1:fold', true)).toBe('unfold');
  });
  it('narrow screens draw two columns: the root is left out (its total heads the diagram)', () => {
    const scene = buildYearScene({ graph: year.graph, width: 360, lang: 'ja', narrowed: false });
    expect(scene.nodes.map((n) => n.id)).toEqual(['m:架空省', 'm:総務省', 'p:900002', 'p:900059']);
    expect(scene.layout.layers).toBe(2);
    expect(sum(scene.nodes.filter((n) => n.node.layer === 0).map((n) => n.node.value))).toBe(year.total);
  });
  it('English amounts, and the root the model names (予算総計) in English (labels #10); the files\' names as written', () => {
    const scene = buildYearScene({ graph: year.graph, width: 960, lang: 'en', narrowed: false });
    expect(scene.nodes[0]?.name).toBe('Total budget 1.75 billion yen');
    expect(scene.nodes.find((n) => n.id === 'm:総務省')?.name).toBe('総務省 552.5 million yen');
  });
  it('litLinks: the bands whose two ends are both marked', () => {
    const links = [{ id: 'a', source: 'year', target: 'm:総務省' }, { id: 'b', source: 'year', target: 'm:架空省' }, { id: 'c', source: 'm:総務省', target: 'p:900059' }];
    expect([...litLinks(links, new Set(['year', 'm:総務省', 'p:900059']))]).toEqual(['a', 'c']);
  });
});

describe('a published year (index.json of --split)', () => {
  const entries = projects.map((p) => ({ projectNumber: p.projectNumber, projectName: p.projectName, ministry: p.ministry, sheetYear: p.sheetYear, total: p.total }));
  it('reads the --list array; refuses other JSON, saying where', () => {
    expect(readIndex(JSON.stringify(entries))).toEqual({ ok: true, entries });
    expect(readIndex('\uFEFF' + JSON.stringify(entries)).ok).toBe(true);
    const bad = readIndex(JSON.stringify([{ ...entries[0], projectNumber: 'x' }]));
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.detail).toMatch(/^0\.projectNumber/);
    expect(readIndex('[]')).toEqual({ ok: false, detail: 'no projects' });
    expect(readIndex('[{').ok).toBe(false);
  });
  it('its overview is the files\' overview without payees: the same totals', async () => {
    const client = publishedClient('http://x/data/2024/index.json', entries);
    const o = (await client.year?.({ op: 'overview', sheetYear: 2024 })) as ReturnType<typeof yearOverview>;
    expect(o.total).toBe(1_753_793_000);
    expect(o.graph.links.map((l) => `${l.source}>${l.target}:${l.value}`)).toEqual(yearOverview(projects).graph.links.map((l) => `${l.source}>${l.target}:${l.value}`));
    expect(leanOf(entries[0] as (typeof entries)[number]).blocks).toEqual([]);
    expect(await client.year?.({ op: 'payees', sheetYear: 2024, query: '見本' })).toEqual([]);
  });
  it('a project is fetched beside the index: <ID>.json, or <ID>_<事業年度>.json when the index holds several years', async () => {
    const asked: string[] = [];
    const fake = async (url: string) => {
      asked.push(url);
      return { ok: false as const, reason: 'fetch' as const, status: '404', url };
    };
    const one = publishedClient('http://x/data/2024/index.json', entries, fake);
    const out = await one.project('900059');
    expect(asked).toEqual(['http://x/data/2024/900059.json']);
    expect(out?.diagnostics[0]).toMatchObject({ severity: 'error', code: 'PUBLISHED_PROJECT_UNREADABLE' });
    expect(await one.project('123')).toBeNull();
    const two = publishedClient('http://x/y/index.json', [...entries, { ...(entries[1] as (typeof entries)[number]), sheetYear: 2025 }], fake);
    await two.project('900059');
    await two.project('900059', 2024);
    expect(asked.slice(1)).toEqual(['http://x/y/900059_2025.json', 'http://x/y/900059_2024.json']);
    expect(publishedFileName({ projectNumber: '177', sheetYear: 2025 }, false)).toBe('177.json');
  });
  it('its catalog lists the projects, searchable by name, ministry and ID', () => {
    const c = catalogOf(entries, 'index.json');
    expect(c.files).toEqual(['index.json']);
    expect(c.projects.map((p) => p.search)).toEqual(['架空の資金の流れ見本事業架空省900002', 'サイバーセキュリティ統合知的・人材育成基盤の構築総務省900059']);
  });
});
