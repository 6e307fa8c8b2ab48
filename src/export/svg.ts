/**
 * Standalone SVG export: a copy of the rendered diagram with every colour and font
 * resolved from CSS (custom properties, dark mode) into attributes, plus a title, the
 * unit and source, a legend and a declared font-family, so it opens anywhere.
 */

/** What the exported file says around the diagram. */
export interface SvgExportInfo {
  title: string;
  /** e.g. "総務省 · 2022-総務-21-0059 · 令和4年度 (2022) · 単位: 百万円". */
  subtitle: string;
  legend: { label: string; color: string }[];
  /** Background colour; the diagram's own by default. */
  background?: string;
}

const SVG_NS = 'http://www.w3.org/2000/svg';
export const FONT_STACK = "'Noto Sans CJK JP', 'Noto Sans JP', 'Hiragino Sans', 'Yu Gothic', Meiryo, sans-serif";
const PROPS = ['fill', 'fill-opacity', 'stroke', 'stroke-opacity', 'stroke-width', 'stroke-dasharray', 'opacity', 'font-size', 'font-weight', 'text-anchor', 'dominant-baseline', 'paint-order', 'stroke-linejoin'] as const;

function text(doc: Document, x: number, y: number, content: string, size: number, weight = 400, fill = '#1a1a1a'): SVGTextElement {
  const t = doc.createElementNS(SVG_NS, 'text');
  t.setAttribute('x', String(x));
  t.setAttribute('y', String(y));
  t.setAttribute('font-size', String(size));
  t.setAttribute('font-weight', String(weight));
  t.setAttribute('fill', fill);
  t.textContent = content;
  return t;
}

/** Copies resolved presentation styles from the live tree onto its clone, dropping what is not drawn. */
function inlineStyles(live: Element, copy: Element): void {
  const view = live.ownerDocument.defaultView;
  if (view) {
    const cs = view.getComputedStyle(live);
    if (cs.display === 'none' || cs.visibility === 'hidden') {
      copy.remove();
      return;
    }
    for (const p of PROPS) {
      const v = cs.getPropertyValue(p);
      if (v && v !== 'normal' && v !== 'auto') copy.setAttribute(p, v);
    }
  }
  copy.removeAttribute('class');
  copy.removeAttribute('tabindex');
  copy.removeAttribute('style');
  for (const a of [...copy.attributes]) if (a.name.startsWith('on') || a.name.startsWith('aria-') || a.name === 'role' || a.name.startsWith('data-')) copy.removeAttribute(a.name);
  const liveKids = [...live.children];
  const copyKids = [...copy.children];
  liveKids.forEach((k, i) => {
    const c = copyKids[i];
    if (c) inlineStyles(k, c);
  });
}

/** Serialises the diagram `svg` as a standalone SVG document string. */
export function standaloneSvg(svg: SVGSVGElement, info: SvgExportInfo): string {
  const doc = svg.ownerDocument;
  const box = svg.viewBox.baseVal;
  const width = box && box.width ? box.width : svg.clientWidth || 960;
  const height = box && box.height ? box.height : svg.clientHeight || 600;
  const head = 64;
  const legendRows = Math.ceil(info.legend.length / 4);
  const foot = 16 + legendRows * 22;
  const out = doc.createElementNS(SVG_NS, 'svg');
  out.setAttribute('xmlns', SVG_NS);
  out.setAttribute('width', String(width));
  out.setAttribute('height', String(height + head + foot));
  out.setAttribute('viewBox', `0 0 ${width} ${height + head + foot}`);
  out.setAttribute('font-family', FONT_STACK);
  const style = doc.createElementNS(SVG_NS, 'style');
  style.textContent = `svg { font-family: ${FONT_STACK}; }`;
  out.append(style);
  const titleEl = doc.createElementNS(SVG_NS, 'title');
  titleEl.textContent = info.title;
  out.append(titleEl);
  const bg = doc.createElementNS(SVG_NS, 'rect');
  bg.setAttribute('width', '100%');
  bg.setAttribute('height', '100%');
  bg.setAttribute('fill', info.background ?? '#ffffff');
  out.append(bg);
  out.append(text(doc, 12, 26, info.title, 18, 700), text(doc, 12, 48, info.subtitle, 12, 400, '#444444'));
  const body = svg.cloneNode(true) as SVGSVGElement;
  inlineStyles(svg, body);
  const g = doc.createElementNS(SVG_NS, 'g');
  g.setAttribute('transform', `translate(0 ${head})`);
  g.append(...[...body.childNodes].filter((n) => n.nodeName !== 'title' && n.nodeName !== 'desc'));
  out.append(g);
  info.legend.forEach((item, i) => {
    const x = 12 + (i % 4) * Math.max(160, width / 4);
    const y = head + height + 16 + Math.floor(i / 4) * 22;
    const swatch = doc.createElementNS(SVG_NS, 'rect');
    swatch.setAttribute('x', String(x));
    swatch.setAttribute('y', String(y - 10));
    swatch.setAttribute('width', '14');
    swatch.setAttribute('height', '12');
    swatch.setAttribute('fill', item.color);
    out.append(swatch, text(doc, x + 20, y, item.label, 12));
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(out)}`;
}
