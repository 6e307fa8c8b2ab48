/**
 * theme.css for the <fund-flow-sankey> element, which adds it to the host page's <head>:
 * the variables on the element instead of :root, the shared classes (.button, …) only
 * inside the element, and the page-wide rules (html, body, *) left out, so the host
 * page's own elements are never restyled.
 */
export function scopedTheme(theme: string): string {
  const rules = theme.replace(/(^|\n)html,\s*body\s*\{[\s\S]*?\}/, '').replace(/(^|\n)\*\s*\{[\s\S]*?\}/, '');
  // A top-level class rule: each selector of the list only inside the element. :where() adds
  // no specificity, so the components' scoped rules override these as they do in the app.
  const inside = rules.replace(
    /(^|\n)(\.[^{]*)\{/g,
    (_, start: string, selectors: string) =>
      `${start}${selectors
        .split(',')
        .map((s) => `:where(fund-flow-sankey) ${s.trim()}`)
        .join(', ')} {`,
  );
  return `${inside.replace(/:root/g, 'fund-flow-sankey')}
fund-flow-sankey { display: block; background: var(--surface); color: var(--text); font-family: system-ui, 'Hiragino Sans', 'Noto Sans CJK JP', 'Noto Sans JP', 'Yu Gothic', sans-serif; font-size: 15px; line-height: 1.5; }
fund-flow-sankey * { box-sizing: border-box; }`;
}
