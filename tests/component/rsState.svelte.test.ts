// AppState with RSシステム files (issue #11): a fake RS API whose answers the test releases, so
// the order of requests and answers is chosen here.
import { flushSync } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import { AppState } from '../../src/state/app.svelte.ts';
import type { RsApi } from '../../src/state/rsClient.ts';
import type { RsOpened } from '../../src/read/rsSession.ts';
import type { ParseOutput } from '../../src/contract/schema.ts';
import { fakeModel } from './seed.fixture.ts';

const SEED = '事業番号 2022-総務-21-0059';

/** A deferred answer. */
function later<T>() {
  let resolve!: (v: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

const project = (id: string, name: string): ParseOutput => {
  const base = fakeModel.analyze!(SEED);
  return { ...base, sheet: { ...base.sheet, projectNumber: id, projectName: name, unit: '円', source: 'rs-csv', sheetYear: 2024 } };
};
const summary = (id: string, name: string, total: number | null) => ({ projectNumber: id, projectName: name, ministry: '架空省', sheetYear: 2024, total, search: name });
const opened = (ids: string[], extra: Partial<RsOpened> = {}): RsOpened => ({
  catalog: { tables: ['5-1', '5-2'], missing: ['5-3'], projects: ids.map((id) => summary(id, `事業${id}`, 1)), files: ['5-1.csv', '5-2.csv'] },
  diagnostics: [],
  error: null,
  notice: { ja: '5-3 がありません: 費目・使途は表示されません。', en: 'no 5-3: 費目・使途 not shown.' },
  only: ids.length === 1 ? (ids[0] ?? null) : null,
  ...extra,
});

/** An RS API whose open/project answers wait for the test. */
function controlled() {
  const opens: ReturnType<typeof later<RsOpened>>[] = [];
  const projects: { id: string; answer: ReturnType<typeof later<ParseOutput | null>> }[] = [];
  const api: RsApi = {
    open: () => {
      const d = later<RsOpened>();
      opens.push(d);
      return d.promise;
    },
    project: (id) => {
      const d = later<ParseOutput | null>();
      projects.push({ id, answer: d });
      return d.promise;
    },
  };
  return { api, opens, projects };
}
const file = (name: string) => ({ name, data: new Uint8Array([1]) });
/** Waits until the request `list[i]` has been made (the RS steps load on demand). */
const made = <T,>(list: T[], i: number): Promise<T> => vi.waitFor(() => {
  const x = list[i];
  if (!x) throw new Error('not yet');
  return x;
});

describe('AppState with RS files', () => {
  it('lists the projects, gives the missing tables in one notice, and opens a pick; the hash-facing fields follow', async () => {
    const { api, opens, projects } = controlled();
    const s = new AppState({ ...fakeModel, rs: api });
    s.load(SEED, 'seed.txt');
    const loading = s.loadRsFiles([file('5-1.csv'), file('5-2.csv')]);
    (await made(opens, 0)).resolve(opened(['900002', '900059']));
    expect(await loading).toBe(true);
    flushSync();
    expect(s.rs?.projects.map((p) => p.projectNumber)).toEqual(['900002', '900059']);
    expect(s.notice?.en).toBe('no 5-3: 費目・使途 not shown.');
    expect(s.output?.sheet.source).toBe('text'); // the seed (a text sheet) stays until a project is picked
    const opening = s.openProject('900002');
    (await made(projects, 0)).answer.resolve(project('900002', '架空の資金の流れ見本事業'));
    expect(await opening).toBe(true);
    expect(s.project).toBe('900002');
    expect(s.projectYear).toBe(2024);
    expect(s.output?.sheet.projectName).toBe('架空の資金の流れ見本事業');
    // Another sheet: no longer an RS project, but the list stays.
    s.load(SEED, 'seed.txt');
    expect(s.project).toBeNull();
    expect(s.rs?.projects).toHaveLength(2);
  });

  it('the latest request wins: a sheet loaded while RS files are read stays shown; the files are still listed', async () => {
    const { api, opens } = controlled();
    const s = new AppState({ ...fakeModel, rs: api });
    s.load(SEED, 'first.txt');
    const rs = s.loadRsFiles([file('5-1.csv')]);
    await made(opens, 0);
    expect(s.busy).toBe(true);
    await s.loadAsync(SEED, 'later.txt');
    opens[0]!.resolve(opened(['900002'], { error: { code: 'X', message: { ja: 'x', en: 'x' }, line: null, source: 'bad.csv' } }));
    expect(await rs).toBe(false);
    expect(s.source).toBe('later.txt');
    expect(s.project).toBeNull(); // the one project was not opened over the later sheet
    expect(s.error).toBeNull(); // nor its error shown over it
    expect(s.rs?.projects).toHaveLength(1);
    expect(s.busy).toBe(false);
  });

  it('the latest project wins when two are picked quickly and the first answers last', async () => {
    const { api, opens, projects } = controlled();
    const s = new AppState({ ...fakeModel, rs: api });
    const l = s.loadRsFiles([file('5-1.csv')]);
    (await made(opens, 0)).resolve(opened(['1', '2']));
    await l;
    const a = s.openProject('1');
    const b = s.openProject('2');
    (await made(projects, 1)).answer.resolve(project('2', '二'));
    projects[0]!.answer.resolve(project('1', '一'));
    expect(await b).toBe(true);
    expect(await a).toBe(false);
    expect(s.project).toBe('2');
    expect(s.output?.sheet.projectName).toBe('二');
  });

  it('files that cannot be read: the error names them, the diagram and the earlier list stay', async () => {
    const { api, opens } = controlled();
    const s = new AppState({ ...fakeModel, rs: api });
    s.load(SEED, 'seed.txt');
    const first = s.loadRsFiles([file('5-1.csv')]);
    (await made(opens, 0)).resolve(opened(['1', '2']));
    await first;
    const before = s.output;
    const bad = s.loadRsFiles([file('page.zip')]);
    (await made(opens, 1)).resolve({ catalog: null, diagnostics: [], error: { code: 'RS_FILE_UNREADABLE', message: { ja: 'page.zip: 読めません', en: 'page.zip: cannot be read' }, line: null, source: 'page.zip' }, notice: null, only: null });
    expect(await bad).toBe(false);
    expect(s.error).toMatchObject({ source: 'page.zip', code: 'RS_FILE_UNREADABLE' });
    expect(s.output).toBe(before);
    expect(s.rs?.projects.map((p) => p.projectNumber)).toEqual(['1', '2']);
  });

  it('a project a link asked for before the files came opens when they do; an RS project is not re-parented', async () => {
    const { api, opens, projects } = controlled();
    const s = new AppState({ ...fakeModel, rs: api });
    s.pendingProject = '2';
    const l = s.loadRsFiles([file('5-1.csv')]);
    (await made(opens, 0)).resolve(opened(['1', '2']));
    await made(projects, 0);
    expect(projects.map((p) => p.id)).toEqual(['2']);
    projects[0]!.answer.resolve(project('2', '二'));
    expect(await l).toBe(true);
    expect(s.project).toBe('2');
    expect(s.pendingProject).toBeNull();
    const out = s.output;
    expect(await s.setParent('D', 'B')).toBe(false);
    expect(s.output).toBe(out);
  });
});
