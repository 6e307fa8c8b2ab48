/**
 * theme.css for the element's shadow root: the variables and page-wide rules (html, body, *) on
 * the host (`:host`) and its wrapper (`.root`), the rest unchanged. Inside a shadow root no rule reaches the host page,
 * and no rule of the host page reaches in (only inherited properties cross, and the host's own
 * box, which `:host` sets).
 */
export function hostTheme(theme: string): string {
  const rules = theme.replace(/(^|\n)html,\s*body\s*\{[\s\S]*?\}/, '').replace(/:root/g, ':host');
  // The host's box is the page's to style; the wrapper inside (`.root`) starts from the initial
  // values, so inherited properties the page sets on the element (letter-spacing, …) stop there.
  return `${rules}
:host { display: block; background: var(--surface); }
:host([hidden]) { display: none; }
.root { all: initial; display: block; color: var(--text); font-family: system-ui, 'Hiragino Sans', 'Noto Sans CJK JP', 'Noto Sans JP', 'Yu Gothic', sans-serif; font-size: 15px; line-height: 1.5; }`;
}
