// Issue #13 in the app shell: the header names the sheet's source (and the user's file with its
// size), a drilled block with nothing selected shows its recipient table (#drill=D), and drilling
// into an intermediary shows the blocks it funds. Real model, real seed.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import './resize.stub.ts';
import App from '../../src/App.svelte';
import { analyze } from '../../src/read/index.ts';
import { drillBlocks } from '../../src/model/drillBlocks.ts';
import { AppState } from '../../src/state/app.svelte.ts';

const seed = readFileSync(resolve(process.cwd(), 'seeds/000_07fcc2ea9ae77a26.txt'), 'utf8');

describe('App: what is on screen', () => {
  it('says the bundled sheet is shown, then the user file with its size in KB', async () => {
    const app = new AppState({ analyze, drillDown: drillBlocks });
    app.load(seed, '000_07fcc2ea9ae77a26.txt');
    render(App, { props: { app } });
    expect(screen.getByTestId('sheet-source')).toHaveTextContent('表示中: 同梱のシート(000_07fcc2ea9ae77a26.txt)');
    expect(screen.getByText(/^行政事業レビューシートの資金の流れ\(府省→ブロック→支出先\)を図にします/)).toBeInTheDocument();
    // 25,395 bytes = 24.8 KB (25,395 / 1,024 = 24.799…).
    expect(await app.loadFile(seed, 'mine.txt', 25395)).toBe(true);
    await screen.findByText('mine.txt');
    expect(screen.getByTestId('sheet-source')).toHaveTextContent('表示中のファイル: mine.txt (24.8 KB)');
    expect(screen.getByRole('button', { name: '同梱のシートに戻す' })).toBeInTheDocument();
    // Any other load is not the user's file any more.
    app.load(seed, 'other.txt');
    await screen.findByText(/同梱のシート\(other\.txt\)/);
    expect(app.file).toBeNull();
  });

  it('a drill path with no selection (a #drill=D link) shows the drilled block in the detail panel', async () => {
    const app = new AppState({ analyze, drillDown: drillBlocks });
    app.load(seed);
    app.showPath(['D']); // as a #drill=D link sets it
    render(App, { props: { app } });
    expect(app.selectedId).toBeNull();
    const panel = await screen.findByRole('region', { name: /^D サイバーディフェンス研究所 他2者/ });
    // Its recipient table (drawn a frame after the panel).
    expect((await within(panel).findAllByText(/株式会社サイバーディフェンス研究所/)).length).toBeGreaterThan(0);
  });

  it('drilling into A (the intermediary) shows the nine blocks it funds, and each drills on', async () => {
    const app = new AppState({ analyze, drillDown: drillBlocks });
    app.load(seed);
    render(App, { props: { app } });
    await fireEvent.click(screen.getByRole('button', { name: /^A 情報通信研究機構 552\.5百万円/ }));
    expect(app.currentBlock).toBe('A');
    const diagram = screen.getByRole('group', { name: 'ブロックAの支出先と費目・使途' });
    for (const [id, amount] of [['B', '206.4'], ['D', '110.6'], ['J', '6.8']] as const) {
      expect(within(diagram).getAllByRole('button', { name: new RegExp(`^${id} .*${amount.replace('.', '\\.')}百万円`) })).toHaveLength(1);
    }
    expect(within(diagram).queryByRole('button', { name: /^1\. / })).toBeNull();
    await fireEvent.click(within(diagram).getByRole('button', { name: /^D サイバーディフェンス研究所 他2者/ }));
    expect(app.drillPath).toEqual(['A', 'D']);
    expect(await screen.findByRole('button', { name: /^株式会社サイバーディフェンス研究所 42\.9百万円/ })).toBeInTheDocument();
  });

  it('the tooltip names contract families in the legend’s words, the sheet’s own texts apart, and explains the residual', async () => {
    const app = new AppState({ analyze, drillDown: drillBlocks });
    app.load(seed);
    render(App, { props: { app } });
    await fireEvent.mouseEnter(screen.getByRole('button', { name: /^D サイバーディフェンス研究所 他2者/ }));
    const tip = await screen.findByRole('tooltip');
    // D: 一般競争 68.2, 随意契約(公募) 42.2, 随意契約(少額) 0.2 — largest first.
    expect(tip).toHaveTextContent(/契約方式\s*競争入札\s*随意契約\(公募・企画競争\)\s*随意契約\(その他・少額\)/);
    expect(tip).toHaveTextContent(/契約方式等\(シートの記載\)\s*一般競争契約\(最低価格\) ×2/);
    await fireEvent.mouseLeave(screen.getByRole('button', { name: /^D サイバーディフェンス研究所 他2者/ }));
    await fireEvent.mouseEnter(screen.getByRole('button', { name: /^A 不突合/ }));
    expect(await screen.findByRole('tooltip')).toHaveTextContent(/下流のブロックへ渡した額・自ら支出した額.*との差です。シートに内訳がなく/);
    // The flow legend says what the dashed residual is.
    const kinds = screen.getByRole('list', { name: '流れの種類' });
    expect(kinds).toHaveTextContent('差額・不突合(受けた額と渡した額・支出額の差)');
    expect(kinds).toHaveTextContent('下流への支出');
    // With the lens the bands take the family colours: the key says so rather than show the plain band colour.
    app.toggleLens();
    await screen.findByText('下流への支出(色は契約方式)');
    expect(kinds.querySelectorAll('rect[fill="var(--link-fund)"]')).toHaveLength(0);
  });
});
