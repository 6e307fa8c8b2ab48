import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchSheet, sameOriginUrl } from '../../src/read/fetchSheet.ts';
import { seedText } from './seed.ts';

const base = 'https://example.test/reports/page.html';
const origin = 'https://example.test';

describe('sameOriginUrl', () => {
  it.each([['sheet.txt', 'https://example.test/reports/sheet.txt'], ['/seeds/a.txt', 'https://example.test/seeds/a.txt'], ['../x/b.txt', 'https://example.test/x/b.txt']])('accepts %s', (src, href) => {
    expect(sameOriginUrl(src, base, origin)?.href).toBe(href);
  });
  it.each(['https://other.test/a.txt', '//other.test/a.txt', 'javascript:alert(1)', 'data:text/plain,abc', 'http://example.test/a.txt'])('refuses %s', (src) => {
    expect(sameOriginUrl(src, base, origin)).toBeNull();
  });
});

describe('fetchSheet', () => {
  it('refuses another origin without fetching', async () => {
    const r = await fetchSheet('https://other.test/a.txt', base, origin);
    expect(r).toEqual({ ok: false, reason: 'origin', status: 'refused', url: 'https://other.test/a.txt' });
  });
});

// --- issue #12: the one size limit and the one decode function on the URL paths ---

const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(new URL(`../encodings/${name}`, import.meta.url)));

/** A streamed body of `chunks`, counting how many were pulled and whether it was cancelled. */
function body(chunks: Uint8Array[]) {
  const seen = { pulled: 0, cancelled: false };
  const stream = new ReadableStream<Uint8Array>({
    pull(c) {
      const next = chunks[seen.pulled++];
      if (next) c.enqueue(next);
      else c.close();
    },
    cancel() {
      seen.cancelled = true;
    },
  }, { highWaterMark: 0 });
  return { stream, seen };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('fetchSheet: sizes, encodings, kinds', () => {
  it('refuses a Content-Length over the limit without reading the body', async () => {
    const { stream, seen } = body([new Uint8Array(10)]);
    vi.stubGlobal('fetch', vi.fn(async () => new Response(stream, { headers: { 'content-length': String(21 * 1024 * 1024) } })));
    const r = await fetchSheet('data/big.txt', base, origin);
    expect(r).toMatchObject({ ok: false, reason: 'tooLarge', url: 'https://example.test/reports/data/big.txt' });
    if (!r.ok && 'message' in r) expect(r.message.ja).toBe('「big.txt」は21 MBあり、上限の20 MBを超えるため読み込みませんでした。');
    expect(seen.pulled).toBe(0);
  });

  it('stops reading a body without Content-Length once it passes the limit', async () => {
    const chunk = new Uint8Array(1024).fill(0x41);
    const { stream, seen } = body(Array.from({ length: 100 }, () => chunk));
    vi.stubGlobal('fetch', vi.fn(async () => new Response(stream)));
    const r = await fetchSheet('a.txt', base, origin, { maxBytes: 10 * 1024 });
    expect(r).toMatchObject({ ok: false, reason: 'tooLarge' });
    expect(seen.pulled).toBeLessThan(15);
    expect(seen.cancelled).toBe(true);
  });

  it.each(['seed.sjis.txt', 'seed.utf16le.txt', 'seed.utf16be-bom.txt', 'seed.utf8-bom.txt'])('decodes %s to the seed', async (name) => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response(fixture(name) as BodyInit)));
    expect(await fetchSheet(`data/${name}`, base, origin)).toEqual({ ok: true, text: seedText, url: `https://example.test/reports/data/${name}` });
  });

  it('an .xls is refused with what to do, naming the file (percent-decoded)', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response(fixture('old.xls') as BodyInit)));
    const r = await fetchSheet('data/%E7%B7%8F%E5%8B%99.xls', base, origin);
    expect(r).toMatchObject({ ok: false, reason: 'decode', status: 'FILE_OLD_EXCEL' });
    if (!r.ok && 'message' in r) expect(r.message.ja).toMatch(/^「総務\.xls」は古い形式のExcelブック/);
  });

  it('passes the abort signal to fetch (a newer src aborts the older request)', async () => {
    const f = vi.fn(async (_url: URL, init: RequestInit) => {
      expect(init.signal?.aborted).toBe(true);
      throw new DOMException('aborted', 'AbortError');
    });
    vi.stubGlobal('fetch', f);
    const abort = new AbortController();
    abort.abort();
    const r = await fetchSheet('a.txt', base, origin, { signal: abort.signal });
    expect(r).toMatchObject({ ok: false, reason: 'fetch' });
    expect(f).toHaveBeenCalledTimes(1);
  });
});
