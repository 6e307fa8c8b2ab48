/** Loading a sheet by URL: same origin only, so embeds cannot be pointed at other sites. */

/** Result of {@link fetchSheet}. */
export type FetchResult = { ok: true; text: string; url: string } | { ok: false; reason: 'origin' | 'fetch'; status: string; url: string };

/** Resolves `src` against `base` and refuses anything outside `origin`. */
export function sameOriginUrl(src: string, base: string, origin: string): URL | null {
  try {
    const url = new URL(src, base);
    return url.origin === origin && (url.protocol === 'http:' || url.protocol === 'https:') ? url : null;
  } catch {
    return null;
  }
}

/** Fetches a sheet from the same origin as the page (credentials stay same-origin, no cache surprises). */
export async function fetchSheet(src: string, base = location.href, origin = location.origin): Promise<FetchResult> {
  const url = sameOriginUrl(src, base, origin);
  if (!url) return { ok: false, reason: 'origin', status: 'refused', url: src };
  try {
    const res = await fetch(url, { credentials: 'same-origin', redirect: 'error' });
    if (!res.ok) return { ok: false, reason: 'fetch', status: String(res.status), url: url.href };
    const buf = await res.arrayBuffer();
    const text = new TextDecoder('utf-8').decode(buf);
    return { ok: true, text: text.startsWith('\uFEFF') ? text.slice(1) : text, url: url.href };
  } catch (e) {
    return { ok: false, reason: 'fetch', status: e instanceof Error ? e.message : 'error', url: url.href };
  }
}
