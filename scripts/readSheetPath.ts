/**
 * The CLI's way from a path to text: the app's one size limit (checked before reading) and
 * its one decode function (src/read/decode.ts: UTF-8 ±BOM, UTF-16 ±BOM, Shift_JIS, .xlsx),
 * so the CLI reads exactly what the browser reads.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { decodeFile, refusal, type Decoded } from '../src/read/decode.ts';
import { MAX_FILE_BYTES, megabytes } from '../src/read/limits.ts';

/** Reads and decodes `path`; throws only when the file cannot be read at all (missing, a directory…). */
export async function readSheetPath(path: string): Promise<Decoded> {
  const name = basename(path);
  const { size } = await stat(path);
  if (size > MAX_FILE_BYTES) return refusal('FILE_TOO_LARGE', name, { mb: megabytes(size), max: megabytes(MAX_FILE_BYTES) });
  return decodeFile(new Uint8Array(await readFile(path)), name);
}
