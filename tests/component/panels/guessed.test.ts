// Issue #12 in the panels: the banner's button opens the structure editor and focuses it; the
// detail panel says a block's total is partial; two rows ranked alike are selected apart by node id.
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import GuessedBanner from '../../../src/view/GuessedBanner.svelte';
import StructureEditor from '../../../src/view/panels/StructureEditor.svelte';
import DetailPanel from '../../../src/view/panels/DetailPanel.svelte';
import RecipientsTable from '../../../src/view/panels/RecipientsTable.svelte';
import type { Block, Graph } from '../../../src/contract/schema.ts';
import { recipient } from './fixtures.ts';

/** A guessed overview: the ministry pays A 552.5, the sheet's 執行額 is 9,999. */
const graph: Graph = {
  nodes: [
    { id: 'ministry', kind: 'ministry', label: '総務省', blockId: null, line: null },
    { id: 'A', kind: 'block', label: 'A', blockId: 'A', line: 145 },
    { id: 'B', kind: 'block', label: 'B', blockId: 'B', line: 150 },
  ],
  links: [
    { source: 'ministry', target: 'A', value: 552.5, kind: 'fund', families: [], guessed: true },
    { source: 'A', target: 'B', value: 206.4, kind: 'fund', families: [], guessed: true },
  ],
  parents: { A: { parent: 'ministry', inferred: true }, B: { parent: 'A', inferred: true } },
  structureGuessed: true,
  executed: { year: 2021, amount: 9999 },
} as Graph;

/** Block D of tests/fixtures/duplicate-ranks: two rows ranked 1 (lines 169 and 170). */
const blockD: Block = {
  id: 'D',
  total: 110.6,
  line: 166,
  possiblyTruncated: false,
  recipients: [
    recipient({ rank: 1, name: '株式会社サイバーディフェンス研究所', amount: 42.9, line: 169 }),
    recipient({ rank: 1, name: '株式会社サイバーディフェンス研究所', amount: 25.3, line: 170 }),
    recipient({ rank: 2, name: '株式会社サイバーディフェンス研究所', amount: 12.5, line: 171 }),
  ],
  expenses: null,
};

describe('GuessedBanner', () => {
  it('says the links are guessed with both sums; its button opens the structure editor and puts the focus in it', async () => {
    const user = userEvent.setup();
    render(StructureEditor, { blocks: [{ id: 'A', label: 'A 情報通信研究機構' }, { id: 'B', label: 'B 日立製作所 他5者' }], parents: graph.parents, lang: 'ja', onreparent: vi.fn() });
    render(GuessedBanner, { graph, unit: '百万円', lang: 'ja' });
    const note = screen.getByRole('note');
    expect(note).toHaveTextContent('ブロック間のつながり(破線)は推定です — 府省からの合計 552.5百万円(5.5億円) が執行額 9,999百万円(100.0億円) と一致しません');
    const toggle = screen.getByRole('button', { name: /ブロックの資金元/ });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(await within(note).findByRole('button', { name: '構造を確認' }));
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await waitFor(() => expect(document.activeElement).toBe(screen.getAllByRole('combobox')[0]));
  });

  it('without a 執行額 on the sheet, says there is nothing to check against (English)', () => {
    render(GuessedBanner, { graph: { ...graph, executed: null }, unit: '百万円', lang: 'en' });
    expect(screen.getByRole('note')).toHaveTextContent('The links between blocks (dashed) are guessed — the sheet gives no executed amount to check the structure against');
  });
});

describe('DetailPanel: partial totals and duplicate ranks', () => {
  it('an incomplete block: the total carries "(一部)" and a note says why', () => {
    render(DetailPanel, { block: { ...blockD, total: 68.2, incomplete: true }, unit: '百万円', lang: 'ja' });
    expect(screen.getByText('68.2百万円(一部)')).toBeInTheDocument();
    expect(screen.getByRole('note')).toHaveTextContent('読めない行があるため一部の合計');
  });

  it('a complete block has neither', () => {
    render(DetailPanel, { block: blockD, unit: '百万円', lang: 'ja' });
    expect(screen.queryByText(/一部/)).toBeNull();
  });

  it('selecting D:r:1~2 highlights the second row ranked 1 only; D:r:1 the first only', async () => {
    const view = render(DetailPanel, { block: blockD, unit: '百万円', lang: 'ja', selectedRank: 1, selectedId: 'D:r:1~2' });
    const selected = () => [...document.querySelectorAll<HTMLTableRowElement>('tr.selected')].map((r) => r.dataset.nodeId);
    await waitFor(() => expect(selected()).toEqual(['D:r:1~2']));
    expect(document.querySelector('tr.selected')).toHaveTextContent('25.3');
    await view.rerender({ block: blockD, unit: '百万円', lang: 'ja', selectedRank: 1, selectedId: 'D:r:1' });
    await waitFor(() => expect(selected()).toEqual(['D:r:1']));
  });

  it("picking the second row's rank button reports that row (the app turns it into D:r:1~2)", async () => {
    const user = userEvent.setup();
    const onselectrow = vi.fn();
    render(DetailPanel, { block: blockD, unit: '百万円', lang: 'ja', onselectrow });
    const row = await waitFor(() => {
      const r = document.querySelector<HTMLTableRowElement>('tr[data-node-id="D:r:1~2"]');
      expect(r).not.toBeNull();
      return r as HTMLTableRowElement;
    });
    await user.click(within(row).getByRole('button', { name: '1' }));
    expect(onselectrow.mock.calls[0]?.[0]).toMatchObject({ rank: 1, line: 170, amount: 25.3 });
  });
});

describe('RecipientsTable without node ids', () => {
  it('still highlights by rank (the by-recipient view)', () => {
    render(RecipientsTable, { props: { rows: blockD.recipients, unit: '百万円', lang: 'ja', caption: '支出先', selectedRank: 2 } });
    expect([...document.querySelectorAll<HTMLTableRowElement>('tr.selected')].map((r) => r.dataset.rank)).toEqual(['2']);
  });
});
