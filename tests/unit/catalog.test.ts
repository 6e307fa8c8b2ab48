/**
 * The one catalog per language (src/i18n/catalog/): both languages say the same things, every
 * value is written once, every diagnostic code the code emits has a message (and every message
 * a code that is emitted), and the build's split (scripts/catalog-split-plugin.ts) gives each
 * section its own module with exactly that section in it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAst } from 'vite';
import { describe, expect, it } from 'vitest';
import * as ja from '../../src/i18n/catalog/ja.ts';
import * as en from '../../src/i18n/catalog/en.ts';
import { englishDicts } from '../../src/i18n/english.ts';
import { sliceSection, splitImports } from '../../scripts/catalog-split-plugin.ts';
import { sourceFiles } from './japaneseLiterals.ts';

type Tree = Record<string, unknown>;

/** Every leaf path of a section with its kind: 'string', 'function' or 'object' (a record read by key, e.g. units). */
function shape(value: unknown, path = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof value === 'object' && value !== null && Object.keys(value).length > 0) {
    for (const [k, v] of Object.entries(value as Tree)) for (const [p, kind] of shape(v, `${path}.${k}`)) out.set(p, kind);
  } else out.set(path, typeof value);
  return out;
}


describe('the two catalogs', () => {
  it('have the same sections, each with the same keys and kinds of value', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(ja).sort());
    for (const section of Object.keys(ja) as (keyof typeof ja)[]) {
      if (section === 'units') continue; // a lookup table: Japanese shows units as written, so it has no entries
      expect([...shape(en[section])].sort(), section).toEqual([...shape(ja[section])].sort());
    }
  });

  it('the English chunk carries every section the UI switches by language', () => {
    const switched = Object.keys(ja).filter((s) => !['diagnostics', 'notices', 'failure', 'units'].includes(s));
    expect(Object.keys(englishDicts).sort()).toEqual(switched.sort());
    // The same texts (the app's copy is the split sections, so not the same objects).
    for (const s of switched) {
      const [mine, whole] = [englishDicts[s as keyof typeof englishDicts], en[s as keyof typeof en]];
      expect([...shape(mine)], s).toEqual([...shape(whole)]);
      expect(JSON.stringify(mine), s).toBe(JSON.stringify(whole));
    }
  });

  it('write each UI text once: no string literal stands twice as a value in one catalog', () => {
    const twice: string[] = [];
    for (const file of ['src/i18n/catalog/ja.ts', 'src/i18n/catalog/en.ts']) {
      const seen = new Map<string, number>();
      const program = parseAst(readFileSync(file, 'utf8').replace(/^import type .*$/gm, ''), { lang: 'ts' }) as unknown as { body: unknown[] };
      // Whole values only: a property's or a const's string, or an arrow function returning one.
      const visit = (node: unknown): void => {
        if (Array.isArray(node)) return node.forEach(visit);
        if (!node || typeof node !== 'object') return;
        const n = node as Tree & { type?: string };
        const value = n.type === 'Property' ? n.value : n.type === 'VariableDeclarator' ? n.init : null;
        const v = value as (Tree & { type?: string; value?: unknown }) | null;
        if (v?.type === 'Literal' && typeof v.value === 'string' && v.value.length > 1) seen.set(v.value, (seen.get(v.value) ?? 0) + 1);
        for (const [k, child] of Object.entries(n)) if (k !== 'type') visit(child);
      };
      visit(program.body);
      twice.push(...[...seen].filter(([, n]) => n > 1).map(([v]) => `${file}: ${v}`));
    }
    expect(twice).toEqual([]);
  });
});

describe('no dead text', () => {
  it('every key of a UI section is read somewhere in src/ (as `.key`, a quoted key or a shorthand)', () => {
    const code = sourceFiles('src').filter((f) => !f.includes(join('i18n', 'catalog'))).map((f) => readFileSync(f, 'utf8')).join('\n');
    const dead: string[] = [];
    for (const [section, texts] of Object.entries(ja)) {
      if (section === 'diagnostics' || section === 'units') continue; // codes (tested below); a lookup table
      for (const key of Object.keys(texts as object)) {
        if (!new RegExp(`\\.${key}\\b|['"]${key}['"]|\\b${key}\\b\\s*[,}]`).test(code)) dead.push(`${section}.${key}`);
      }
    }
    expect(dead).toEqual([]);
  });
});

describe('diagnostic codes', () => {
  const code = sourceFiles('src').filter((f) => !f.includes(join('i18n', 'catalog'))).map((f) => readFileSync(f, 'utf8')).join('\n');
  // A code is emitted as a quoted literal next to a severity or as a typed code constant.
  const emitted = new Set([...code.matchAll(/'([A-Z][A-Z0-9_]{3,})'/g)].map((m) => m[1] ?? ''));

  it('every code the sources, model and readers emit has a message in the catalog', () => {
    const made = [...code.matchAll(/\b(?:diag|rsDiag|message|refusal)\(\s*(?:'(?:error|warning|info)',\s*)?'([A-Z][A-Z0-9_]+)'/g)].map((m) => m[1] ?? '');
    expect(made.length).toBeGreaterThan(30);
    for (const c of made) expect(Object.keys(ja.diagnostics), c).toContain(c);
  });

  it('every message in the catalog belongs to a code the code can emit', () => {
    const unused = Object.keys(ja.diagnostics).filter((c) => !emitted.has(c));
    expect(unused).toEqual([]);
  });

  it('says the reason of a refused parent and of an inferred one in each language, from a code', () => {
    expect(ja.diagnostics.PARENT_OVERRIDE_INVALID({ block: 'C', parent: 'C', reason: 'self' })).toBe('ブロックCの資金元「C」は使えません(自分自身は資金元になれません)。推定した構造のままにしました。');
    expect(en.diagnostics.PARENT_OVERRIDE_INVALID({ block: 'C', parent: 'C', reason: 'self' })).toBe('Cannot make "C" the parent of block C (a block cannot fund itself); the inferred structure is kept.');
    expect(ja.diagnostics.PARENT_INFERRED({ block: 'B', children: 'C, D', reason: 'passesOn', contractType: '委託', total: 120, received: 100 })).toBe(
      'ブロックC, Dの資金元をブロックBと推定しました(資金を渡す契約(委託)で、合計120が下流の合計100を賄うため)。シートに矢印の情報はないため、変更できます。',
    );
    expect(en.diagnostics.PARENT_INFERRED({ block: 'A', children: 'E', reason: 'leftover', room: 30, total: 25 })).toBe(
      'Blocks E are inferred to be funded by block A (it is not among the blocks that match the 執行額, and what A has left (30) covers its 25). The text has no arrows, so this can be changed.',
    );
    expect(en.diagnostics.RS_TABLE_MISSING({ table: '5-3' })).toBe('No 5-3: 費目・使途 (expense categories and uses) not shown.');
    expect(ja.diagnostics.RS_TABLE_MISSING({ table: '5-3' })).toBe('5-3がありません: 費目・使途は表示されません。');
  });
});

describe('the build splits each catalog into one module per section', () => {
  const js = (src: string): string => src;

  it('a section module exports that section only, with the values of the whole catalog', async () => {
    for (const section of Object.keys(ja)) {
      // Loaded through the plugin (vite.config.ts runs it in the tests too).
      const part = (await import(/* @vite-ignore */ `../../src/i18n/catalog/ja.ts?section=${section}`)) as Tree;
      expect(Object.keys(part), section).toEqual([section]);
      expect([...shape(part[section])], section).toEqual([...shape(ja[section as keyof typeof ja])]);
    }
    const enCompare = '../../src/i18n/catalog/en.ts?section=compare';
    const compare = (await import(/* @vite-ignore */ enCompare)) as typeof en;
    expect(compare.compare.compareWith(2024)).toBe(en.compare.compareWith(2024));
  });

  it('cuts the other sections out and keeps imports and unexported helpers', () => {
    const code = js("import { x } from './x.ts';\nconst shared = 'both';\nexport const a = { one: shared, x };\nexport const b = { two: shared };\n");
    const sliced = sliceSection(code, 'b');
    expect(sliced).toContain("import { x } from './x.ts';");
    expect(sliced).toContain("const shared = 'both';");
    expect(sliced).toContain('export const b');
    expect(sliced).not.toContain('export const a');
  });

  it('refuses a section that names another (it would be undefined once split) or is missing', () => {
    expect(() => sliceSection("export const a = { t: 'x' };\nexport const b = { t: a.t };\n", 'b')).toThrow(/refers to section\(s\) a/);
    // A property merely called like a section is fine.
    expect(sliceSection("export const a = { t: 'x' };\nexport const b = { a: 'y', z: {}.a };\n", 'b')).toContain('export const b');
    expect(() => sliceSection("export const a = {};\n", 'c')).toThrow(/no section "c"/);
  });

  it('turns named imports of a catalog into one import per section, and refuses namespace imports', () => {
    const isCatalog = (s: string): boolean => s.endsWith('catalog/ja.ts');
    const out = splitImports("import { ui, panels as p } from '../i18n/catalog/ja.ts';\nimport { y } from './y.ts';\nui; p; y;\n", isCatalog);
    expect(out).toContain('import { ui as ui } from "../i18n/catalog/ja.ts?section=ui";');
    expect(out).toContain('import { panels as p } from "../i18n/catalog/ja.ts?section=panels";');
    expect(out).toContain("import { y } from './y.ts';");
    expect(splitImports("import { y } from './y.ts';\n", isCatalog)).toBeNull();
    expect(() => splitImports("import * as all from '../i18n/catalog/ja.ts';\n", isCatalog)).toThrow(/by name/);
  });
});
