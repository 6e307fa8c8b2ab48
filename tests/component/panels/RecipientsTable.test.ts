import { render, screen, waitFor } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import RecipientsTable from '../../../src/view/panels/RecipientsTable.svelte';
import type { RecipientRow } from '../../../src/view/panels/recipients.ts';

const rows: RecipientRow[] = Array.from({ length: 40 }, (_, i) => ({
  rank: i + 1, name: `株式会社テスト${i + 1}`, corporateNumber: null, corporateNumberValid: null, description: '業務',
  amount: 40 - i, contractType: '一般競争契約(最低価格)', contractFamily: 'competitive', bidders: 2, awardRate: 90, reason: null, line: 100 + i,
}));

describe('RecipientsTable', () => {
  it('paints the first 25 rows at once and the rest a frame later', async () => {
    render(RecipientsTable, { props: { rows, unit: '百万円', lang: 'ja', caption: '支出先' } });
    const count = (): number => screen.getAllByRole('row').length - 1;
    expect(count()).toBe(25);
    await waitFor(() => expect(count()).toBe(40));
    expect(screen.getByText('株式会社テスト40')).toBeInTheDocument();
  });

  it('shows short lists whole from the start', () => {
    render(RecipientsTable, { props: { rows: rows.slice(0, 10), unit: '百万円', lang: 'ja', caption: '支出先' } });
    expect(screen.getAllByRole('row')).toHaveLength(11);
  });
});
