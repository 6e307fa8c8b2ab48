import { fireEvent, render, screen } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import './resize.stub.ts';
import FlowView from '../../src/view/FlowView.svelte';
import { AppState } from '../../src/state/app.svelte.ts';
import { fakeModel, seedOutput } from './seed.fixture.ts';

function setup() {
  const app = new AppState({ ...fakeModel, analyze: () => seedOutput() });
  app.load('x');
  const view = render(FlowView, { props: { app } });
  return { app, ...view };
}

const band = (name: RegExp) => screen.getByRole('img', { name });
const classOn = (c: HTMLElement, sel: string, id: string) => [...c.querySelectorAll<SVGGElement>(sel)].find((g) => g.dataset.id === id)?.classList.contains('on');

describe('FlowView links (bands)', () => {
  it('names every band "from → to amount" and keeps node names unique', () => {
    const { container } = setup();
    expect(band(/^A 情報通信研究機構 → D サイバーディフェンス研究所 他2者 110\.6百万円\(1\.1億円\)$/)).toHaveAttribute('tabindex', '-1');
    // ministry→A, A→B…J (9), A's two kept flows, and A's 不突合 0.3 (B…J receive 535.7 + A keeps 17.1 > 552.5).
    expect(container.querySelectorAll('g.link[role=img]')).toHaveLength(13);
    // Node buttons are not confused with bands.
    expect(screen.getAllByRole('button', { name: /^A 情報通信研究機構/ })).toHaveLength(1);
  });

  it('hovering a band highlights its whole path, dims the rest and shows amount, shares and families', async () => {
    const { container } = setup();
    await fireEvent.mouseEnter(band(/^A 情報通信研究機構 → D /));
    expect(container.querySelector('svg.sankey')).toHaveClass('hovering');
    expect(classOn(container, 'g.node', 'ministry')).toBe(true);
    expect(classOn(container, 'g.node', 'A')).toBe(true);
    expect(classOn(container, 'g.node', 'D')).toBe(true);
    expect(classOn(container, 'g.node', 'B')).toBe(false);
    expect(classOn(container, 'g.link', 'A→D')).toBe(true);
    expect(classOn(container, 'g.link', 'ministry→A')).toBe(true);
    expect(classOn(container, 'g.link', 'A→B')).toBe(false);
    const tip = await screen.findByRole('tooltip');
    expect(tip).toHaveTextContent('A 情報通信研究機構 → D サイバーディフェンス研究所 他2者');
    expect(tip).toHaveTextContent('110.6百万円(1.1億円)');
    expect(tip).toHaveTextContent(/全体に占める割合\s*20\.0%/);
    expect(tip).toHaveTextContent(/A 情報通信研究機構の支出に占める割合\s*20\.0%/);
    expect(tip).toHaveTextContent('競争入札 68.2百万円');
    expect(tip).toHaveTextContent('随意契約(公募・企画競争) 42.2百万円');
    expect(band(/^A 情報通信研究機構 → D /)).toHaveAttribute('aria-describedby', tip.id);
    await fireEvent.mouseLeave(band(/^A 情報通信研究機構 → D /));
    expect(screen.queryByRole('tooltip')).toBeNull();
    expect(container.querySelector('svg.sankey')).not.toHaveClass('hovering');
  });

  it('reaches bands from a node with Shift+→, moves along them with ↑/↓ and back to nodes with ←/→', async () => {
    setup();
    const a = screen.getByRole('button', { name: /^A 情報通信研究機構/ });
    a.focus();
    await fireEvent.keyDown(a, { key: 'ArrowRight', shiftKey: true });
    const first = document.activeElement as HTMLElement;
    expect(first.getAttribute('aria-label')).toMatch(/^A 情報通信研究機構 → B 日立製作所/);
    expect(await screen.findByRole('tooltip')).toHaveTextContent('206.4百万円');
    await fireEvent.keyDown(first, { key: 'ArrowDown' });
    expect(document.activeElement?.getAttribute('aria-label')).toMatch(/^A 情報通信研究機構 → C 日本コムシス/);
    await fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowRight' });
    expect(document.activeElement?.getAttribute('aria-label')).toMatch(/^C 日本コムシス 3百万円/);
    await fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowLeft', shiftKey: true });
    expect(document.activeElement?.getAttribute('aria-label')).toMatch(/^A 情報通信研究機構 → C/);
    await fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowLeft' });
    expect(document.activeElement?.getAttribute('aria-label')).toMatch(/^A 情報通信研究機構 552\.5/);
  });

  it('Enter on a band drills into its target block', async () => {
    const { app } = setup();
    const d = band(/^A 情報通信研究機構 → D /);
    d.focus();
    await fireEvent.keyDown(d, { key: 'Enter' });
    expect(app.currentBlock).toBe('D');
  });
});

describe('FlowView lens marks', () => {
  it('draws ⚑ (一者応札) and ◆ (落札率95%以上) separately and says both in words', async () => {
    const { app, container } = setup();
    const text = (id: string) => [...container.querySelectorAll<SVGGElement>('g.node')].find((g) => g.dataset.id === id)?.querySelector('text')?.textContent ?? '';
    expect(text('B')).not.toMatch(/[⚑◆]/);
    app.lens = true;
    flushSync();
    expect(text('B')).toContain('⚑6 ◆6');
    expect(text('C')).toContain('⚑1');
    expect(text('C')).not.toContain('◆');
    expect(text('J')).not.toMatch(/[⚑◆]/);
    const b = screen.getByRole('button', { name: /^B 日立製作所 他5者 206\.4百万円\(2\.1億円\)、一者応札 6件、落札率95%以上 6件$/ });
    fireEvent.mouseEnter(b);
    flushSync();
    const tip = await screen.findByRole('tooltip');
    expect(tip).toHaveTextContent('⚑ 一者応札 6件');
    expect(tip).toHaveTextContent('◆ 落札率95%以上 6件');
  });
});
