import { describe, expect, it } from 'vitest';
import { fetchSheet, sameOriginUrl } from '../../src/read/fetchSheet.ts';

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
