/**
 * year (#14, compare): the marks one view of a project's diagram draws when compared with an
 * earlier year (model/compareMarks.ts, view/compare/compareScene.ts). Sample 900059, 2024 → 2025
 * (tests/fixtures-rs-sample, -2025), read off the 5-1 rows by hand: J "デジタルテクノロジー株式会社ほか"
 * 6,800,000 yen in 2024 only (funded by A per 5-2); D 110,600,000 → 121,660,000 (+10 %); B
 * 206,400,000 → 188,600,000 (−17,800,000, −8.624 %) with 株式会社新規見本 (法人番号 6010001000006,
 * 12,000,000) new and 株式会社セキュアブレイン (3010001090029, 29,800,000) gone; the other blocks the same.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readRsFiles } from '../../../src/sources/rs-csv/index.ts';
import { analyzeRsProject } from '../../../src/read/rs.ts';
import { compareProjects } from '../../../src/model/yearCompare.ts';
import { MAX_GHOSTS, viewMarks, withGhosts } from '../../../src/model/compareMarks.ts';
import { drillBlocks } from '../../../src/model/drillBlocks.ts';
import { rsDrill } from '../../../src/model/rsDrill.ts';
import { goneBlockId, goneMoreId, gonePayeeId, parseGoneId } from '../../../src/contract/compareIds.ts';
import { buildScene, provideCompare, type SceneInput } from '../../../src/view/flowScene.ts';
import * as compareScene from '../../../src/view/compare/compareScene.ts';
import { ministryTotalOf } from '../../../src/view/nodeInfo.ts';
import { signedPercent } from '../../../src/view/compare/percent.ts';
import { englishDicts } from '../../../src/i18n/english.ts';
import { useEnglish } from '../../../src/i18n/english.svelte.ts';
import type { ParseOutput } from '../../../src/contract/schema.ts';
import type { ProjectComparison } from '../../../src/contract/year.ts';
import { dirInputs, root } from '../rs/helpers.ts';

const year = readRsFiles([...dirInputs(join(root, 'tests/fixtures-rs-sample')), ...dirInputs(join(root, 'tests/fixtures-rs-sample-2025'))]).value;
const p = (id: string, y: number): ParseOutput => analyzeRsProject(year, id, y);
const before = p('900059', 2024);
const after = p('900059', 2025);
const cmp = compareProjects(before, after);
const drill = (id: string) => drillBlocks(after.sheet, id, after.graph, rsDrill);

describe('compareIds', () => {
  it('makes and reads the ids of ghosts', () => {
    expect(goneBlockId('J')).toBe('gone:J');
    expect(gonePayeeId('B', 1)).toBe('gone:B:1');
    expect(goneMoreId(null)).toBe('gone:top:more');
    expect(parseGoneId('gone:J')).toEqual({ kind: 'block', blockId: 'J' });
    expect(parseGoneId('gone:AB:12')).toEqual({ kind: 'payee', blockId: 'AB', n: 12 });
    expect(parseGoneId('gone:top:more')).toEqual({ kind: 'more', scope: null });
    expect(parseGoneId('gone:B:more')).toEqual({ kind: 'more', scope: 'B' });
    for (const bad of ['J', 'gone:', 'gone:top', 'gone:B:0', 'gone:b', 'gone:ABC', 'fold:B:2', 'B:r:1']) expect(parseGoneId(bad), bad).toBeNull();
  });
});

describe('viewMarks', () => {
  it('the overview: B down, D up, the rest the same; J a ghost from A with 2024’s 6,800,000 yen', () => {
    const m = viewMarks(cmp, after.sheet, after.graph, null);
    expect([m.before, m.after]).toEqual([2024, 2025]);
    // (2024's rows of 5-1: D's block row is line 22, J's line 58.)
    expect(m.nodes.get('D')).toEqual({ kind: 'up', before: 110_600_000, after: 121_660_000, delta: 11_060_000, percent: 10, previousName: null, beforeLine: 22 });
    expect(m.nodes.get('B')).toMatchObject({ kind: 'down', before: 206_400_000, after: 188_600_000, delta: -17_800_000, percent: -8.624 });
    for (const id of ['A', 'C', 'E', 'F', 'G', 'H', 'I']) expect(m.nodes.get(id)?.kind, id).toBe('same');
    expect(m.nodes.has('J')).toBe(false);
    expect(m.ghosts).toEqual([{ id: 'gone:J', from: 'A', what: 'block', blockId: 'J', name: 'デジタルテクノロジー株式会社ほか', before: 6_800_000, count: 1, unknown: 0, beforeLine: 58 }]);
  });

  it('B’s drill-down: row 1 株式会社新規見本 new (12,000,000), rows 2–6 the same, 株式会社セキュアブレイン a ghost from B (29,800,000)', () => {
    const g = drill('B');
    const m = viewMarks(cmp, after.sheet, g, 'B');
    expect(m.nodes.get('B:r:1')).toMatchObject({ kind: 'new', before: null, after: 12_000_000 });
    for (const r of [2, 3, 4, 5, 6]) expect(m.nodes.get(`B:r:${r}`)?.kind).toBe('same');
    expect(m.nodes.get('B')?.kind).toBe('down');
    expect(m.ghosts).toEqual([{ id: 'gone:B:1', from: 'B', what: 'payee', blockId: 'B', name: '株式会社セキュアブレイン', before: 29_800_000, count: 1, unknown: 0, beforeLine: 10 }]);
  });

  it('D’s drill-down: its three payees each +10 % (80,700,000 → 88,770,000; 29,700,000 → 32,670,000; 200,000 → 220,000), no ghost', () => {
    const m = viewMarks(cmp, after.sheet, drill('D'), 'D');
    const rows = after.sheet.blocks.find((b) => b.id === 'D')?.recipients ?? [];
    const byName = (name: string) => m.nodes.get(`D:r:${rows.find((r) => r.name === name)?.rank}`);
    expect(byName('株式会社サイバーディフェンス研究所')).toMatchObject({ kind: 'up', before: 80_700_000, after: 88_770_000, delta: 8_070_000, percent: 10 });
    expect(byName('株式会社エヌ・ティ・ティ・データ')).toMatchObject({ kind: 'up', before: 29_700_000, after: 32_670_000 });
    expect(byName('アマゾンジャパン合同会社')).toMatchObject({ kind: 'up', before: 200_000, after: 220_000 });
    expect(m.ghosts).toEqual([]);
  });

  it('A’s drill-down shows the blocks A funds: J hangs from A there too; a block A does not fund has no ghost in C’s', () => {
    expect(viewMarks(cmp, after.sheet, drill('A'), 'A').ghosts.map((g) => [g.id, g.from])).toEqual([['gone:J', 'A']]);
    expect(viewMarks(cmp, after.sheet, drill('C'), 'C').ghosts).toEqual([]);
  });

  it('a gone block funded by a gone block hangs from that one’s ghost; a renamed block is marked and keeps its former name', () => {
    const base = compareProjects(before, before);
    const gone = (id: string, from: string, amount: number) => ({ id, name: `旧${id}`, previousName: null, before: amount, after: null, delta: null, percent: null, kind: 'gone' as const, fundedBy: [from], payees: [], beforeLine: null });
    const c: ProjectComparison = {
      ...base,
      blocks: [...base.blocks.map((b) => (b.id === 'C' ? { ...b, kind: 'renamed' as const, previousName: '旧コムシス' } : b)), gone('K', 'A', 5_000_000), gone('L', 'K', 2_000_000)],
    };
    const m = viewMarks(c, before.sheet, before.graph, null);
    expect(m.ghosts.map((g) => [g.id, g.from, g.before])).toEqual([['gone:K', 'A', 5_000_000], ['gone:L', 'gone:K', 2_000_000]]);
    expect(m.nodes.get('C')).toMatchObject({ kind: 'renamed', previousName: '旧コムシス' });
    const g = withGhosts(before.graph, [...m.ghosts].reverse());
    expect(g.links.slice(-2).map((l) => [l.source, l.target])).toEqual([['A', 'gone:K'], ['gone:K', 'gone:L']]);
  });

  it('withGhosts adds a node and a link of 0 per ghost: no sum of the year shown changes', () => {
    const m = viewMarks(cmp, after.sheet, after.graph, null);
    const g = withGhosts(after.graph, m.ghosts);
    expect(g.nodes.at(-1)).toMatchObject({ id: 'gone:J', kind: 'other' });
    expect(g.links.at(-1)).toMatchObject({ source: 'A', target: 'gone:J', value: 0 });
    expect(ministryTotalOf(g)).toBe(552_500_000);
    expect(g.links.filter((l) => l.source === 'A').reduce((s, l) => s + l.value, 0)).toBe(after.graph.links.filter((l) => l.source === 'A').reduce((s, l) => s + l.value, 0));
  });

  it('property: at most MAX_GHOSTS ghosts; the `more` ghost sums exactly the stated amounts of the rest', () => {
    const base = compareProjects(before, before);
    const blockOf = (i: number) => String.fromCharCode(75 + (i % 15)) + (i >= 15 ? 'A' : '');
    fc.assert(
      fc.property(fc.array(fc.option(fc.integer({ min: 0, max: 1e9 }), { nil: null }), { maxLength: 25 }), (amounts) => {
        const gone = amounts.map((a, i) => ({ id: blockOf(i), name: `消えた${i}`, previousName: null, before: a, after: null, delta: null, percent: null, kind: 'gone' as const, fundedBy: ['ministry'], payees: [], beforeLine: i + 2 }));
        const c: ProjectComparison = { ...base, blocks: [...base.blocks, ...gone] };
        const m = viewMarks(c, before.sheet, before.graph, null);
        expect(m.ghosts.length).toBeLessThanOrEqual(MAX_GHOSTS);
        const count = m.ghosts.reduce((n, g) => n + g.count, 0);
        expect(count).toBe(amounts.length);
        const stated = amounts.filter((a): a is number => a !== null).reduce((s, a) => s + a, 0);
        expect(m.ghosts.reduce((s, g) => s + (g.before ?? 0), 0)).toBe(stated);
        expect(m.ghosts.reduce((n, g) => n + g.unknown, 0)).toBe(amounts.filter((a) => a === null).length);
      }),
    );
  });
});

describe('the scene of a compared view (flowScene + compareScene)', () => {
  provideCompare(compareScene);
  const scene = (graph: ParseOutput['graph'], currentBlock: string | null, lang: 'ja' | 'en' = 'ja', compare: ProjectComparison | null = cmp) => {
    const input: SceneInput = { graph, sheet: after.sheet, ministryTotal: ministryTotalOf(after.graph), lang, lens: false, currentBlock, expanded: [], width: 1280, scale: 1, maxHeight: Infinity, compare };
    return buildScene(input);
  };
  const labelOf = (s: ReturnType<typeof scene>, id: string) => s.labels.find((l) => l.id === id)?.lines.join(' ') ?? '';

  it('labels: D "+10.0%", B "-8.6%", the ghost J with 2024’s amount said as 2024’s; the ministry still 552.5百万円', () => {
    const s = scene(after.graph, null);
    expect(labelOf(s, 'D')).toMatch(/121\.7百万円\(1\.2億円\) \+10\.0%$/);
    expect(labelOf(s, 'B')).toMatch(/188\.6百万円\(1\.9億円\) -8\.6%$/);
    expect(labelOf(s, 'gone:J')).toBe('J デジタルテクノロジー株式会社ほか（2025年度なし） 2024年度 6.8百万円');
    expect(labelOf(s, 'ministry')).toMatch(/552\.5百万円/);
    expect(s.infos.get('ministry')?.amount).toBe(552_500_000);
    expect(s.infos.get('A')?.amount).toBe(552_500_000);
    expect(s.nodes.find((n) => n.id === 'gone:J')?.cls).toMatch(/\bgone\b/);
    expect(s.nodes.find((n) => n.id === 'D')?.cls).toMatch(/\bcmp-up\b/);
    // The ghost's band names 2024's amount, never a width-derived one.
    const band = s.links.find((l) => l.link.target === 'gone:J');
    expect(band?.gone).toBe(true);
    expect(band?.name).toMatch(/2024年度 6\.8百万円/);
    expect(s.infos.get('gone:J')).toMatchObject({ drillable: false, shareOfTotal: null, shareOfParent: null });
    // The ghost's amount traces to 2024's row: 5-1 line 58.
    expect(s.infos.get('gone:J')?.notes).toEqual(['2025年度にはありません(金額はこの年度の合計に含みません)', '2024年度の5-1 58行目']);
  });

  it('B’s drill-down: 1. 新規見本（新規）, the ghost セキュアブレイン（2025年度なし） 2024年度 29.8百万円', () => {
    const s = scene(drill('B'), 'B');
    expect(labelOf(s, 'B:r:1')).toBe('1. 新規見本（新規） 12百万円');
    expect(labelOf(s, 'gone:B:1')).toBe('セキュアブレイン（2025年度なし） 2024年度 29.8百万円');
    expect(s.infos.get('gone:B:1')?.accessibleName).toMatch(/^株式会社セキュアブレイン（2025年度なし） 2024年度 29\.8百万円、2025年度にはありません/);
  });

  it('in English', () => {
    useEnglish(englishDicts);
    const s = scene(after.graph, null, 'en');
    expect(labelOf(s, 'gone:J')).toBe('J デジタルテクノロジー株式会社ほか (none in 2025) FY2024: 6.8 million yen');
    expect(labelOf(s, 'D')).toMatch(/\+10\.0%$/);
    expect(s.infos.get('D')?.accessibleName).toMatch(/FY2024 110\.6 million yen → FY2025 121\.66 million yen \(\+10\.0%\)/);
    const b = scene(drill('B'), 'B', 'en');
    expect(labelOf(b, 'B:r:1')).toMatch(/^1\. 新規見本 \(new\)/);
  });

  it('a renamed block says so on its label and its former name in the tooltip', () => {
    const renamed: ProjectComparison = { ...cmp, blocks: cmp.blocks.map((b) => (b.id === 'C' ? { ...b, kind: 'renamed' as const, previousName: '旧コムシス' } : b)) };
    const s = scene(after.graph, null, 'ja', renamed);
    expect(labelOf(s, 'C')).toBe('C 日本コムシス株式会社（名称変更） 3百万円');
    // (C's block row in 2024's 5-1: line 19.)
    expect(s.infos.get('C')?.notes).toEqual(['2024年度 3百万円 → 2025年度 3百万円', '旧名称: 旧コムシス', '2024年度の5-1 19行目']);
  });

  it('without a comparison, or with one of another year, nothing is marked and nothing added', () => {
    const plain = scene(after.graph, null, 'ja', null);
    expect(plain.nodes.map((n) => n.id)).not.toContain('gone:J');
    const other = scene(after.graph, null, 'ja', { ...cmp, after: { ...cmp.after, sheetYear: 2026 } });
    expect(other.nodes.map((n) => n.id)).not.toContain('gone:J');
    expect(labelOf(other, 'D')).not.toMatch(/%/);
  });

  it('signedPercent: one decimal with its sign', () => {
    expect(signedPercent(10)).toBe('+10.0%');
    expect(signedPercent(-8.624)).toBe('-8.6%');
    expect(signedPercent(0)).toBe('');
    expect(signedPercent(null)).toBe('');
    expect(signedPercent(0.01)).toBe('+0.0%');
  });
});
