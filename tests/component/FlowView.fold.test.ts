import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import './resize.stub.ts';
import FlowView from '../../src/view/FlowView.svelte';
import { AppState } from '../../src/state/app.svelte.ts';
import { fakeModel, seedOutput } from './seed.fixture.ts';

/** Block J with `n` recipients 受領者1…n of amounts n…1, drilled into. */
function crowded(n = 40): AppState {
  const out = seedOutput();
  const j = out.sheet.blocks.find((b) => b.id === 'J');
  if (!j) throw new Error('no J');
  const row = j.recipients[0];
  if (!row) throw new Error('no row');
  j.recipients = Array.from({ length: n }, (_, i) => ({ ...row, rank: i + 1, name: `受領者${i + 1}`, amount: n - i, line: 300 + i }));
  j.expenses = null;
  const app = new AppState({ ...fakeModel, analyze: () => out });
  app.load('x');
  app.drill('J');
  return app;
}

describe('FlowView folding', () => {
  it('folds a crowded column into "その他 N者" and unfolds it on click', async () => {
    const app = crowded();
    const { container } = render(FlowView, { props: { app } });
    const fold = screen.getByRole('button', { name: /^その他 11者 66百万円/ });
    expect(container.querySelectorAll('g.node.recipient')).toHaveLength(29);
    await fireEvent.click(fold);
    expect(app.expandedFolds).toEqual(['fold:1']);
    expect(container.querySelectorAll('g.node.recipient')).toHaveLength(40);
    expect(screen.queryByRole('button', { name: /^その他/ })).toBeNull();
  });

  it("the fold's tooltip lists what it holds, largest first, capped with a count of the rest", async () => {
    const app = crowded();
    render(FlowView, { props: { app } });
    const fold = screen.getByRole('button', { name: /^その他 11者 66百万円/ });
    expect(fold.getAttribute('aria-label')).toContain('11者をまとめています');
    await fireEvent.mouseEnter(fold);
    const tip = await screen.findByRole('tooltip');
    expect(tip).toHaveTextContent('11者をまとめています');
    const items = within(tip).getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toHaveLength(10);
    expect(items[0]).toBe('30. 受領者3011百万円');
    expect(items[9]).toBe('39. 受領者392百万円');
    expect(tip).toHaveTextContent('ほか1者');
    expect(tip).toHaveTextContent('クリックまたはEnterで展開');
  });

  it('unfolds with Enter', async () => {
    const app = crowded(60);
    const { container } = render(FlowView, { props: { app } });
    const fold = screen.getByRole('button', { name: /^その他 31者/ });
    fold.focus();
    await fireEvent.keyDown(fold, { key: 'Enter' });
    expect(app.expandedFolds).toEqual(['fold:1']);
    expect(container.querySelectorAll('g.node.recipient')).toHaveLength(60);
  });
});
