import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { esc, linkMarkup, nodeMarkup } from '../../src/view/flowMarkup.ts';
import type { LayoutLink, LayoutNode, PlacedLabel } from '../../src/layout/index.ts';

const node: LayoutNode = { id: 'B', kind: 'block', label: 'B', blockId: 'B', line: 1, x0: 10, x1: 24, y0: 100, y1: 101, value: 1, layer: 1 };
const label = (over: Partial<PlacedLabel> = {}): PlacedLabel => ({
  id: 'B',
  x: 30,
  y: 90,
  anchor: 'start',
  fontSize: 13,
  lineHeight: 16.9,
  lines: ['B <株式会社> "A&B"', '1.5百万円'],
  nameLines: 1,
  inline: false,
  truncated: false,
  nodeY: 100.5,
  box: { x0: 30, y0: 90, x1: 120, y1: 111 },
  ...over,
});

function parse(markup: string): Element {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.innerHTML = markup;
  return svg;
}

describe('flowMarkup', () => {
  it('escapes text and attribute values', () => {
    expect(esc(`<a href="x">&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&#39;&lt;/a&gt;');
  });

  // The markup goes into the page with {@html}: any name a sheet may hold must come back as text only.
  it('renders any hostile name and amount as exactly that text, with no element or attribute of its own (property)', () => {
    const hostile = fc.oneof(
      fc.string(),
      fc.constantFrom('<img src=x onerror=alert(1)>', '"><script>alert(1)</script>', "' onmouseover='x", '</text><foreignObject>', '&amp;&lt;', ']]><!--'),
    );
    fc.assert(
      fc.property(hostile, hostile, (name, amount) => {
        const svg = parse(nodeMarkup(node, 'var(--node-block)', label({ lines: [name, amount], truncated: true }), name));
        const elements = [...svg.querySelectorAll('*')].map((e) => e.localName);
        expect(elements.every((n) => ['g', 'rect', 'line', 'text', 'tspan', 'title'].includes(n))).toBe(true);
        for (const e of svg.querySelectorAll('*')) for (const a of e.getAttributeNames()) expect(a.startsWith('on')).toBe(false);
        const spans = [...svg.querySelectorAll('text tspan')].map((t) => t.textContent);
        expect(spans).toEqual([name, amount]);
        expect(svg.querySelector('title')?.textContent).toBe(name);
      }),
      { numRuns: 300 },
    );
  });

  it('draws a bar at least 2 px tall, a larger hit area and the label lines as tspans, names kept verbatim', () => {
    const svg = parse(nodeMarkup(node, 'var(--node-block)', label(), 'full'));
    const bar = svg.querySelector('rect.bar');
    expect(bar?.getAttribute('height')).toBe('2');
    expect(bar?.getAttribute('y')).toBe('99.5');
    expect(bar?.getAttribute('fill')).toBe('var(--node-block)');
    expect(svg.querySelector('rect.hit')?.getAttribute('width')).toBe('22');
    const spans = [...svg.querySelectorAll('text tspan')];
    expect(spans.map((t) => t.textContent)).toEqual(['B <株式会社> "A&B"', '1.5百万円']);
    expect(spans.map((t) => t.getAttribute('class'))).toEqual([null, 'amount']);
    expect(spans[1]?.getAttribute('dy')).toBe('16.9');
    expect(svg.querySelector('title')).toBeNull();
    expect(svg.querySelector('path.leader')).toBeNull();
  });

  it('puts name and amount on one row when inline, adds the full name as a title when cut, and a leader when the label moved', () => {
    const svg = parse(nodeMarkup(node, '#000', label({ inline: true, truncated: true, y: 200, box: { x0: 30, y0: 200, x1: 120, y1: 217 } }), 'B 株式会社 & co'));
    const spans = [...svg.querySelectorAll('tspan')];
    expect(spans[1]?.getAttribute('dx')).toBe('0.5em');
    expect(spans[1]?.hasAttribute('x')).toBe(false);
    expect(svg.querySelector('text title')?.textContent).toBe('B 株式会社 & co');
    expect(svg.querySelector('path.leader')?.getAttribute('d')).toBe('M24,100.5L27,208.5');
  });

  it('draws a band as one path or one stripe per family, with a hit path when thin', () => {
    const link: LayoutLink = { id: 'A→B', source: 'A', target: 'B', value: 1, kind: 'fund', families: [], line: null, width: 3, y0: 1, y1: 2, x0: 0, x1: 9, path: 'M0,1C4.5,1,4.5,2,9,2' };
    const one = parse(linkMarkup(link, 'var(--link-fund)', []));
    expect([...one.querySelectorAll('path')].map((p) => p.getAttribute('class'))).toEqual([null, 'link-hit']);
    const striped = parse(linkMarkup({ ...link, width: 10 }, '', [{ path: 'M0,0', width: 4, stroke: 'red' }, { path: 'M0,5', width: 0.5, stroke: 'blue' }]));
    expect([...striped.querySelectorAll('path')].map((p) => [p.getAttribute('stroke'), p.getAttribute('stroke-width')])).toEqual([
      ['red', '4'],
      ['blue', '1'],
    ]);
  });
});
