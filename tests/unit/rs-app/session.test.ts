// The RS session (what runs in the worker) and its client, on the sample year (tests/fixtures-rs-sample).
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { zipSync } from 'fflate';
import { createRsSession, errorOf } from '../../../src/read/rsSession.ts';
import { createRsClient } from '../../../src/state/rsClient.ts';
import { fileKind } from '../../../src/read/intake.ts';
import { parseOutputSchema } from '../../../src/contract/schema.ts';

const DIR = new URL('../../fixtures-rs-sample/', import.meta.url);
const files = readdirSync(DIR)
  .filter((n) => n.endsWith('.csv'))
  .sort()
  .map((name) => ({ name, data: new Uint8Array(readFileSync(new URL(name, DIR))) }));
const table = (t: string) => files.find((f) => f.name.startsWith(`${t}_`))!;
const modules = () => Promise.all([import('../../../src/sources/rs-csv/index.ts'), import('../../../src/read/rs.ts')]);

describe('RS session', () => {
  it('lists both projects of the sample with ministry and total; tables all read, only 1-2 missing, named in one notice', async () => {
    const s = createRsSession(modules);
    const r = await s.open(files);
    expect(r.error).toBeNull();
    expect(r.catalog?.tables).toEqual(['5-1', '5-2', '5-3', '5-4', '2-1']);
    expect(r.catalog?.missing).toEqual(['1-2']);
    expect(r.notice?.ja).toBe('1-2 がありません: 事業概要は表示されません。');
    expect(r.notice?.en).toBe('no 1-2: the project overview not shown.');
    const byId = Object.fromEntries(r.catalog!.projects.map((p) => [p.projectNumber, p]));
    // 900059 is the seed ×1,000,000 yen: A (552.5百万円) is the one block the ministry pays.
    expect(byId['900059']).toMatchObject({ ministry: '総務省', sheetYear: 2024, total: 552_500_000 });
    // 900002: A 900,000,000 + B 300,000,000 from the ministry, plus 1,043,000 + 250,000 spent by the state itself.
    expect(byId['900002']).toMatchObject({ ministry: '架空省', total: 1_201_293_000 });
    expect(r.only).toBeNull();
  });

  it('opens projects from the kept year: switching parses nothing again', async () => {
    const load = vi.fn(modules);
    const [reader] = await modules();
    const read = vi.spyOn(reader, 'readRsFiles');
    const s = createRsSession(load);
    await s.open(files);
    const a = await s.project('900002');
    const b = await s.project('900059');
    const c = await s.project('900002');
    expect(read).toHaveBeenCalledTimes(1);
    expect(load).toHaveBeenCalledTimes(1);
    for (const out of [a, b, c]) expect(parseOutputSchema.safeParse(out).success).toBe(true);
    expect(a?.sheet).toMatchObject({ projectNumber: '900002', unit: '円', source: 'rs-csv' });
    expect(b?.sheet.projectName).toBe('サイバーセキュリティ統合知的・人材育成基盤の構築');
    read.mockRestore();
  });

  it('reads ZIPs as the CSVs inside them, and one project alone is offered to open at once', async () => {
    const only = (f: { name: string; data: Uint8Array }) => {
      const lines = new TextDecoder().decode(f.data).split('\r\n');
      return { name: f.name, data: new TextEncoder().encode(lines.filter((l, i) => i === 0 || l.includes(',900059,')).join('\r\n')) };
    };
    const zip = (f: { name: string; data: Uint8Array }) => ({ name: f.name.replace('.csv', '.zip'), data: zipSync({ [f.name]: f.data }) });
    const r = await createRsSession(modules).open([zip(only(table('5-1'))), zip(only(table('5-2')))]);
    expect(r.error).toBeNull();
    expect(r.catalog?.tables).toEqual(['5-1', '5-2']);
    expect(r.only).toBe('900059');
    expect(r.notice?.ja).toContain('5-3 がありません: 費目・使途は表示されません');
  });

  it('names each bad file in one error and keeps the year read before when nothing usable comes', async () => {
    const s = createRsSession(modules);
    await s.open(files);
    const html = { name: 'x.zip', data: new TextEncoder().encode('<!DOCTYPE html><html></html>') };
    const truncated = { name: 'y.zip', data: zipSync({ 'a.csv': table('5-1').data }).slice(0, 200) };
    const r = await s.open([html, truncated]);
    expect(r.catalog).toBeNull();
    expect(r.error?.source).toBe('x.zip, y.zip');
    expect(r.error?.message.ja).toMatch(/x\.zip.*y\.zip/s);
    // The earlier year is still there.
    expect((await s.project('900002'))?.sheet.projectNumber).toBe('900002');
  });

  it('errorOf: at most five messages, the rest counted; a line only for one error', () => {
    const d = (file: string, line = 1) => ({ severity: 'error' as const, code: 'X', message: { ja: `${file}だめ`, en: `${file} bad` }, line, file });
    expect(errorOf([{ ...d('a'), severity: 'warning' }])).toBeNull();
    expect(errorOf([d('a', 7)])).toMatchObject({ line: 7, source: 'a' });
    const many = errorOf(['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((f) => d(f)));
    expect(many?.message.ja).toBe('aだめ bだめ cだめ dだめ eだめ (ほか2件)');
    expect(many?.message.en.endsWith('(+2 more)')).toBe(true);
    expect(many?.line).toBeNull();
  });
});

describe('RS client', () => {
  it('posts to the worker and matches answers by id; without a worker runs the session inline', async () => {
    const posted: unknown[] = [];
    const fake = { postMessage: (m: unknown) => posted.push(m), terminate() {}, onmessage: null as null | ((e: MessageEvent) => void), onerror: null, onmessageerror: null };
    const client = createRsClient(() => fake as unknown as Worker, null);
    const p = client.project('900002', 2024);
    expect(posted).toEqual([{ id: 1, kind: 'project', projectNumber: '900002', sheetYear: 2024 }]);
    fake.onmessage?.({ data: { id: 1, kind: 'project', output: null } } as MessageEvent);
    await expect(p).resolves.toBeNull();

    const inline = createRsClient(() => null, () => import('../../../src/read/rsSession.ts'));
    const r = await inline.open(files);
    expect(r.catalog?.projects).toHaveLength(2);
    expect((await inline.project('900059'))?.sheet.unit).toBe('円');
  });

  it('says so, naming the files, where there is neither a worker nor a main-thread reader', async () => {
    const r = await createRsClient(() => null, null).open([table('5-1')]);
    expect(r.catalog).toBeNull();
    expect(r.error?.source).toBe(table('5-1').name);
    expect(r.error?.message.en).toMatch(/no Web Worker/);
  });
});

describe('fileKind (by the first bytes, not the name)', () => {
  const enc = (s: string) => new TextEncoder().encode(s);
  it.each([
    ['5-1.csv', '\uFEFFシート種別,事業年度,予算事業ID', 'rs'],
    ['renamed.txt', 'シート種別,事業年度,予算事業ID', 'rs'],
    ['x.bin', 'PK\u0003\u0004rest', 'rs'],
    ['page.zip', '<!DOCTYPE html>', 'rs'],
    ['sjis.csv', 'Vn,Nx', 'rs'],
    ['model.json', '\uFEFF  {"schemaVersion":2', 'json'],
    ['model.txt', '{"schemaVersion":2', 'json'],
    ['sheet.txt', '事業番号\t2022-総務-21-0059', 'text'],
    ['sheet.csv', '事業番号\t2022,総務', 'text'],
  ])('%s → %s', (name, head, kind) => expect(fileKind(name, enc(head))).toBe(kind));

  // An Excel workbook is a ZIP too: it is a review sheet (read by the decode path), not an RS download.
  const localHeader = (entry: string): Uint8Array => {
    const name = enc(entry);
    const head = new Uint8Array(30 + name.length);
    head.set([0x50, 0x4b, 3, 4]);
    head[26] = name.length;
    head.set(name, 30);
    return head;
  };
  it.each([
    ['sheet.xlsx', 'anything.xml', 'text'],
    ['renamed.bin', '[Content_Types].xml', 'text'],
    ['renamed.bin', 'xl/workbook.xml', 'text'],
    ['5-1_RS_2024.zip', '5-1_RS_2024_支出先_支出情報.csv', 'rs'],
  ])('a ZIP named %s whose first entry is %s → %s', (name, entry, kind) => expect(fileKind(name, localHeader(entry))).toBe(kind));
});
