import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hostTheme } from '../../src/embed/scopedTheme.ts';

// Read from disk: vitest gives CSS imports (even ?raw) as empty strings.
const theme = readFileSync(new URL('../../src/view/theme.css', import.meta.url), 'utf8');

describe('hostTheme (the shadow root of the element)', () => {
  it('puts the variables on :host (light and dark), drops html/body, and resets inherited properties on the wrapper', () => {
    const out = hostTheme(theme);
    expect(out).not.toMatch(/:root|(^|\n)html|(^|\n)body/);
    // Both palettes: the light one and the dark one inside its media query.
    expect(out.match(/:host \{\n  color-scheme/g)).toHaveLength(1);
    expect(out).toMatch(/@media screen and \(prefers-color-scheme: dark\) \{\n  :host \{/);
    expect(out).toContain('.root { all: initial; display: block;');
    expect(out).toContain('.visually-hidden {');
  });
});
