// Issue #12 in the diagram, on the text reader's real output of the fixtures (tests/fixtures/*/input.txt):
// guessed links drawn marked and named, the banner over the overview, incomplete blocks and the
// ministry marked "(一部)", a ministry sum above the 執行額 said on its label and in its name,
// zero-amount recipients counted in the note under the diagram, duplicate ranks as two nodes.
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import './resize.stub.ts';
import FlowView from '../../src/view/FlowView.svelte';
import { AppState } from '../../src/state/app.svelte.ts';
import { analyze } from '../../src/read/analyze.ts';
import { drillDown } from '../../src/model/index.ts';
import type { ParseOutput } from '../../src/contract/schema.ts';

const fixture = (name: string): string => readFileSync(resolve(process.cwd(), 'tests/fixtures', name, 'input.txt'), 'utf8');

function setup(name: string, change?: (o: ParseOutput) => ParseOutput) {
  const app = new AppState({ analyze: (text: string, options?: { parents?: Record<string, string> }) => (change ?? ((o) => o))(analyze(text, options)), drillDown });
  app.load(fixture(name));
  const view = render(FlowView, { props: { app } });
  return { app, ...view };
}
const node = (c: HTMLElement, id: string) => [...c.querySelectorAll<SVGGElement>('g.node')].find((g) => g.dataset.id === id);

describe('FlowView: issue #12 marks', () => {
  it('structure guessed: the 10 fund links between blocks are marked and named "(推定)", the banner says both sums', async () => {
    const { container } = setup('structure-guessed');
    // The marks' code (view/guessed.ts) loads on demand, for a sheet with something to mark; the diagram is drawn once it is in.
    // No diagram without its marks in between (this file's first render: the marks are not loaded yet).
    expect(container.querySelector('g.link')).toBeNull();
    await waitFor(() => expect(container.querySelector('svg.sankey')).not.toBeNull());
    const guessed = [...container.querySelectorAll<SVGGElement>('g.link.guessed')];
    expect(guessed.map((g) => g.dataset.id).sort()).toEqual(['A→B', 'A→C', 'A→D', 'A→E', 'A→F', 'A→G', 'A→H', 'A→I', 'A→J', 'ministry→A']);
    for (const g of guessed) {
      expect(g.getAttribute('aria-label')).toMatch(/ \(推定\)$/);
      expect(g.querySelector('path.guess-mark')).not.toBeNull();
    }
    // Kept and residual bands are the sheet's own: not marked.
    expect(container.querySelectorAll('g.link:not(.guessed) path.guess-mark')).toHaveLength(0);
    const banner = await screen.findByRole('note');
    expect(banner).toHaveTextContent('ブロック間のつながり(破線)は推定です — 府省からの合計 552.5百万円(5.5億円) が執行額 9,999百万円(100.0億円) と一致しません');
    // No structure editor on this page: no button that would do nothing.
    expect(screen.queryByRole('button', { name: '構造を確認' })).toBeNull();
    // 552.5 is below 9,999: the ministry claims nothing about it.
    expect(node(container, 'ministry')?.getAttribute('aria-label')).not.toMatch(/執行額/);
  });

  it('a guessed band says so in its tooltip', async () => {
    setup('structure-guessed');
    await fireEvent.mouseEnter(await screen.findByRole('img', { name: /^A 情報通信研究機構 → D .* \(推定\)$/ }));
    const tip = await screen.findByRole('tooltip');
    expect(tip).toHaveTextContent('このつながりは推定です');
  });

  it('the banner is for the overview: a drill-down has none', async () => {
    const { app } = setup('structure-guessed');
    await screen.findByRole('note');
    app.drill('B');
    flushSync();
    expect(screen.queryByRole('note')).toBeNull();
  });

  it('a sheet whose structure reconciles has no banner and no marked link', () => {
    const { container } = setup('cut-in-list');
    expect(container.querySelectorAll('g.link.guessed')).toHaveLength(0);
    expect(container.querySelector('.guessed-banner')).toBeNull();
  });

  it('the ministry drawn above the 執行額 says so on its label and in its name; equal to it, nothing', () => {
    // The same sheet, as if its 執行額 were 500 (the blocks under the ministry sum to 552.5).
    const { container } = setup('structure-guessed', (o) => ({ ...o, graph: { ...o.graph, executed: { year: 2021, amount: 500 } } }));
    const m = node(container, 'ministry');
    expect(m?.getAttribute('aria-label')).toBe('総務省 552.5百万円(5.5億円)、執行額 500百万円(5.0億円) を超える — 推定の構造');
    expect(m?.querySelector('text')?.textContent).toMatch(/^総務省 ⚠執行額超/);
    const same = setup('structure-guessed', (o) => ({ ...o, graph: { ...o.graph, executed: { year: 2021, amount: 552.5 } } }));
    expect(node(same.container, 'ministry')?.getAttribute('aria-label')).toBe('総務省 552.5百万円(5.5億円)');
  });

  it('cut in a list: D and the ministry carry "(一部)" on the diagram, and their names and tooltips say the total is partial', async () => {
    const { container } = setup('cut-in-list');
    expect([...container.querySelectorAll<SVGGElement>('g.node.incomplete')].map((g) => g.dataset.id).sort()).toEqual(['D', 'ministry']);
    const d = node(container, 'D') as SVGGElement;
    expect(d.querySelector('text')?.textContent).toBe('D サイバーディフェンス研究所(一部)68.2百万円');
    expect(d.getAttribute('aria-label')).toMatch(/、読めない行があるため一部の合計$/);
    expect(node(container, 'B')?.classList.contains('incomplete')).toBe(false);
    await fireEvent.focus(d);
    const tip = await screen.findByRole('tooltip');
    expect(tip).toHaveTextContent('読めない行があるため一部の合計');
  });

  it("cut in a list: the drill-down's block node is marked too", () => {
    const { app, container } = setup('cut-in-list');
    app.drill('D');
    flushSync();
    expect(node(container, 'D')?.classList.contains('incomplete')).toBe(true);
  });

  it('in English: "(partial)"', () => {
    const { app, container } = setup('cut-in-list');
    app.setLang('en');
    flushSync();
    expect(node(container, 'D')?.querySelector('text')?.textContent).toMatch(/ \(partial\)/);
  });

  it('zero amount: the note under G counts its recipient of 0 (not "0件"), in both languages', async () => {
    const { app, container } = setup('zero-amount');
    app.drill('G');
    flushSync();
    expect(node(container, 'G:r:1')).toBeDefined();
    expect(node(container, 'G:r:2')).toBeUndefined();
    // Its code loads when something was left out.
    await waitFor(() => expect([...container.querySelectorAll('p.dropped')].map((p) => p.textContent)).toEqual(['0円の支出先 1件は図に描いていません(表には載っています)']));
    app.setLang('en');
    flushSync();
    await waitFor(() => expect(container.querySelector('p.dropped')?.textContent).toBe('1 recipient with 0 not drawn (listed in the table)'));
  });

  it('duplicate ranks: the two rows ranked 1 of D are two nodes, D:r:1 and D:r:1~2, selected apart', () => {
    const { app, container } = setup('duplicate-ranks');
    app.drill('D');
    flushSync();
    expect(node(container, 'D:r:1')?.getAttribute('aria-label')).toMatch(/42\.9百万円/);
    expect(node(container, 'D:r:1~2')?.getAttribute('aria-label')).toMatch(/25\.3百万円/);
    app.select('D:r:1~2');
    flushSync();
    expect([...container.querySelectorAll<SVGGElement>('g.node.selected')].map((g) => g.dataset.id)).toEqual(['D:r:1~2']);
  });
});
