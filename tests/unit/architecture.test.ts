/**
 * The folder rules of docs/ARCHITECTURE.md, checked on the source: every relative import
 * (type-only ones count) between folders of src/ goes down the pipeline, never back up.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = 'src';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    return e.isDirectory() ? sourceFiles(p) : /\.(ts|svelte)$/.test(e.name) ? [p] : [];
  });
}

/** The folder a file belongs to: `model`, `sources/sheet-text`, … or `(root)` for src/*.ts. */
export function folderOf(file: string): string {
  const parts = normalize(file).split(/[\\/]/);
  if (parts.length <= 2) return '(root)';
  if (parts[1] === 'sources' && parts.length > 3) return `sources/${parts[2]}`;
  return parts[1] ?? '(root)';
}

/** Folder → folders it imports, from every `import … from './x'`, `import('./x')` and `import './x'`. */
export function folderGraph(files: string[], read: (f: string) => string): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const f of files) {
    for (const m of read(f).matchAll(/(?:\bfrom\s+|\bimport\s*\(\s*|\bimport\s+)['"](\.\.?\/[^'"]+)['"]/g)) {
      const from = folderOf(f);
      const to = folderOf(join(dirname(f), m[1] ?? ''));
      if (from === to) continue;
      if (!graph.has(from)) graph.set(from, new Set());
      graph.get(from)?.add(to);
    }
  }
  return graph;
}

/** Every cycle's folders (strongly connected components with more than one folder). */
export function folderCycles(graph: Map<string, Set<string>>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const out: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, index.size);
    low.set(v, index.get(v) ?? 0);
    stack.push(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) { visit(w); low.set(v, Math.min(low.get(v) ?? 0, low.get(w) ?? 0)); }
      else if (stack.includes(w)) low.set(v, Math.min(low.get(v) ?? 0, index.get(w) ?? 0));
    }
    if (low.get(v) === index.get(v)) {
      const scc: string[] = [];
      let w: string | undefined;
      do { w = stack.pop(); if (w !== undefined) scc.push(w); } while (w !== undefined && w !== v);
      if (scc.length > 1) out.push(scc.sort());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return out;
}

/** What each folder may import (docs/ARCHITECTURE.md); `sources/*` stands for every source. */
const ALLOWED: Record<string, string[]> = {
  util: [],
  contract: ['util'],
  i18n: ['contract', 'util'],
  'sources/*': ['contract', 'i18n', 'util'],
  model: ['contract', 'i18n', 'util'],
  read: ['contract', 'i18n', 'util', 'model', 'sources/*'],
  layout: ['contract', 'util'],
  state: ['contract', 'i18n', 'util', 'model', 'read', 'layout'],
  // read: the file picker decodes a file's bytes through the one decode function (read/decode.ts).
  view: ['contract', 'i18n', 'util', 'model', 'read', 'layout', 'state'],
  export: ['contract', 'i18n', 'util', 'model', 'layout', 'state', 'view'],
  embed: ['contract', 'i18n', 'util', 'model', 'read', 'layout', 'state', 'view'],
};

describe('folder rules', () => {
  const files = sourceFiles(ROOT);
  const graph = folderGraph(files, (f) => readFileSync(f, 'utf8'));

  it('finds the pipeline folders (the scan reads the tree)', () => {
    expect([...graph.keys()]).toEqual(expect.arrayContaining(['model', 'view', 'state', 'sources/sheet-text']));
  });

  it('has no import cycle between folders of src/', () => {
    expect(folderCycles(graph)).toEqual([]);
  });

  it('imports only down the pipeline', () => {
    const wrong: string[] = [];
    for (const [from, tos] of graph) {
      if (from === '(root)') continue;
      const rule = ALLOWED[from.startsWith('sources/') ? 'sources/*' : from];
      for (const to of tos) {
        const allowed = rule?.some((a) => a === to || (a === 'sources/*' && to.startsWith('sources/')));
        if (!allowed) wrong.push(`${from} → ${to}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('detects a cycle when there is one (the check can fail)', () => {
    const fake = folderGraph(['src/a/x.ts', 'src/b/y.ts'], (f) => (f.includes('/a/') ? "import { y } from '../b/y.ts';" : "import type { X } from '../a/x.ts';"));
    expect(folderCycles(fake)).toEqual([['a', 'b']]);
  });
});
