/**
 * The "a sheet of the user's is kept for this page" flag (localStorage), read synchronously at
 * start (src/boot.ts) so the page does not paint the bundled seed's prerendered view first when
 * the kept sheet is what it will show. The sheet itself is in IndexedDB (src/state/keep.ts).
 */

/** The key of the sheet kept for this page (its address without query or hash). */
export function keepKey(loc: { origin: string; pathname: string } = location): string {
  return `${loc.origin === 'null' ? 'file:' : loc.origin}${loc.pathname}`;
}

/** localStorage key of the flag for this page. */
export const flagKey = (key = keepKey()): string => `fund-flow:kept:${key}`;

/** True when a sheet is kept for this page (false without localStorage). */
export function keptSheetFlag(): boolean {
  try {
    return localStorage.getItem(flagKey()) !== null;
  } catch {
    return false;
  }
}

