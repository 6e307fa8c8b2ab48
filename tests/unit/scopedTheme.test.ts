import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scopedTheme } from '../../src/embed/scopedTheme.ts';

// Read from disk: vitest gives CSS imports (even ?raw) as empty strings.
const theme = readFileSync(new URL('../../src/view/theme.css', import.meta.url), 'utf8');

/** Every style rule's selectors (at-rule preludes such as @media left out), comments removed. */
function selectors(css: string): string[] {
  const preludes = [...css.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/([^{}]+)\{/g)].map((m) => (m[1] ?? '').trim());
  return preludes.filter((p) => !p.startsWith('@')).flatMap((p) => p.split(',').map((s) => s.trim()));
}

describe('scopedTheme (the <fund-flow-sankey> element adds it to the host page)', () => {
  it('restyles nothing of the host page: every selector is the element or inside it', () => {
    const found = selectors(scopedTheme(theme));
    expect(found.length).toBeGreaterThan(3);
    for (const s of found) expect(s).toMatch(/^(fund-flow-sankey\b|:where\(fund-flow-sankey\) )/);
  });

  it('keeps class rules, each selector of a list inside the element, without adding specificity', () => {
    const css = ':root {\n  --a: 1px;\n}\nhtml,\nbody {\n  margin: 0;\n}\n* {\n  box-sizing: border-box;\n}\n.x,\n.y:focus-visible {\n  color: red;\n}\n.z dd {\n  margin: 0;\n}\n';
    const out = scopedTheme(css);
    expect(out).toContain('fund-flow-sankey {\n  --a: 1px;\n}');
    expect(out).toContain(':where(fund-flow-sankey) .x, :where(fund-flow-sankey) .y:focus-visible {\n  color: red;\n}');
    expect(out).toContain(':where(fund-flow-sankey) .z dd {\n  margin: 0;\n}');
    expect(out).not.toMatch(/html|body|(^|\n)\*/);
  });
});
