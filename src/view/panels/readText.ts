/** Reading a sheet file in the browser: size limit before reading, UTF-8 with BOM stripped. */

/** Largest file read (20 MB). */
export const MAX_BYTES = 20 * 1024 * 1024;

/** Drops a leading byte-order mark. */
export const stripBom = (text: string): string => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

export type ReadResult = { ok: true; text: string } | { ok: false; reason: 'tooLarge' | 'readFailed' };

/**
 * Reads a file as text without touching its bytes when it is over `maxBytes`.
 * UTF-8 (File.text()); when that yields replacement characters, a strict Shift_JIS
 * decode is tried (older sheets are often saved as Shift_JIS).
 */
export async function readSheetFile(file: Blob, maxBytes = MAX_BYTES): Promise<ReadResult> {
  if (file.size > maxBytes) return { ok: false, reason: 'tooLarge' };
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { ok: false, reason: 'readFailed' };
  }
  if (text.includes('\uFFFD') && typeof file.arrayBuffer === 'function') {
    try {
      text = new TextDecoder('shift_jis', { fatal: true }).decode(await file.arrayBuffer());
    } catch {
      // not Shift_JIS either: keep the UTF-8 text; the parser reports what it cannot read
    }
  }
  return { ok: true, text: stripBom(text) };
}

/** Size in MB with one decimal, for messages. */
export const megabytes = (bytes: number): string => (bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '');
