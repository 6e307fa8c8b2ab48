/**
 * The one size limit of every input path (file picker, drop, paste, `#sheet=`, the custom
 * element, the CLI): bigger inputs are refused before they are read or parsed. Tiny on
 * purpose — the loaders import it at start-up; the decoding itself (decode.ts) loads on use.
 */

/** Largest input read, in bytes (20 MB). */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

/** Size in MB with one decimal, for messages (`21`, `20.5`). */
export const megabytes = (bytes: number): string => (bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '');

/** Bytes of `text` in UTF-8, counted without encoding it (for pasted text). */
export function utf8Bytes(text: string): number {
  // Most texts are far below the limit even at 3 bytes a character: no need to count.
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c < 0xdc00 && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** True when `text` is over the limit in UTF-8 (counted only when it could be). */
export const textTooLarge = (text: string, max = MAX_FILE_BYTES): boolean => text.length * 3 > max && (text.length > max || utf8Bytes(text) > max);
