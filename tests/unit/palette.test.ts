// Issue #13: no colour with two meanings in one view. With the competition lens on, the family
// colours share the diagram with the kept-by-an-intermediary amber and the residual red of
// theme.css; each family colour must be far in hue from those (greys, which carry no hue, aside).
import { readFileSync } from 'node:fs';
import { FAMILY_COLORS } from '../../src/view/panels/palette.ts';

const theme = readFileSync(new URL('../../src/view/theme.css', import.meta.url), 'utf8');

/** Hue in degrees and saturation (0–1) of a #rrggbb colour. */
function hueSat(hex: string): { hue: number; sat: number } {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255) as [number, number, number];
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const d = max - min;
  const sat = max === 0 ? 0 : d / max;
  if (d === 0) return { hue: 0, sat };
  const hue = max === r ? ((g - b) / d) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  return { hue: (hue * 60 + 360) % 360, sat };
}
const apart = (a: number, b: number): number => Math.min(Math.abs(a - b), 360 - Math.abs(a - b));
/** Every value of a CSS variable in theme.css (light and dark). */
const values = (name: string): string[] => [...theme.matchAll(new RegExp(`${name}:\\s*(#[0-9a-fA-F]{6})`, 'g'))].map((m) => m[1]!);

describe('family colours vs the diagram colours that stay under the lens', () => {
  const kept = [...values('--node-kept'), ...values('--link-kept'), ...values('--node-residual'), ...values('--link-residual')];
  it('reads the kept and residual colours from theme.css (light, dark)', () => {
    expect(kept).toEqual(['#b26b00', '#f0a73a', '#d99a2b', '#e09a2c', '#b42318', '#f87171', '#c2410c', '#fb923c']);
  });
  for (const [family, color] of Object.entries(FAMILY_COLORS)) {
    it(`${family} (${color}) is neither amber nor the residual red`, () => {
      const f = hueSat(color);
      if (f.sat < 0.15) return; // a grey: no hue to confuse
      for (const k of kept) expect(apart(f.hue, hueSat(k).hue), `${color} vs ${k}`).toBeGreaterThanOrEqual(30);
    });
  }
  it('the old 随意契約(公募) orange #E69F00 and 随意契約(その他) vermillion #D55E00 would have failed', () => {
    expect(apart(hueSat('#E69F00').hue, hueSat('#d99a2b').hue)).toBeLessThan(30);
    expect(apart(hueSat('#D55E00').hue, hueSat('#b26b00').hue)).toBeLessThan(30);
  });
  it('the two blues differ in lightness (Okabe–Ito blue vs sky blue)', () => {
    const light = (hex: string) => Math.max(...[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)));
    expect(light(FAMILY_COLORS['open-call']) - light(FAMILY_COLORS.grant)).toBeGreaterThan(50);
  });
});
