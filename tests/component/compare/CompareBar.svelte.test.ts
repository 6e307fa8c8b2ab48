// year (#14, compare): the project view's year switch (CompareBar), the budget of both years
// (BudgetCompare), the diagram's marks (FlowView) and the year panel's comparison, mounted on an
// AppState reading the sample's two years through the real RS session (no worker), in English.
// 900059: 2025 shown, compared with 2024 — J gone (2024: 6,800,000 yen), D +10 %, B -8.6 %.
import { fireEvent, render, waitFor, within } from '@testing-library/svelte';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import '../resize.stub.ts';
import { AppState } from '../../../src/state/app.svelte.ts';
import { createRsSession } from '../../../src/read/rsSession.ts';
import { provideCompare } from '../../../src/view/flowScene.ts';
import { useEnglish } from '../../../src/i18n/english.svelte.ts';
import { englishDicts } from '../../../src/i18n/english.ts';
import { drillDown } from '../../../src/model/index.ts';
import { analyze } from '../../../src/read/analyze.ts';
import CompareBar from '../../../src/view/compare/CompareBar.svelte';
import BudgetCompare from '../../../src/view/compare/BudgetCompare.svelte';
import YearPanel from '../../../src/view/panels/YearPanel.svelte';
import FlowView from '../../../src/view/FlowView.svelte';

const filesOf = (dir: string) => {
  const d = new URL(`${process.cwd()}/tests/${dir}/`, 'file://');
  return readdirSync(d).filter((n) => n.endsWith('.csv')).sort().map((name) => ({ name, data: new Uint8Array(readFileSync(new URL(name, d))) }));
};
const files = [...filesOf('fixtures-rs-sample'), ...filesOf('fixtures-rs-sample-2025')];

async function loaded(lang: 'ja' | 'en') {
  useEnglish(englishDicts);
  const app = new AppState({ analyze, drillDown, rs: createRsSession() });
  app.lang = lang;
  await app.loadRsFiles(files, []);
  expect(await app.openProject('900059')).toBe(true);
  expect(app.projectYear).toBe(2025);
  return app;
}

describe('CompareBar, BudgetCompare, FlowView marks and YearPanel (#14)', () => {
  it('in English: the year switch, “Compare with 2024”, the marks on the diagram, both budgets and the year panel', async () => {
    const app = await loaded('en');
    const bar = render(CompareBar, { props: { app, lang: 'en', provide: provideCompare } });
    const flow = render(FlowView, { props: { app } });
    const region = bar.getByRole('region', { name: 'Year of the project and comparison' });
    const shown = within(region).getByRole('group', { name: 'Year shown' });
    expect(within(shown).getByRole('button', { name: '2025' }).getAttribute('aria-pressed')).toBe('true');
    expect(within(region).getByRole('button', { name: 'No comparison' }).getAttribute('aria-pressed')).toBe('true');

    await fireEvent.click(within(region).getByRole('button', { name: 'Compare with 2024' }));
    expect(app.compareWith).toBe(2024);
    await waitFor(() => expect(app.comparison?.after.sheetYear).toBe(2025));
    await waitFor(() => expect(within(region).getByRole('status').textContent).toMatch(/Diagram compares FY2024 → FY2025/));
    expect(within(region).getByRole('status').textContent).toMatch(/Blocks: 0 new, 1 gone, 1 up, 1 down/);

    // The diagram: J a ghost with 2024's amount, D +10.0 % (its name says both years), the ministry's 552.5 unchanged.
    const node = (id: string) => flow.container.querySelector<SVGGElement>(`g.node[data-id="${id}"]`);
    await waitFor(() => expect(node('gone:J')).not.toBeNull());
    expect(node('gone:J')?.getAttribute('aria-label')).toMatch(/^J デジタルテクノロジー株式会社ほか \(none in 2025\) FY2024: 6\.8 million yen, not in FY2025/);
    expect(node('gone:J')?.classList.contains('gone')).toBe(true);
    expect(node('D')?.querySelector('text')?.textContent).toMatch(/\+10\.0%$/);
    expect(node('D')?.getAttribute('aria-label')).toMatch(/FY2024 110\.6 million yen → FY2025 121\.66 million yen \(\+10\.0%\)/);
    expect(node('ministry')?.getAttribute('aria-label')).toMatch(/552\.5 million yen/);
    // A click on the ghost selects nothing for long (no rows of 2025 to detail; no link to a node that exists only while comparing).
    const picked: (string | null)[] = [];
    const select = app.select.bind(app);
    app.select = (id) => {
      picked.push(id);
      select(id);
    };
    await fireEvent.click(node('gone:J') as SVGGElement);
    await waitFor(() => expect(picked).toEqual(['gone:J', null]));
    expect(app.selectedId).toBeNull();
    await fireEvent.click(node('C') as SVGGElement);
    expect(app.currentBlock === 'C' || app.selectedId === 'C').toBe(true);
    app.home();

    // The budget of both years' sheets.
    const comparison = app.comparison;
    if (!comparison) throw new Error('no comparison');
    const budget = render(BudgetCompare, { props: { comparison, unit: '円', lang: 'en' } });
    const fig = budget.getByTestId('budget-compare');
    expect(fig.querySelector('figcaption')?.textContent).toBe('Budget and execution (both years’ sheets) (million yen)');
    expect([...fig.querySelectorAll('thead th')].map((t) => t.textContent)).toEqual(['Budget year', 'FY2024 sheet', 'FY2025 sheet', 'Budget', 'Executed', 'Budget', 'Executed']);
    // 2021 (2-1 of each sheet): 予算 700,000,000, 執行 552,700,000 yen; 2022: 9,218,000,000 and no 執行.
    const row = (y: string) => [...([...fig.querySelectorAll('tbody tr')].find((r) => r.querySelector('th')?.textContent === y)?.querySelectorAll('th, td') ?? [])].map((c) => c.textContent?.trim());
    expect(row('FY2021')).toEqual(['FY2021', '700', '552.7', '700', '552.7']);
    expect(row('FY2022')).toEqual(['FY2022', '9,218', '–', '9,218', '–']);

    // The year panel's comparison table and its headings, in English.
    const panel = render(YearPanel, { props: { app, lang: 'en' } });
    const table = await panel.findByTestId('comparison');
    expect(panel.getByRole('heading', { name: 'Years compared 2024 → 2025' })).toBeTruthy();
    expect(table.querySelector('tr[data-block=J]')?.textContent).toMatch(/gone/);
    expect(table.querySelector('tr[data-block=D]')?.textContent).toMatch(/up \+10\.0%/);
    expect(table.textContent).toMatch(/株式会社新規見本.*new/);
    // One year switch on the page: the bar's, not a second one in the panel.
    expect(within(panel.container).queryByRole('group', { name: 'Year shown' })).toBeNull();
    expect([...panel.getByTestId('comparison-budget').querySelectorAll('thead th')].map((t) => t.textContent)).toEqual(['Budget year', 'Budget / executed (2024 sheet)', 'Budget / executed (2025 sheet)']);
    // The payee search says contract families in English (法人番号 of 日本コムシス株式会社: blocks C and E, competitive).
    await fireEvent.input(within(panel.container).getByLabelText('Payee name or corporate number'), { target: { value: '4010701022825' } });
    await waitFor(() => expect(within(panel.container).getByTestId('payee-results').textContent).toMatch(/block E · .* · Competitive bidding/));
    // No Japanese UI word left in the comparison's headings (names and 百万円 are the files' own).
    expect(region.textContent).not.toMatch(/年度|比較|新規|消滅/);
  });

  it('the year switch shows 2024: nothing earlier to compare with, the comparison goes', async () => {
    const app = await loaded('ja');
    const bar = render(CompareBar, { props: { app, lang: 'ja', provide: provideCompare } });
    app.compareWith = 2024;
    await waitFor(() => expect(app.comparison).not.toBeNull());
    await fireEvent.click(bar.getByRole('button', { name: '2024' }));
    await waitFor(() => expect(app.projectYear).toBe(2024));
    await waitFor(() => expect(app.comparison).toBeNull());
    expect(app.compareWith).toBeNull();
    expect(bar.queryByRole('group', { name: '年度比較' })).toBeNull();
    // And back to 2025: the comparison can be turned on again.
    await fireEvent.click(bar.getByRole('button', { name: '2025' }));
    await waitFor(() => expect(bar.getByRole('button', { name: '2024年度と比較' })).toBeTruthy());
  });

  it('a compare year the project is not in (a stale link) is dropped', async () => {
    const app = await loaded('ja');
    render(CompareBar, { props: { app, lang: 'ja', provide: provideCompare } });
    app.compareWith = 2023;
    await waitFor(() => expect(app.compareWith).toBeNull());
    expect(app.comparison).toBeNull();
  });
});
