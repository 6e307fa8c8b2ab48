/**
 * Reading a sheet file in the browser: the one size limit before reading (src/read/limits.ts),
 * then the one decode function of every path (src/read/decode.ts, loaded on first use):
 * UTF-8 (±BOM), UTF-16 LE/BE (±BOM), Shift_JIS, .xlsx; anything else refused with a message.
 * SheetLoader loads this module when a file is given, so the start-up JS does not carry it.
 */
import type { Message } from '../../contract/schema.ts';
import { MAX_FILE_BYTES, megabytes } from '../../read/limits.ts';

export { megabytes };

export type ReadResult =
  | { ok: true; text: string }
  | { ok: false; reason: 'tooLarge' | 'readFailed' }
  /** Read, but not a text file or workbook the app can read: `message` names the file and says what to do. */
  | { ok: false; reason: 'refused'; message: Message };

/** Reads and decodes a file; its bytes are not touched when it is over `maxBytes`. */
export async function readSheetFile(file: Blob, maxBytes = MAX_FILE_BYTES): Promise<ReadResult> {
  if (file.size > maxBytes) return { ok: false, reason: 'tooLarge' };
  // Asked for at once (it loads while the bytes are read); if it cannot load, the file could not be read.
  const decoding = import('../../read/decode.ts').catch(() => null);
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    return { ok: false, reason: 'readFailed' };
  }
  const name = 'name' in file && typeof file.name === 'string' ? file.name : 'file';
  const decoder = await decoding;
  if (!decoder) return { ok: false, reason: 'readFailed' };
  const r = await decoder.decodeFile(bytes, name);
  return r.ok ? { ok: true, text: r.text } : { ok: false, reason: 'refused', message: r.diagnostic.message };
}
