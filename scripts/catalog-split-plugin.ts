/**
 * Vite plugin: the build splits the message catalogs (src/i18n/catalog/ja.ts, en.ts) into one
 * module per section, so each part of the app brings only the strings it shows.
 *
 * Why: a bundler places a whole module in one chunk. One catalog module read by the start-up
 * view and by the on-demand parts (comparison, tables, presentation…) would be loaded whole at
 * start, over the start-up budget. So every named import of a catalog,
 * `import { ui, panels as p } from '…/i18n/catalog/ja.ts'`, becomes one import per section,
 * `import { ui } from '…/ja.ts?section=ui'`, and a `?section=` module keeps only its section's
 * export (with the file's imports and unexported helpers; tree-shaking drops the unused ones).
 *
 * The catalogs' rules that make this sound are checked here and fail the build: sections are
 * imported by name (no namespace or default import, no `export *`), and no section refers to
 * another section (each is alone in its module).
 */
import type { Plugin } from 'vite';
import { parseAst } from 'vite';

/** A catalog file: src/i18n/catalog/<lang>.ts (without a query). */
const CATALOG = /[\\/]src[\\/]i18n[\\/]catalog[\\/](ja|en)\.ts$/;
const SECTION_QUERY = /\?section=([A-Za-z_$][\w$]*)$/;

type Node = { type: string; start: number; end: number; [key: string]: unknown };
type Program = { body: Node[] };

const ident = (n: unknown): string | null => (n && typeof n === 'object' && (n as Node).type === 'Identifier' ? String((n as Node).name) : null);

/** The names a top-level `export const a = …, b = …` (or function) declares. */
function declaredNames(decl: Node): string[] {
  if (decl.type === 'VariableDeclaration') return (decl.declarations as Node[]).map((d) => ident(d.id)).filter((n): n is string => n !== null);
  const name = ident(decl.id);
  return name ? [name] : [];
}

/**
 * Every identifier name read under `node`: a scope-blind walk, enough to catch a section naming
 * another. Property names (`{ share: … }`, `a.share`) are not reads and are skipped.
 */
function identifiers(node: unknown, out: Set<string>): Set<string> {
  if (Array.isArray(node)) for (const n of node) identifiers(n, out);
  else if (node && typeof node === 'object') {
    const n = node as Node;
    if (n.type === 'Identifier') out.add(String(n.name));
    const nameOnly = (n.type === 'Property' && !n.computed && !n.shorthand && 'key') || (n.type === 'MemberExpression' && !n.computed && 'property');
    for (const [key, value] of Object.entries(n)) if (key !== 'type' && key !== nameOnly && value && typeof value === 'object') identifiers(value, out);
  }
  return out;
}

/** The catalog's sections (its exported declarations) by name. */
export function sectionsOf(program: Program): Map<string, Node> {
  const sections = new Map<string, Node>();
  for (const stmt of program.body) {
    if (stmt.type !== 'ExportNamedDeclaration') continue;
    const decl = stmt.declaration as Node | null;
    if (!decl) throw new Error('a catalog exports its sections as `export const name = …`, not `export { … }`');
    for (const name of declaredNames(decl)) sections.set(name, stmt);
  }
  return sections;
}

/**
 * The code of one section's module: the catalog's JavaScript without the other sections'
 * exports. Throws when the section is not there or names another section.
 */
export function sliceSection(code: string, section: string, parse: (code: string) => Program = (c) => parseAst(c) as unknown as Program): string {
  const program = parse(code);
  const sections = sectionsOf(program);
  const own = sections.get(section);
  if (!own) throw new Error(`the catalog has no section "${section}" (it has: ${[...sections.keys()].join(', ')})`);
  const others = new Set([...sections.keys()].filter((name) => name !== section));
  const named = [...identifiers(own.declaration, new Set())].filter((name) => others.has(name));
  if (named.length > 0) throw new Error(`section "${section}" refers to section(s) ${named.join(', ')}: sections are split apart; share a value through an unexported const`);
  let out = '';
  let at = 0;
  for (const stmt of program.body) {
    if (stmt.type !== 'ExportNamedDeclaration' || stmt === own) continue;
    out += code.slice(at, stmt.start);
    at = stmt.end;
  }
  return out + code.slice(at);
}

type ImportNode = Node & { source: Node & { value: string }; specifiers: (Node & { imported?: Node; local: Node })[] };

/**
 * `code` with each named import of a catalog turned into one import per section; null when it
 * imports no catalog. `isCatalog` says whether an import source is a catalog file.
 */
export function splitImports(code: string, isCatalog: (source: string) => boolean, parse: (code: string) => Program = (c) => parseAst(c) as unknown as Program): string | null {
  const program = parse(code);
  const edits: { start: number; end: number; text: string }[] = [];
  for (const stmt of program.body) {
    const source = (stmt as ImportNode).source;
    if (!source || typeof source.value !== 'string' || !isCatalog(source.value)) continue;
    if (stmt.type === 'ExportAllDeclaration') throw new Error(`\`export * from '${source.value}'\`: import catalog sections by name`);
    const specs = (stmt as ImportNode).specifiers ?? [];
    const parts: string[] = [];
    for (const s of specs) {
      if (s.type !== 'ImportSpecifier' && s.type !== 'ExportSpecifier') throw new Error(`a namespace or default import of '${source.value}': import catalog sections by name`);
      const imported = ident(s.type === 'ImportSpecifier' ? s.imported : s.local) ?? '';
      const local = ident(s.type === 'ImportSpecifier' ? s.local : s.exported) ?? imported;
      const from = JSON.stringify(`${source.value}?section=${imported}`);
      parts.push(stmt.type === 'ImportDeclaration' ? `import { ${imported} as ${local} } from ${from};` : `export { ${imported} as ${local} } from ${from};`);
    }
    edits.push({ start: stmt.start, end: stmt.end, text: parts.join(' ') });
  }
  if (edits.length === 0) return null;
  let out = code;
  for (const e of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

/** The plugin (build, dev server and tests alike, so what the tests run is what ships). */
export function catalogSplit(): Plugin {
  return {
    name: 'catalog-split',
    // After TypeScript and Svelte have become JavaScript (normal order: after Vite's own transforms).
    async transform(code, id) {
      const clean = id.replace(/\?.*$/, '');
      const section = SECTION_QUERY.exec(id);
      if (section && CATALOG.test(clean)) return { code: sliceSection(code, section[1] ?? ''), map: null };
      if (CATALOG.test(clean) || !/[\\/]src[\\/]/.test(clean) || !/catalog\/(ja|en)(\.ts)?["']/.test(code)) return null;
      const targets = new Map<string, boolean>();
      for (const m of code.matchAll(/from\s*["']([^"']*catalog\/(?:ja|en)(?:\.ts)?)["']/g)) {
        const spec = m[1] ?? '';
        if (targets.has(spec)) continue;
        const resolved = await this.resolve(spec, id);
        targets.set(spec, !!resolved && CATALOG.test(resolved.id.replace(/\?.*$/, '')));
      }
      const out = splitImports(code, (source) => targets.get(source) === true);
      return out === null ? null : { code: out, map: null };
    },
  };
}
