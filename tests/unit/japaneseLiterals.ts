/** Finds the Japanese words written in source code (not in comments): the guard tests' scanner. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

export const JAPANESE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** The literals holding Japanese in a source text, as written (quotes, backticks and slashes kept). */
export function japaneseLiterals(fileName: string, text: string): string[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (
      ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isRegularExpressionLiteral(node) ||
      ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)
    ) {
      const raw = node.getText(source);
      if (JAPANESE.test(raw)) found.push(raw);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/**
 * The Japanese a Svelte component writes: the literals of its scripts, and any Japanese in its
 * markup (text or expressions), comments and styles aside. Markup findings are the trimmed line.
 */
export function japaneseInSvelte(fileName: string, text: string): string[] {
  const scripts = [...text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '');
  const markup = text.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '').replace(/<style\b[^>]*>[\s\S]*?<\/style>/g, '').replace(/<!--[\s\S]*?-->/g, '');
  return [
    ...scripts.flatMap((s) => japaneseLiterals(fileName, s)),
    ...markup.split('\n').filter((line) => JAPANESE.test(line)).map((line) => line.trim()),
  ];
}

/** Every .ts and .svelte file below `dir`. */
export function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    return e.isDirectory() ? sourceFiles(p) : /\.(ts|svelte)$/.test(e.name) ? [p] : [];
  });
}

/** Words found (`[file, literal]`) against an allow-list (file → literal → why): the unlisted ones, and listed ones no longer found. */
export function againstList(found: Iterable<[string, string]>, allowed: Record<string, Record<string, string>>): { unexpected: string[]; stale: string[] } {
  const unexpected: string[] = [];
  const seen = new Set<string>();
  for (const [file, literal] of found) {
    if (allowed[file]?.[literal]) seen.add(`${file} ${literal}`);
    else unexpected.push(`${file}: ${literal}`);
  }
  const stale = Object.entries(allowed).flatMap(([file, words]) => Object.keys(words).map((w) => `${file} ${w}`)).filter((k) => !seen.has(k));
  return { unexpected, stale };
}
