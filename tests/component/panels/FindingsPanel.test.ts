import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import FindingsPanel from '../../../src/view/panels/FindingsPanel.svelte';
import type { Diagnostic } from '../../../src/contract/schema.ts';
import { HOSTILE } from './fixtures.ts';

const d = (severity: Diagnostic['severity'], code: string, line: number, ja: string, en: string, extra: Partial<Diagnostic> = {}): Diagnostic => ({
  severity, code, line, message: { ja, en }, ...extra,
});

const diagnostics: Diagnostic[] = [
  d('info', 'SINGLE_BIDDER', 169, '一者応札です', 'single bidder', { blockId: 'D', rank: 1 }),
  d('warning', 'EXPENSE_SUM_MISMATCH', 132, '計が違います', 'total differs', { blockId: 'C' }),
  d('error', 'BAD_AMOUNT', 40, `支出額「${HOSTILE}」を読めません`, 'bad amount'),
  d('info', 'HIGH_AWARD_RATE', 170, '落札率が高い', 'high award rate', { blockId: 'D', rank: 2 }),
];

describe('FindingsPanel', () => {
  it('groups by severity in order error, warning, note, with counts in the title; notes start collapsed', async () => {
    render(FindingsPanel, { diagnostics, lang: 'ja' });
    const headings = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent?.replace(/\s+/g, ' ').trim());
    expect(headings).toEqual(['▾ ✖ エラー (1)', '▾ ⚠ 警告 (1)', '▸ ⓘ 注記 (2)']);
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(/^指摘事項: エラー 1 · 警告 1 · 注記 2$/);
    expect(screen.getByRole('region', { name: '指摘事項: エラー 1 · 警告 1 · 注記 2' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /一者応札です/ })).toBeNull();
    await userEvent.setup().click(screen.getByRole('button', { name: '注記 (2)' }));
    const info = screen.getByRole('list', { name: /注記/ });
    expect(within(info).getAllByRole('button').map((b) => b.textContent)).toEqual([
      '一者応札です 169行目',
      '落札率が高い 170行目',
    ]);
  });

  it('calls onselect with the clicked diagnostic', async () => {
    const user = userEvent.setup();
    const onselect = vi.fn();
    render(FindingsPanel, { diagnostics, lang: 'ja', onselect, collapseInfoOver: 8 });
    await user.click(screen.getByRole('button', { name: /落札率が高い/ }));
    expect(onselect).toHaveBeenCalledTimes(1);
    expect(onselect).toHaveBeenCalledWith(diagnostics[3]);
    screen.getByRole('button', { name: /計が違います/ }).focus();
    await user.keyboard('{Enter}');
    expect(onselect).toHaveBeenLastCalledWith(diagnostics[1]);
  });

  it('renders hostile text as text', () => {
    const { container } = render(FindingsPanel, { diagnostics, lang: 'ja' });
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByText(HOSTILE, { exact: false })).toBeInTheDocument();
  });

  it('switches language', async () => {
    const { rerender } = render(FindingsPanel, { diagnostics, lang: 'ja' });
    await rerender({ lang: 'en' });
    expect(screen.getByRole('heading', { name: /Warnings \(1\)/ })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(/^Findings: Errors 1 · Warnings 1 · Notes 2$/);
    expect(screen.getByRole('button', { name: 'total differs line 132' })).toBeInTheDocument();
    expect(screen.queryByText('計が違います')).toBeNull();
  });

  it('starts a notes group longer than collapseInfoOver collapsed and toggles it', async () => {
    const user = userEvent.setup();
    const many = Array.from({ length: 12 }, (_, i) => d('info', 'SINGLE_BIDDER', 200 + i, `情報${i}`, `info ${i}`));
    render(FindingsPanel, { diagnostics: [diagnostics[1]!, ...many], lang: 'ja', collapseInfoOver: 8 });
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(/^指摘事項: 警告 1 · 注記 12$/);
    const toggle = screen.getByRole('button', { name: '注記 (12)' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('button', { name: /情報0/ })).toBeNull();
    expect(screen.getByRole('button', { name: '警告 (1)' })).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('button', { name: /計が違います/ })).toBeVisible();
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('button', { name: /情報0/ })).toBeVisible();
    await user.click(screen.getByRole('button', { name: '警告 (1)' }));
    expect(screen.queryByRole('button', { name: /計が違います/ })).toBeNull();
  });

  it('says so when there are no findings', () => {
    render(FindingsPanel, { diagnostics: [], lang: 'en' });
    expect(screen.getByText('No findings.')).toBeInTheDocument();
  });
});

describe('FindingsPanel (many findings)', () => {
  it('renders 50 items of an open group and more on request', async () => {
    const many = Array.from({ length: 130 }, (_, i) => ({ severity: 'warning' as const, code: 'X', message: { ja: `警告${i + 1}`, en: `warning ${i + 1}` }, line: i + 1 }));
    render(FindingsPanel, { props: { diagnostics: many, lang: 'ja' as const } });
    expect(screen.getAllByText(/^警告\d+$/)).toHaveLength(50);
    await userEvent.click(screen.getByRole('button', { name: 'さらに表示(残り80件)' }));
    expect(screen.getAllByText(/^警告\d+$/)).toHaveLength(130);
    expect(screen.queryByRole('button', { name: /さらに表示/ })).toBeNull();
  });
});
