import { render, screen, within } from '@testing-library/svelte';
import Legend from '../../../src/view/panels/Legend.svelte';
import { FAMILY_COLORS, FAMILY_ORDER, FAMILY_PALETTE } from '../../../src/view/panels/palette.ts';

const totals = { grant: 552.5, competitive: 300.1, 'open-call': 200.2, discretionary: 52.2 };

const row = (container: HTMLElement, family: string) => container.querySelector<HTMLElement>(`tr[data-family="${family}"]`)!;

describe('Legend', () => {
  it('shows each family with its amount and share of the total', () => {
    const { container } = render(Legend, { totals, unit: '百万円', lang: 'ja' });
    // whole = 1105
    expect(within(row(container, 'grant')).getByText('50.0%')).toBeInTheDocument();
    expect(within(row(container, 'competitive')).getByText('27.2%')).toBeInTheDocument();
    expect(within(row(container, 'open-call')).getByText('18.1%')).toBeInTheDocument();
    expect(within(row(container, 'discretionary')).getByText('4.7%')).toBeInTheDocument();
    expect(within(row(container, 'grant')).getByText('552.5百万円(5.5億円)')).toBeInTheDocument();
    expect(within(row(container, 'unknown')).getAllByText('–')).toHaveLength(2);
    // The diagram's words (tooltip, captions): one vocabulary for contract families (issue #13).
    expect(screen.getByRole('rowheader', { name: '随意契約(公募・企画競争)' })).toBeInTheDocument();
    expect(screen.getByRole('rowheader', { name: '競争入札' })).toBeInTheDocument();
  });

  it('colours swatches from the Okabe–Ito palette, all distinct', () => {
    const { container } = render(Legend, { totals, unit: '百万円', lang: 'ja' });
    const fills = FAMILY_ORDER.map((f) => row(container, f).querySelector('rect')!.getAttribute('fill'));
    expect(fills).toEqual(FAMILY_ORDER.map((f) => FAMILY_COLORS[f]));
    expect(new Set(FAMILY_PALETTE).size).toBe(5);
    expect(FAMILY_PALETTE.every((c) => /^#[0-9A-F]{6}$/i.test(c))).toBe(true);
  });

  it('explains the marks with text', () => {
    render(Legend, { totals, unit: '百万円', lang: 'ja' });
    expect(screen.getByText(/一者応札/)).toBeInTheDocument();
    expect(screen.getByText('入札者数(応募者数)が1者')).toBeInTheDocument();
    expect(screen.getByText(/落札率95%以上/)).toBeInTheDocument();
  });

  it('switches language', async () => {
    const { rerender } = render(Legend, { totals, unit: '百万円', lang: 'ja' });
    await rerender({ lang: 'en' });
    expect(screen.getByRole('table', { name: 'Contract type' })).toBeInTheDocument();
    expect(screen.getByText(/Competitive bidding/)).toBeInTheDocument();
    expect(screen.getByText('only one bidder or applicant')).toBeInTheDocument();
  });
});
