/**
 * The sheet the user loaded, kept in this browser (IndexedDB) so a reload shows it again;
 * nothing leaves the machine. One sheet per page address (the single HTML file opened from
 * disk and the app on a site each keep their own). A small localStorage flag says a sheet is
 * kept, so the page can decide at once, before any script chunk loads, not to show the bundled
 * seed's prerendered view (src/boot.ts). Every call swallows storage errors (private mode,
 * storage disabled, a sandboxed frame): the app then simply does not remember.
 */

/** What is kept: the file's name, its size in bytes and the text read from it. */
export interface KeptSheet {
  name: string;
  size: number;
  text: string;
}

const DB = 'fund-flow-explorer';
const STORE = 'sheets';

export { keepKey };

import { flagKey, keepKey } from './keptFlag.ts';

function openDb(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB, 1);
    req.onupgradeneeded = () => {
      if (!req.result.objectStoreNames.contains(STORE)) req.result.createObjectStore(STORE);
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('indexedDB.open failed'));
    req.onblocked = () => reject(new Error('indexedDB.open blocked'));
  });
}

async function run<T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await openDb();
  try {
    return await new Promise<T>((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const req = work(tx.objectStore(STORE));
      tx.oncomplete = () => resolve(req.result);
      tx.onerror = () => reject(tx.error ?? new Error('indexedDB transaction failed'));
      tx.onabort = () => reject(tx.error ?? new Error('indexedDB transaction aborted'));
    });
  } finally {
    db.close();
  }
}

function setFlag(on: boolean, key: string): void {
  try {
    if (on) localStorage.setItem(flagKey(key), '1');
    else localStorage.removeItem(flagKey(key));
  } catch {
    // No localStorage: a reload then shows the seed first, and the kept sheet after it.
  }
}

/** Keeps `sheet` for this page; resolves false when the browser would not store it. */
export async function keepSheet(sheet: KeptSheet, key = keepKey()): Promise<boolean> {
  try {
    await run('readwrite', (s) => s.put({ name: sheet.name, size: sheet.size, text: sheet.text }, key));
    setFlag(true, key);
    return true;
  } catch {
    setFlag(false, key);
    return false;
  }
}

/** The sheet kept for this page, or null (none, damaged, or no storage). */
export async function readKept(key = keepKey()): Promise<KeptSheet | null> {
  try {
    const v: unknown = await run('readonly', (s) => s.get(key));
    if (v && typeof v === 'object' && 'text' in v && typeof v.text === 'string' && 'name' in v && typeof v.name === 'string') {
      const size = 'size' in v && typeof v.size === 'number' && Number.isFinite(v.size) ? v.size : new Blob([v.text]).size;
      return { name: v.name, size, text: v.text };
    }
  } catch {
    // Fall through: nothing usable is kept.
  }
  setFlag(false, key);
  return null;
}

/** Forgets the sheet kept for this page. */
export async function forgetKept(key = keepKey()): Promise<void> {
  setFlag(false, key);
  try {
    await run('readwrite', (s) => s.delete(key));
  } catch {
    // Nothing kept, or no storage: nothing to forget.
  }
}
