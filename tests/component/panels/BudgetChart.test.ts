import { render, screen, within } from '@testing-library/svelte';
import BudgetChart from '../../../src/view/panels/BudgetChart.svelte';
import type { BudgetYear } from '../../../src/contract/schema.ts';

const year = (year: number, label: string, total: number | null, executed: number | null, request = false): BudgetYear => ({
  year, label, initial: null, supplementary: null, carriedIn: null, carriedOut: null, reserve: null,
  total, executed, executionRate: null, request,
});

const budget: BudgetYear[] = [
  year(2019, '令和元年度', 0, 0),
  year(2021, '令和3年度', 700, 552.7),
  year(2022, '令和4年度', 9218, null),
  year(2023, '令和5年度要求', 850, null, true),
];

describe('BudgetChart', () => {
  it('has a title and an accessible table with – for missing values (not 0)', () => {
    render(BudgetChart, { budget, unit: '百万円', lang: 'ja' });
    expect(screen.getByRole('figure', { name: '予算額・執行額 (百万円)' })).toBeInTheDocument();
    const table = screen.getByRole('table', { name: '予算額・執行額 (百万円)' });
    const row = (name: RegExp) => within(table).getByRole('rowheader', { name }).closest('tr')!;
    expect(within(row(/令和4年度/)).getAllByRole('cell').map((c) => c.textContent)).toEqual(['9,218', '–', '–']);
    expect(within(row(/令和元年度/)).getAllByRole('cell').map((c) => c.textContent)).toEqual(['0', '0', '–']);
    expect(within(row(/令和3年度/)).getAllByRole('cell')[1]).toHaveTextContent('552.7');
  });

  it('draws no bar and a – label for null, a zero-height bar for 0', () => {
    const { container } = render(BudgetChart, { budget, unit: '百万円', lang: 'ja' });
    const svg = container.querySelector('svg.chart')!;
    const executedLabels = [...svg.querySelectorAll('text[data-kind="executed"]')].map((t) => t.textContent);
    expect(executedLabels).toEqual(['0', '552.7', '–', '–']);
    expect(svg.querySelectorAll('rect.executed')).toHaveLength(2);
    expect(svg.querySelectorAll('rect.total')).toHaveLength(4);
    const tallest = [...svg.querySelectorAll('rect.total')].map((r) => Number(r.getAttribute('height')));
    expect(Math.max(...tallest)).toBe(tallest[2]);
  });

  it('marks the request year', () => {
    const { container } = render(BudgetChart, { budget, unit: '百万円', lang: 'ja' });
    expect(container.querySelector('svg.chart')!.textContent).toContain('(要求)');
    expect(container.querySelectorAll('rect.request')).toHaveLength(1);
  });

  it('switches language', () => {
    const { container } = render(BudgetChart, { budget, unit: '百万円', lang: 'en' });
    expect(screen.getByRole('figure', { name: 'Budget and execution (million yen)' })).toBeInTheDocument();
    expect(container.querySelector('svg.chart')!.textContent).toContain('FY2023(request)');
  });
});
