import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import DetailPanel from '../../../src/view/panels/DetailPanel.svelte';
import RecipientPanel from '../../../src/view/panels/RecipientPanel.svelte';
import { blockE, HOSTILE } from './fixtures.ts';

const ranks = (table: HTMLElement): string[] =>
  within(table)
    .getAllByRole('row')
    .slice(1)
    .map((tr) => tr.getAttribute('data-rank') ?? '');

function recipientsTable(): HTMLElement {
  return screen.getByRole('table', { name: /ブロックEの支出先|Recipients of block E/ });
}

describe('DetailPanel', () => {
  it('shows the total with 億円 and the shares of the ministry and parent totals', () => {
    render(DetailPanel, { block: blockE, unit: '百万円', lang: 'ja', ministryTotal: 552.5, parentTotal: 233.2, parentLabel: 'ブロックA' });
    expect(screen.getByText('116.6百万円(1.2億円)')).toBeInTheDocument();
    expect(screen.getByText('21.1%')).toBeInTheDocument();
    expect(screen.getByText('50.0%')).toBeInTheDocument();
    expect(screen.getByText('ブロックAからの支出に占める割合')).toBeInTheDocument();
  });

  it('sorts rows by clicking column headers and sets aria-sort', async () => {
    const user = userEvent.setup();
    render(DetailPanel, { block: blockE, unit: '百万円', lang: 'ja' });
    const table = recipientsTable();
    const rankTh = within(table).getByRole('columnheader', { name: /順位/ });
    const rateTh = within(table).getByRole('columnheader', { name: /落札率/ });
    expect(rankTh).toHaveAttribute('aria-sort', 'ascending');
    expect(rateTh).not.toHaveAttribute('aria-sort');
    expect(ranks(table)).toEqual(['1', '2', '3', '4']);

    await user.click(within(rateTh).getByRole('button'));
    expect(rateTh).toHaveAttribute('aria-sort', 'ascending');
    expect(rankTh).not.toHaveAttribute('aria-sort');
    // 94.6, 99, 100, then the empty cell last
    expect(ranks(table)).toEqual(['1', '3', '2', '4']);

    await user.click(within(rateTh).getByRole('button'));
    expect(rateTh).toHaveAttribute('aria-sort', 'descending');
    expect(ranks(table)).toEqual(['2', '3', '1', '4']);
  });

  it('sorts from the keyboard', async () => {
    const user = userEvent.setup();
    render(DetailPanel, { block: blockE, unit: '百万円', lang: 'ja' });
    const table = recipientsTable();
    const amountButton = within(table).getByRole('button', { name: /支出額/ });
    amountButton.focus();
    await user.keyboard('{Enter}');
    expect(amountButton.closest('th')).toHaveAttribute('aria-sort', 'descending');
    await user.keyboard(' ');
    expect(amountButton.closest('th')).toHaveAttribute('aria-sort', 'ascending');
    expect(ranks(table)).toEqual(['4', '3', '2', '1']);
  });

  it('marks single-bidder and high-award-rate rows with text', () => {
    render(DetailPanel, { block: blockE, unit: '百万円', lang: 'ja' });
    const rows = within(recipientsTable()).getAllByRole('row');
    const [r1, r2, r3] = [rows[1]!, rows[2]!, rows[3]!];
    expect(within(r1).queryByText(/一者応札/)).toBeNull();
    expect(within(r1).queryByText(/落札率95%以上/)).toBeNull();
    expect(within(r2).getByText(/一者応札/)).toBeInTheDocument();
    expect(within(r2).getByText(/落札率95%以上/)).toBeInTheDocument();
    expect(within(r3).queryByText(/一者応札/)).toBeNull();
    expect(within(r3).getByText(/落札率95%以上/)).toBeInTheDocument();
  });

  it('shows the corporate-number check status and line numbers', () => {
    render(DetailPanel, { block: blockE, unit: '百万円', lang: 'ja' });
    const rows = within(recipientsTable()).getAllByRole('row');
    expect(within(rows[1]!).getByText('有効')).toBeInTheDocument();
    expect(within(rows[3]!).getByText(/不正/)).toBeInTheDocument();
    expect(within(rows[4]!).getByText('なし')).toBeInTheDocument();
    expect(within(rows[3]!).getByText('180')).toBeInTheDocument();
  });

  it('shows the reason for a non-competitive contract when given', () => {
    const recipients = blockE.recipients.map((r) => (r.rank === 2 ? { ...r, reason: '特殊な機材のため' } : r));
    render(DetailPanel, { block: { ...blockE, recipients }, unit: '百万円', lang: 'ja' });
    const rows = within(recipientsTable()).getAllByRole('row');
    expect(within(rows[2]!).getByText('一者応札・随意契約の理由: 特殊な機材のため')).toBeInTheDocument();
    expect(within(rows[1]!).queryByText(/理由/)).toBeNull();
  });

  it('renders hostile names as text', () => {
    const { container } = render(DetailPanel, { block: blockE, unit: '百万円', lang: 'ja' });
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getAllByText(HOSTILE, { exact: false }).length).toBeGreaterThan(0);
  });

  it('shows the 費目・使途 table with its 計 and matched rank', () => {
    render(DetailPanel, { block: blockE, unit: '百万円', lang: 'ja' });
    const table = screen.getByRole('table', { name: /費目・使途/ });
    const foot = within(table).getByRole('rowheader', { name: '計' }).closest('tr')!;
    expect(within(foot).getByText('96.3')).toBeInTheDocument();
    expect(within(table).getByText(/順位 1 に対応/)).toBeInTheDocument();
    expect(within(table).getByText('サーバー等')).toBeInTheDocument();
  });

  it('notes a possibly truncated list only when flagged', () => {
    const { unmount } = render(DetailPanel, { block: blockE, unit: '百万円', lang: 'ja' });
    expect(screen.queryByText(/上位10者/)).toBeNull();
    unmount();
    render(DetailPanel, { block: { ...blockE, possiblyTruncated: true }, unit: '百万円', lang: 'ja' });
    expect(screen.getByText(/上位10者/)).toBeInTheDocument();
  });

  it('highlights the selected rank and lets the user pick a row', async () => {
    const user = userEvent.setup();
    const onselectrow = vi.fn();
    render(DetailPanel, { block: blockE, unit: '百万円', lang: 'ja', selectedRank: 2, onselectrow });
    const rows = within(recipientsTable()).getAllByRole('row');
    expect(rows[2]).toHaveAttribute('aria-current', 'true');
    expect(rows[1]).not.toHaveAttribute('aria-current');
    await user.click(within(rows[3]!).getByRole('button', { name: '3' }));
    expect(onselectrow).toHaveBeenCalledWith(expect.objectContaining({ rank: 3, line: 180 }), blockE);
  });

  it('names the block whose row was picked while it switches to another block', async () => {
    const onselectrow = vi.fn();
    const blockF = { ...blockE, id: 'F', total: 10 };
    const { rerender } = render(DetailPanel, { block: blockE, unit: '百万円', lang: 'ja', onselectrow });
    await rerender({ block: blockF });
    // Block E's rows still show (the switch waits a frame): a pick there is a pick in E, not in F.
    expect(screen.getByRole('heading', { name: 'ブロックE' })).toBeInTheDocument();
    await fireEvent.click(within(within(recipientsTable()).getAllByRole('row')[3]!).getByRole('button', { name: '3' }));
    expect(onselectrow).toHaveBeenLastCalledWith(expect.objectContaining({ rank: 3 }), blockE);
  });

  it('deferTables: shows heading and totals at once, the tables a frame later', async () => {
    render(DetailPanel, { block: blockE, unit: '百万円', lang: 'ja', deferTables: true });
    expect(screen.getByRole('heading', { name: 'ブロックE' })).toBeInTheDocument();
    expect(screen.getByText('116.6百万円(1.2億円)')).toBeInTheDocument();
    expect(screen.queryByRole('table')).toBeNull();
    await waitFor(() => expect(recipientsTable()).toBeInTheDocument());
    expect(ranks(recipientsTable()).length).toBe(blockE.recipients.length);
  });

  it('scrolls the selected row into view when the selection changes', async () => {
    const scroll = vi.fn();
    Element.prototype.scrollIntoView = scroll;
    try {
      const { rerender } = render(DetailPanel, { block: blockE, unit: '百万円', lang: 'ja', selectedRank: null });
      expect(scroll).not.toHaveBeenCalled();
      await rerender({ selectedRank: 3 });
      expect(scroll).toHaveBeenCalled();
      expect(scroll.mock.contexts.at(-1)).toHaveAttribute('data-rank', '3');
    } finally {
      delete (Element.prototype as { scrollIntoView?: unknown }).scrollIntoView;
    }
  });

  it('switches to another block a frame later, whole (not in the frame that draws the new diagram)', async () => {
    const blockF = { ...blockE, id: 'F', total: 10 };
    const { rerender } = render(DetailPanel, { block: blockE, unit: '百万円', lang: 'ja', selectedRank: null });
    await rerender({ block: blockF, selectedRank: 2 });
    expect(screen.getByRole('heading', { name: 'ブロックE' })).toBeInTheDocument();
    expect(screen.getByText('116.6百万円(1.2億円)')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('heading', { name: 'ブロックF' })).toBeInTheDocument());
    expect(screen.getByText('10百万円')).toBeInTheDocument();
    expect(screen.getByRole('table', { name: /ブロックFの支出先/ }).querySelector('tr.selected')).toHaveAttribute('data-rank', '2');
  });

  it('switches language', async () => {
    const { rerender } = render(DetailPanel, { block: blockE, unit: '百万円', lang: 'ja' });
    expect(screen.getByRole('heading', { name: 'ブロックE' })).toBeInTheDocument();
    await rerender({ lang: 'en' });
    expect(screen.getByRole('heading', { name: 'Block E' })).toBeInTheDocument();
    expect(screen.getByText('116.6 million yen')).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: /Award rate/ })).toBeInTheDocument();
    expect(screen.getAllByText(/Single bidder/).length).toBe(1);
  });
});

describe('RecipientPanel', () => {
  it('shows one recipient across blocks with a block column and its total', () => {
    const rows = [
      { ...blockE.recipients[2]!, blockId: 'E' },
      { ...blockE.recipients[2]!, blockId: 'C', rank: 1, amount: 3, line: 164 },
    ];
    render(RecipientPanel, { name: '日本コムシス株式会社', corporateNumber: '4010701022825', rows, unit: '百万円', lang: 'ja', selected: { blockId: 'C', rank: 1 } });
    expect(screen.getByText(/6.9百万円/)).toBeInTheDocument();
    const table = screen.getByRole('table');
    expect(within(table).getByRole('columnheader', { name: /ブロック/ })).toBeInTheDocument();
    const body = within(table).getAllByRole('row').slice(1);
    expect(body.map((r) => (r as HTMLTableRowElement).cells[0]!.textContent)).toEqual(['C', 'E']);
    expect(body[0]).toHaveAttribute('aria-current', 'true');
  });
});
