/**
 * The one size limit of every input path (file picker, drop, paste, `#sheet=`, the custom
 * element, the CLI): bigger inputs are refused before they are read or parsed. Tiny on
 * purpose — the loaders import it at start-up; the decoding itself (decode.ts) loads on use.
 */

/** Largest input read, in bytes (20 MB). */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

/** Size in MB with one decimal, for messages (`21`, `20.5`). */
export const megabytes = (bytes: number): string => (bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '');

