/**
 * Loading a sheet by URL (`#sheet=`, `<fund-flow-sankey src>`): same origin only, so embeds
 * cannot be pointed at other sites; the app's one size limit (a Content-Length over it is
 * refused before the body is read, and reading stops once the body passes it); the bytes
 * decoded by the one decode function of every path (src/sources/decode.ts, loaded on use).
 */
import type { Message } from '../contract/schema.ts';
import { MAX_FILE_BYTES, megabytes } from '../sources/limits.ts';

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

/** The file name of a URL, for messages (`2022-総務-21-0059.txt`). */
function fileName(url: URL): string {
  const last = url.pathname.split('/').filter(Boolean).at(-1) ?? url.pathname;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

/** What fetchSheet may be told besides the URL. */
export interface FetchOptions {
  /** Aborts the request (a newer one took over). */
  signal?: AbortSignal;
  /** Largest body read, in bytes (default: the app's limit). */
  maxBytes?: number;
}

/** The body's bytes, or null as soon as it passes `max` (the rest is not downloaded). */
async function readCapped(res: Response, max: number): Promise<Uint8Array | null> {
  if (!res.body) {
    const all = new Uint8Array(await res.arrayBuffer());
    return all.length > max ? null : all;
  }
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > max) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** Fetches a sheet from the same origin as the page (credentials stay same-origin, no cache surprises). */
export async function fetchSheet(src: string, base = location.href, origin = location.origin, options: FetchOptions = {}): Promise<FetchResult> {
  const url = sameOriginUrl(src, base, origin);
  if (!url) return { ok: false, reason: 'origin', status: 'refused', url: src };
  const max = options.maxBytes ?? MAX_FILE_BYTES;
  const name = fileName(url);
  try {
    const decoding = import('../sources/decode.ts');
    const res = await fetch(url, { credentials: 'same-origin', redirect: 'error', signal: options.signal });
    if (!res.ok) return { ok: false, reason: 'fetch', status: String(res.status), url: url.href };
    const { decodeFile, refusal } = await decoding;
    const tooLarge = (mb: string) => ({ ok: false, reason: 'tooLarge', status: 'too large', url: url.href, message: refusal('FILE_TOO_LARGE', name, { mb, max: megabytes(max) }).diagnostic.message }) as const;
    const length = Number(res.headers.get('content-length'));
    if (length > max) {
      void res.body?.cancel().catch(() => undefined);
      return tooLarge(megabytes(length));
    }
    const bytes = await readCapped(res, max);
    if (!bytes) return tooLarge(`> ${megabytes(max)}`);
    const r = await decodeFile(bytes, name);
    if (!r.ok) return { ok: false, reason: 'decode', status: r.diagnostic.code, url: url.href, message: r.diagnostic.message };
    return { ok: true, text: r.text, url: url.href };
  } catch (e) {
    return { ok: false, reason: 'fetch', status: e instanceof Error ? e.message : 'error', url: url.href };
  }
}
