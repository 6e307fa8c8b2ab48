/**
 * A fetched sheet's body → text, for `#sheet=` and `<fund-flow-sankey src>` (loaded on use,
 * so none of it is in the start-up chunks): the app's one size limit — a Content-Length over
 * it is refused before the body is read, and reading stops once the body passes it — then the
 * one decode function of every path.
 */
import type { FetchResult } from './fetchSheet.ts';
import { decodeFile, refusal, type Decoded } from './decode.ts';
import { MAX_FILE_BYTES, megabytes } from './limits.ts';

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

/** The file name of a URL, for messages (`2022-総務-21-0059.txt`). */
function fileName(url: URL): string {
  const last = url.pathname.split('/').filter(Boolean).at(-1) ?? url.pathname;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

/** Reads and decodes the response for `url`; `max` defaults to the app's limit. */
export async function readResponse(res: Response, url: URL, max = MAX_FILE_BYTES): Promise<FetchResult> {
  const name = fileName(url);
  const tooLarge = (mb: string): Decoded => refusal('FILE_TOO_LARGE', name, { mb, max: megabytes(max) });
  let r: Decoded;
  const length = Number(res.headers.get('content-length'));
  if (length > max) {
    void res.body?.cancel().catch(() => undefined);
    r = tooLarge(megabytes(length));
  } else {
    const bytes = await readCapped(res, max);
    r = bytes ? await decodeFile(bytes, name) : tooLarge(`> ${megabytes(max)}`);
  }
  if (r.ok) return { ok: true, text: r.text, url: url.href };
  const { code, message } = r.diagnostic;
  return code === 'FILE_TOO_LARGE' ? { ok: false, reason: 'tooLarge', status: code, url: url.href, message } : { ok: false, reason: 'decode', status: code, url: url.href, message };
}
