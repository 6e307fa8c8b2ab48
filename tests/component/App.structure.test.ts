import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import './resize.stub.ts';
import App from '../../src/App.svelte';
import { AppState } from '../../src/state/app.svelte.ts';
import { fakeModel, seedOutput } from './seed.fixture.ts';

describe('App: re-parenting and findings', () => {
  it('re-parents a block from the structure editor and the diagram follows', async () => {
    const app = new AppState(fakeModel);
    app.load('事業番号');
    const { container } = render(App, { props: { app } });
    // The side panels render right after the first diagram frame.
    await fireEvent.click(await screen.findByRole('button', { name: /^ブロックの資金元: \d+ 推定 — 確認$/ }));
    const select = await screen.findByRole('combobox', { name: /^D サイバーディフェンス研究所 他2者/ });
    await fireEvent.change(select, { target: { value: 'ministry' } });
    await waitFor(() => expect(app.parents).toEqual({ D: 'ministry' }));
    flushSync();
    // D is now fed by the ministry: it moves to the column after the ministry, next to A.
    const d = container.querySelector('g.node[data-id="D"] rect.bar');
    const a = container.querySelector('g.node[data-id="A"] rect.bar');
    expect(d?.getAttribute('x')).toBe(a?.getAttribute('x'));
  });

  it('selects the block and row a finding is about', async () => {
    const finding = {
      severity: 'warning' as const,
      code: 'SINGLE_BIDDER',
      message: { ja: '一者応札の指摘', en: 'single bidder finding' },
      line: 169,
      blockId: 'D',
      rank: 1,
    };
    const model = { ...fakeModel, analyze: () => ({ ...seedOutput(), diagnostics: [finding] }) };
    const app = new AppState(model);
    app.load('x');
    render(App, { props: { app } });
    await fireEvent.click(await screen.findByText('一者応札の指摘'));
    expect(app.currentBlock).toBe('D');
    expect(app.selectedId).toBe('D:r:1');
    expect(await screen.findByRole('region', { name: /^D サイバーディフェンス研究所 他2者/ })).toBeInTheDocument();
  });
});
