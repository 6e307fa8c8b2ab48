/**
 * Text measurement without a DOM: an estimate of rendered width good enough to
 * keep labels apart (full-width CJK ≈ 1 em, Latin and digits ≈ 0.6 em).
 */

/** True for characters drawn full-width (CJK ideographs, kana, full-width forms). */
export function isWide(ch: string): boolean {
  const c = ch.codePointAt(0) ?? 0;
  if (c >= 0xff61 && c <= 0xff9f) return false; // half-width katakana
  if (c === 0x2026 || c === 0x203b) return true; // … and ※ are full-width in Japanese fonts
  return (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xffef) || c >= 0x20000;
}

/** Estimated width in pixels of `text` at `fontSize`. */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) em += isWide(ch) ? 1 : ch === ' ' ? 0.3 : 0.62;
  return em * fontSize;
}

/** `text` cut to fit `maxWidth`, ending in "…" when cut; "" when not even "…" fits. */
export function ellipsize(text: string, maxWidth: number, fontSize: number): string {
  if (textWidth(text, fontSize) <= maxWidth) return text;
  const ellipsis = '…';
  const room = maxWidth - textWidth(ellipsis, fontSize);
  if (room < 0) return '';
  let out = '';
  let w = 0;
  for (const ch of text) {
    const cw = textWidth(ch, fontSize);
    if (w + cw > room) break;
    out += ch;
    w += cw;
  }
  return out.trimEnd() + ellipsis;
}
