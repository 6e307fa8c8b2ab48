import { render, screen, within } from '@testing-library/svelte';
import TableView from '../../../src/view/panels/TableView.svelte';
import type { Graph } from '../../../src/contract/schema.ts';
import { HOSTILE } from './fixtures.ts';

const graph: Graph = {
  nodes: [
    { id: 'ministry', kind: 'ministry', label: '総務省' },
    { id: 'A', kind: 'block', label: 'A 情報通信研究機構', blockId: 'A' },
    { id: 'B', kind: 'block', label: HOSTILE, blockId: 'B' },
    { id: 'A:kept:人件費', kind: 'kept', label: '人件費', blockId: 'A' },
  ],
  links: [
    { source: 'ministry', target: 'A', value: 552.5, kind: 'fund', line: 148 },
    { source: 'A', target: 'B', value: 177.070552, kind: 'fund', line: 153 },
    { source: 'A', target: 'A:kept:人件費', value: 16.8, kind: 'kept' },
  ],
  parents: { A: { parent: 'ministry', inferred: true }, B: { parent: 'A', inferred: true } },
};

describe('TableView', () => {
  it('lists each flow with labels, exact amounts, kind and line under a caption', () => {
    const { container } = render(TableView, { graph, unit: '百万円', lang: 'ja' });
    const table = screen.getByRole('table', { name: '資金の流れ(表)' });
    const rows = within(table).getAllByRole('row').slice(1).map((r) => within(r).getAllByRole('cell').map((c) => c.textContent));
    expect(rows).toEqual([
      ['総務省', 'A 情報通信研究機構', '552.5', '資金', '148'],
      ['A 情報通信研究機構', HOSTILE, '177.070552', '資金', '153'],
      ['A 情報通信研究機構', '人件費', '16.8', '自ら使用', '–'],
    ]);
    expect(container.querySelector('img')).toBeNull();
    expect(within(table).getByRole('columnheader', { name: '支出額 (百万円)' })).toBeInTheDocument();
  });

  it('switches language and says when there are no flows', async () => {
    const { rerender } = render(TableView, { graph, unit: '百万円', lang: 'en' });
    expect(screen.getByRole('columnheader', { name: 'From' })).toBeInTheDocument();
    expect(screen.getAllByText('funds')).toHaveLength(2);
    await rerender({ graph: { nodes: [], links: [], parents: {} } });
    expect(screen.getByText('No fund flows.')).toBeInTheDocument();
  });
});
