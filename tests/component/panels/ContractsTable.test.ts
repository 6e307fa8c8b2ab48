import { render, screen, within } from '@testing-library/svelte';
import ContractsTable from '../../../src/view/panels/ContractsTable.svelte';
import type { Block, Contract, Recipient } from '../../../src/contract/schema.ts';
import { recipientNodeIds } from '../../../src/contract/nodeIds.ts';

const contract = (description: string, amount: number, bidders: number | null, awardRate: number | null, line: number): Contract => ({
  description, amount, contractType: '一般競争契約', contractFamily: 'competitive', bidders, awardRate, reason: null, line,
});
const payee = (rank: number, name: string, amount: number, contracts: Contract[], line: number): Recipient => ({
  rank, name, corporateNumber: null, corporateNumberValid: null, description: '', amount, contractType: null,
  contractFamily: 'unknown', bidders: null, awardRate: null, reason: null, line, contracts,
});
// Two payees both ranked 1 (as RS sheets and damaged text sheets can have): one contract each, one more for the second.
const block: Block = {
  id: 'C', total: 300, line: 10, possiblyTruncated: false, expenses: null,
  recipients: [
    payee(1, '株式会社一番目', 100, [contract('保守', 100, 1, 99.5, 11)], 11),
    payee(1, '株式会社二番目', 200, [contract('開発', 150, 3, 90, 12), contract('運用', 50, 2, null, 13)], 12),
  ],
};

const selectedNames = (): string[] =>
  [...screen.getByRole('table', { name: 'ブロックCの契約' }).querySelectorAll('tr.selected')].map((tr) => tr.textContent ?? '');

describe('ContractsTable', () => {
  it('lists every contract under its payee, flags a single bidder and a 95 % award rate in text', () => {
    render(ContractsTable, { block, unit: '百万円', lang: 'ja' });
    const rows = within(screen.getByRole('table', { name: 'ブロックCの契約' })).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(3);
    expect(rows[0]?.textContent).toMatch(/株式会社一番目.*保守.*100/);
    expect(rows[0]?.textContent).toMatch(/一者応札/);
    expect(rows[0]?.textContent).toMatch(/95%以上|95 ?%/);
    expect(rows[2]?.textContent).toMatch(/運用/);
    expect(rows[2]?.textContent).not.toMatch(/一者応札/);
  });

  it('marks the contracts of the selected payee by its node id, not by its rank: the second "1" alone', () => {
    const ids = recipientNodeIds(block);
    expect(new Set(ids).size).toBe(2);
    render(ContractsTable, { block, unit: '百万円', lang: 'ja', selectedRank: 1, selectedId: ids[1], idOf: (r) => ids[block.recipients.indexOf(r)] });
    const marked = selectedNames();
    expect(marked).toHaveLength(2);
    expect(marked.join('|')).toMatch(/開発/);
    expect(marked.join('|')).toMatch(/運用/);
    expect(marked.join('|')).not.toMatch(/保守/);
  });

  it('without ids, falls back to the rank (a sheet without duplicate ranks)', () => {
    render(ContractsTable, { block, unit: '百万円', lang: 'ja', selectedRank: 1 });
    expect(selectedNames()).toHaveLength(3);
  });
});
