import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import './resize.stub.ts';
import FlowView from '../../src/view/FlowView.svelte';
import { AppState } from '../../src/state/app.svelte.ts';
import { fakeModel, seedOutput } from './seed.fixture.ts';

describe('FlowView folding', () => {
  it('folds a crowded column into "その他 N者" and unfolds it on click', async () => {
    const out = seedOutput();
    const j = out.sheet.blocks.find((b) => b.id === 'J');
    if (!j) throw new Error('no J');
    const row = j.recipients[0];
    if (!row) throw new Error('no row');
    j.recipients = Array.from({ length: 40 }, (_, i) => ({ ...row, rank: i + 1, name: `受領者${i + 1}`, amount: 40 - i, line: 300 + i }));
    j.expenses = null;
    const app = new AppState({ ...fakeModel, analyze: () => out });
    app.load('x');
    app.drill('J');
    const { container } = render(FlowView, { props: { app } });
    const fold = screen.getByRole('button', { name: /^その他 11者 66百万円/ });
    expect(container.querySelectorAll('g.node.recipient')).toHaveLength(29);
    await fireEvent.click(fold);
    expect(app.expandedFolds).toEqual(['fold:1']);
    expect(container.querySelectorAll('g.node.recipient')).toHaveLength(40);
    expect(screen.queryByRole('button', { name: /^その他/ })).toBeNull();
  });
});
