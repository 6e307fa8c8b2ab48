/**
 * The user's own sheet and the way back to the bundled one: a loaded file is shown and kept in
 * this browser (src/state/keep.ts, loaded on first use), a reload shows it again, and
 * "back to the bundled sheet" forgets it. Nothing leaves the machine.
 */
import type { ParseOutput } from '../contract/schema.ts';
import type { AppState } from './app.svelte.ts';
import { readSeed } from './seed.ts';

/** Bytes of `text` as UTF-8 (what the file weighs when it was UTF-8). */
export const utf8Bytes = (text: string): number => new Blob([text]).size;

/** Shows the user's sheet and keeps it for the next visit; false (nothing kept) when it was refused. */
export async function openUserFile(app: AppState, text: string, name: string, size = utf8Bytes(text)): Promise<boolean> {
  if (!(await app.loadFile(text, name, size))) return false;
  const { keepSheet } = await import('./keep.ts');
  await keepSheet({ name, size, text });
  return true;
}

/** The bundled seed again (the JSON block in the page), and the kept sheet forgotten. */
export async function backToBundled(app: AppState, doc: Document = document): Promise<boolean> {
  const { forgetKept } = await import('./keep.ts');
  await forgetKept();
  const seed = readSeed(doc.getElementById('seed-sheet')?.textContent);
  if (!seed) return false;
  if (seed.output && app.show(seed.text, seed.name, seed.output as ParseOutput)) return true;
  return app.loadAsync(seed.text, seed.name);
}

/** Shows the sheet kept for this page, if any; false when there is none or it no longer reads. */
export async function restoreKept(app: AppState): Promise<boolean> {
  const { readKept, forgetKept } = await import('./keep.ts');
  const kept = await readKept();
  if (!kept) return false;
  if (await app.loadFile(kept.text, kept.name, kept.size)) return true;
  // Kept by an older build that read it, refused by this one: forget it, keep no error on screen.
  await forgetKept();
  app.dismissError();
  return false;
}
