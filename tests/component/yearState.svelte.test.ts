// year (#14): AppState and the link steps with a whole year's files — the year overview is the
// first view of files with more than one project, showYear narrows and goes back up, a project
// opened from it replaces it, a link's year= / ministry= / project= is followed (or kept, with a
// notice, until the files are loaded), and the view in the hash carries year= and ministry=.
import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import { AppState } from '../../src/state/app.svelte.ts';
import type { RsApi } from '../../src/state/rsClient.ts';
import type { RsOpened } from '../../src/read/rsSession.ts';
import type { ParseOutput } from '../../src/contract/schema.ts';
import { placeFromLink, showYear } from '../../src/state/rsLoad.ts';
import { viewOf } from '../../src/state/url.svelte.ts';
import { defaultView, type ViewHash } from '../../src/state/hash.ts';
import { fakeModel } from './seed.fixture.ts';

const SEED = '事業番号 2022-総務-21-0059';
const project = (id: string, year: number): ParseOutput => {
  const base = fakeModel.analyze!(SEED);
  return { ...base, sheet: { ...base.sheet, projectNumber: id, projectName: `事業${id}`, unit: '円', source: 'rs-csv', sheetYear: year } };
};
const entry = (id: string, ministry: string, sheetYear: number) => ({ projectNumber: id, projectName: `事業${id}`, ministry, sheetYear, total: 1, search: id });
const CATALOG = [entry('1', '総務省', 2024), entry('2', '架空省', 2024), entry('1', '総務省', 2025), entry('3', '架空省', 2025)];
const opened = (projects = CATALOG): RsOpened => ({
  catalog: { tables: ['5-1', '5-2'], missing: [], projects, files: ['5-1.csv', '5-2.csv'] },
  diagnostics: [],
  error: null,
  notice: null,
  only: projects.length === 1 ? (projects[0]?.projectNumber ?? null) : null,
});
function api(projects = CATALOG): RsApi & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    open: async () => opened(projects),
    project: async (id, year) => {
      asked.push(`${id}:${year ?? ''}`);
      const y = year ?? Math.max(...projects.filter((p) => p.projectNumber === id).map((p) => p.sheetYear));
      return projects.some((p) => p.projectNumber === id && p.sheetYear === y) ? project(id, y) : null;
    },
  };
}
const file = (name: string) => ({ name, data: new Uint8Array([1]) });
const view = (v: Partial<ViewHash>): ViewHash => ({ ...defaultView, ...v });
const noDefault = () => {
  throw new Error('the default sheet was not expected');
};

describe('the year overview as the first view (#14)', () => {
  it('files of several projects open on the latest year; showYear narrows and goes back up; a project replaces it', async () => {
    const rs = api();
    const s = new AppState({ ...fakeModel, rs });
    s.load(SEED, 'seed.txt');
    expect(await s.loadRsFiles([file('5-1.csv')])).toBe(true);
    flushSync();
    expect(s.yearScope).toEqual({ year: 2025, ministry: null });
    expect(rs.asked).toEqual([]);
    expect(viewOf(s)).toMatchObject({ year: 2025 });
    expect(viewOf(s).ministry ?? null).toBeNull();
    showYear(s, 2024, '総務省');
    expect(viewOf(s)).toMatchObject({ year: 2024, ministry: '総務省' });
    expect(await s.openProject('1', 2024)).toBe(true);
    expect(s.yearScope).toBeNull();
    expect([s.project, s.projectYear]).toEqual(['1', 2024]);
    expect(viewOf(s)).toMatchObject({ project: '1', year: 2024 });
    showYear(s, 2024, null);
    expect(s.yearScope).toEqual({ year: 2024, ministry: null });
    expect(s.project).toBeNull();
    // Another sheet loaded: the year overview gives way.
    s.load(SEED, 'seed.txt');
    expect(s.yearScope).toBeNull();
  });

  it('one project alone opens that project, not an overview', async () => {
    const s = new AppState({ ...fakeModel, rs: api([entry('7', '総務省', 2024)]) });
    expect(await s.loadRsFiles([file('5-1.csv')])).toBe(true);
    expect(s.yearScope).toBeNull();
    expect(s.project).toBe('7');
  });

  it('follows a link: year=, ministry=, project= with its year; an unknown ministry shows the whole year with a notice', async () => {
    const rs = api();
    const s = new AppState({ ...fakeModel, rs });
    s.load(SEED, 'seed.txt');
    await s.loadRsFiles([file('5-1.csv')]);
    let r = await placeFromLink(s, view({ year: 2024, ministry: '架空省' }), null, noDefault);
    expect(s.yearScope).toEqual({ year: 2024, ministry: '架空省' });
    expect(r.notice).toBeNull();
    r = await placeFromLink(s, view({ year: 2024, project: '1' }), null, noDefault);
    expect([s.project, s.projectYear, s.yearScope]).toEqual(['1', 2024, null]);
    expect(rs.asked.at(-1)).toBe('1:2024');
    r = await placeFromLink(s, view({ year: 2025, ministry: '外務省' }), null, noDefault);
    expect(s.yearScope).toEqual({ year: 2025, ministry: null });
    expect(r.view.ministry).toBeUndefined();
    expect(r.notice?.ja).toBe('リンクの府省庁「外務省」は2025年度のファイルにありません。年度の全体像を表示しています。');
    // No year and no project: back to the default sheet.
    let loaded = 0;
    await placeFromLink(s, view({}), null, () => {
      loaded++;
      s.load(SEED, 'seed.txt');
    });
    expect(loaded).toBe(1);
    expect(s.yearScope).toBeNull();
  });

  it('a link to a year whose files are not loaded: a notice, and the year shown when they are', async () => {
    const s = new AppState({ ...fakeModel, rs: api() });
    s.load(SEED, 'seed.txt');
    const r = await placeFromLink(s, view({ year: 2024, ministry: '総務省' }), null, noDefault);
    expect(r.view.year).toBeUndefined();
    expect(r.notice?.ja).toMatch(/^リンクの2024年度の全体像はRSシステムのCSVファイル/);
    expect(s.yearScope).toBeNull();
    await s.loadRsFiles([file('5-1.csv')]);
    expect(s.yearScope).toEqual({ year: 2024, ministry: '総務省' });
  });

  it('a link to a project of a year not loaded opens that year\'s project when the files come', async () => {
    const rs = api();
    const s = new AppState({ ...fakeModel, rs });
    s.load(SEED, 'seed.txt');
    const r = await placeFromLink(s, view({ year: 2024, project: '1' }), null, noDefault);
    expect(r.notice?.ja).toMatch(/^リンクの事業 1 は/);
    await s.loadRsFiles([file('5-1.csv')]);
    expect([s.project, s.projectYear]).toEqual(['1', 2024]);
    expect(rs.asked).toEqual(['1:2024']);
  });
});
