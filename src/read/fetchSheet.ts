/**
 * Loading a sheet by URL (`#sheet=`, `<fund-flow-sankey src>`): same origin only, so embeds
 * cannot be pointed at other sites; the body is read under the app's one size limit and
 * decoded by the one decode function of every path (src/read/readResponse.ts, loaded on use).
 */
import type { Message } from '../contract/schema.ts';

/** Result of {@link fetchSheet}: `message` (tooLarge, decode) names the file and says what was expected. */
export type FetchResult =
  | { ok: true; text: string; url: string }
  | { ok: false; reason: 'origin'; status: string; url: string }
  | { ok: false; reason: 'fetch'; status: string; url: string }
  | { ok: false; reason: 'tooLarge'; status: string; url: string; message: Message }
  | { ok: false; reason: 'decode'; status: string; url: string; message: Message };

/** Resolves `src` against `base` and refuses anything outside `origin`. */
export function sameOriginUrl(src: string, base: string, origin: string): URL | null {
  try {
    const url = new URL(src, base);
    return url.origin === origin && (url.protocol === 'http:' || url.protocol === 'https:') ? url : null;
  } catch {
    return null;
  }
}

/** What fetchSheet may be told besides the URL. */
export interface FetchOptions {
  /** Aborts the request (a newer one took over). */
  signal?: AbortSignal;
  /** Largest body read, in bytes (default: the app's limit, src/read/limits.ts). */
  maxBytes?: number;
}

/** Fetches a sheet from the same origin as the page (credentials stay same-origin, no cache surprises). */
export async function fetchSheet(src: string, base = location.href, origin = location.origin, options: FetchOptions = {}): Promise<FetchResult> {
  const url = sameOriginUrl(src, base, origin);
  if (!url) return { ok: false, reason: 'origin', status: 'refused', url: src };
  try {
    const reading = import('./readResponse.ts');
    reading.catch(() => undefined); // awaited below; a failed import is reported there
    const res = await fetch(url, { credentials: 'same-origin', redirect: 'error', signal: options.signal });
    if (!res.ok) return { ok: false, reason: 'fetch', status: String(res.status), url: url.href };
    return await (await reading).readResponse(res, url, options.maxBytes);
  } catch (e) {
    return { ok: false, reason: 'fetch', status: e instanceof Error ? e.message : 'error', url: url.href };
  }
}
