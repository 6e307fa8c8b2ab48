import { fireEvent, render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import './resize.stub.ts';
import App from '../../src/App.svelte';
import { AppState } from '../../src/state/app.svelte.ts';
import { BROKEN, fakeModel, seedText } from './seed.fixture.ts';
import { analyze } from '../../src/read/analyze.ts';

const SEED = '事業番号 seed';

function setup() {
  const app = new AppState(fakeModel);
  app.load(SEED, 'seed.txt');
  const view = render(App, { props: { app } });
  return { app, ...view };
}

const node = (name: RegExp) => screen.getByRole('button', { name });

describe('App (jsdom, fake model)', () => {
  it('shows the header and one accessible node per block with its amount', () => {
    setup();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('サイバーセキュリティ統合知的・人材育成基盤の構築');
    expect(screen.getByText('2022-総務-21-0059')).toBeInTheDocument();
    expect(node(/^総務省 552\.5百万円\(5\.5億円\)/)).toBeInTheDocument();
    expect(node(/^B 日立製作所 他5者 206\.4百万円\(2\.1億円\)/)).toBeInTheDocument();
    expect(node(/^J デジタルテクノロジー 他9者 6\.8百万円/)).toBeInTheDocument();
    const nodes = screen.getAllByRole('button').filter((b) => b.tagName.toLowerCase() === 'g');
    // ministry, A…J, A's two kept flows (人件費 16.8, 旅費等 0.3) and A's mismatch: B…J receive
    // 535.7, A keeps 17.1 of its 552.5, so 0.3 more went down than A had (不突合 0.3).
    expect(nodes).toHaveLength(14);
    for (const n of nodes) expect(n).toHaveAttribute('tabindex', '0');
  });

  it('highlights the path and shows the tooltip on hover', async () => {
    setup();
    await fireEvent.mouseEnter(node(/^D サイバーディフェンス研究所/));
    // The highlight is there at once; the tooltip's code loads on this first hover.
    expect(node(/^D サイバー/)).toHaveClass('on');
    expect(node(/^A 情報通信研究機構/)).toHaveClass('on');
    expect(node(/^B 日立製作所/)).not.toHaveClass('on');
    const tip = await screen.findByRole('tooltip');
    expect(tip).toHaveTextContent('110.6百万円');
    expect(tip).toHaveTextContent('20.0%');
    await fireEvent.mouseLeave(node(/^D サイバー/));
    expect(screen.queryByRole('tooltip')).toBeNull();
  });

  it('drills into D on click, shows the breadcrumb, and Esc goes back', async () => {
    const { app } = setup();
    await fireEvent.click(node(/^D サイバーディフェンス研究所/));
    const crumbs = screen.getByRole('navigation', { name: 'ドリルダウンの位置' });
    expect(within(crumbs).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['総務省', 'A', 'D']);
    expect(node(/^株式会社サイバーディフェンス研究所 42\.9百万円/)).toBeInTheDocument();
    expect(app.drillPath).toEqual(['D']);
    await fireEvent.keyDown(window, { key: 'Escape' });
    expect(app.drillPath).toEqual([]);
    expect(node(/^B 日立製作所/)).toBeInTheDocument();
  });

  it('moves focus with arrow keys and drills with Enter', async () => {
    const user = userEvent.setup();
    const { app } = setup();
    node(/^総務省/).focus();
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(node(/^A 情報通信研究機構/));
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement?.getAttribute('data-id')).toBe('B');
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(document.activeElement?.getAttribute('data-id')).toBe('D');
    await user.keyboard('{Enter}');
    expect(app.currentBlock).toBe('D');
    await user.keyboard('{Backspace}');
    expect(app.currentBlock).toBeNull();
  });

  it('keeps the diagram and shows the message with its line when a load fails', async () => {
    const { app } = setup();
    app.load(BROKEN, 'broken.txt');
    flushSync();
    // The banner's code loads when there is an error to show (src/lazy.ts).
    const alert = (await screen.findByText('読み込めませんでした', { exact: false })).closest('[role="alert"]') as HTMLElement;
    expect(alert).toHaveTextContent('1行目');
    expect(alert).toHaveTextContent('レビューシートではありません');
    expect(alert).toHaveTextContent('broken.txt');
    expect(node(/^B 日立製作所 他5者/)).toBeInTheDocument();
  });

  it('toggles lens, language and the by-recipient view', async () => {
    const { app } = setup();
    const lens = screen.getByRole('button', { name: '競争性レンズ' });
    await fireEvent.click(lens);
    expect(lens).toHaveAttribute('aria-pressed', 'true');
    expect(node(/^B 日立製作所 他5者 206\.4百万円\(2\.1億円\)、一者応札 6件、落札率95%以上 6件$/)).toBeInTheDocument();
    await fireEvent.click(screen.getByRole('button', { name: '表示言語を英語に切り替える' }));
    expect(app.lang).toBe('en');
    expect(node(/^B 日立製作所 \+5 others 206\.4 million yen/)).toBeInTheDocument();
    await fireEvent.click(screen.getByRole('button', { name: 'By recipient' }));
    // The by-recipient view is its own chunk, loaded on this click (not waiting for the side panels);
    // a dynamic import on a loaded 2-core machine can take over a second.
    expect(await screen.findByRole('button', { name: /^デジタルテクノロジー株式会社 97\.7 million yen/ }, { timeout: 5000 })).toBeInTheDocument();
  });
  it('a language switch draws the diagram first, and the side panels and <html lang> a frame later', async () => {
    const { app } = setup();
    // The side panels come in their chunk after the first frame.
    expect(await screen.findByRole('heading', { name: '別のシートを読み込む' })).toBeInTheDocument();
    await fireEvent.click(screen.getByRole('button', { name: '表示言語を英語に切り替える' }));
    expect(app.lang).toBe('en');
    expect(node(/^B 日立製作所 \+5 others 206\.4 million yen/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: '別のシートを読み込む' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('ja');
    expect(await screen.findByRole('heading', { name: 'Load another sheet' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
  });
});

describe('hostile input', () => {
  it('renders names with markup as text, never as elements', async () => {
    const hostile = '<img src=x onerror=alert(1)>';
    // The seed with every 支出先 of the 上位10者リスト and the 事業名 replaced by markup, read by the real model.
    const lines = seedText.split('\n');
    const list = lines.findIndex((l) => l.startsWith('支出先上位10者リスト'));
    const text = lines
      .map((l, i) => (i > list && /^\d+\t/.test(l) ? l.replace(/^(\d+)\t[^\t]*/, `$1\t${hostile}`) : l))
      .join('\n')
      .replace('サイバーセキュリティ統合知的・人材育成基盤の構築', hostile);
    const model = { ...fakeModel, analyze: () => analyze(text) };
    const app = new AppState(model);
    app.load(SEED);
    const { container } = render(App, { props: { app } });
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(hostile);
    await fireEvent.click(screen.getByRole('button', { name: /^D <img/ }));
    expect(screen.getAllByRole('button', { name: new RegExp(`^${hostile.replace(/[()]/g, '\\$&')} 42\\.9`) })).toHaveLength(1);
    expect(container.querySelector('img')).toBeNull();
  });
});
