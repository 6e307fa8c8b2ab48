/** The real seed through the real parser into the panels. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render, screen, within } from '@testing-library/svelte';
import { analyze } from '../../../src/read/index.ts';
import { blockLabel, byRecipient } from '../../../src/model/index.ts';
import RecipientPanel from '../../../src/view/panels/RecipientPanel.svelte';
import { recipientRows } from '../../../src/view/panels/recipients.ts';
import DetailPanel from '../../../src/view/panels/DetailPanel.svelte';
import BudgetChart from '../../../src/view/panels/BudgetChart.svelte';
import FindingsPanel from '../../../src/view/panels/FindingsPanel.svelte';
import StructureEditor from '../../../src/view/panels/StructureEditor.svelte';
import TableView from '../../../src/view/panels/TableView.svelte';

const text = readFileSync(join(process.cwd(), 'seeds/000_07fcc2ea9ae77a26.txt'), 'utf8');
const out = analyze(text);
const block = (id: string) => out.sheet.blocks.find((b) => b.id === id)!;

describe('seed → panels', () => {
  it('DetailPanel shows block D: サイバーディフェンス研究所 rows 42.9 / 25.3 / 12.5 and 費目・使途 計 80.7', () => {
    const a = block('A');
    render(DetailPanel, { block: block('D'), unit: out.sheet.unit, lang: 'ja', ministryTotal: a.total, parentTotal: a.total, parentLabel: 'ブロックA' });
    const list = screen.getByRole('table', { name: 'ブロックDの支出先' });
    const cdi = within(list)
      .getAllByRole('row')
      .filter((r) => r.textContent?.includes('株式会社サイバーディフェンス研究所'));
    expect(cdi.map((r) => within(r).getAllByRole('cell')[4]!.textContent)).toEqual(['42.9', '25.3', '12.5']);
    expect(cdi.map((r) => within(r).getAllByRole('cell')[8]!.textContent)).toEqual(['169', '170', '171']);
    expect(cdi.every((r) => within(r).queryByText(/一者応札/) !== null)).toBe(true);
    const expenses = screen.getByRole('table', { name: /費目・使途: \(株\)サイバーディフェンス研究所/ });
    const foot = within(expenses).getByRole('rowheader', { name: '計' }).closest('tr')!;
    expect(within(foot).getByText('80.7')).toBeInTheDocument();
    expect(within(expenses).getByText(/順位 1, 2, 3 に対応/)).toBeInTheDocument();
    expect(screen.getByText('110.6百万円(1.1億円)')).toBeInTheDocument();
    expect(screen.getAllByText('20.0%')).toHaveLength(2);
  });

  it('BudgetChart shows – for the missing 令和4年度 執行額', () => {
    render(BudgetChart, { budget: out.sheet.budget, unit: out.sheet.unit, lang: 'ja' });
    const row = screen.getByRole('rowheader', { name: '令和4年度' }).closest('tr')!;
    expect(within(row).getAllByRole('cell').map((c) => c.textContent)).toEqual(['9,218', '–', '–']);
  });

  it('FindingsPanel, StructureEditor and TableView take the real output', async () => {
    const { container } = render(FindingsPanel, { diagnostics: out.diagnostics, lang: 'en' });
    // The 42 info findings start collapsed and are not rendered until opened.
    expect(container.querySelectorAll('li button').length).toBe(out.diagnostics.filter((d) => d.severity !== 'info').length);
    // The seed: the 0.3 不突合 of A and one more warning; 42 notes: the 41 the issue quotes ("警告 2 · 注記 41") and STRUCTURE_FROM_EXECUTED, the note that 執行額 552.7 anchors A as the one first-tier block (#12).
    expect(screen.getByRole('heading', { name: 'Findings: Warnings 2 · Notes 42' })).toBeInTheDocument();
    const blocks = out.sheet.blocks.map((b) => ({ id: b.id, label: blockLabel(b) }));
    render(StructureEditor, { blocks, parents: out.graph.parents, lang: 'ja', onreparent: () => {}, open: true });
    expect(await screen.findByRole('combobox', { name: /^D .*の資金元/ })).toHaveValue('A');
    render(TableView, { graph: out.graph, unit: out.sheet.unit, lang: 'ja' });
    expect(within(screen.getByRole('table', { name: '資金の流れ(表)' })).getAllByRole('row').length).toBe(out.graph.links.length + 1);
  });

  it('RecipientPanel shows デジタルテクノロジー across blocks E and J', () => {
    const merged = byRecipient(out.sheet).find((m) => m.corporateNumber === '5011501015290')!;
    const rows = recipientRows(out.sheet, merged);
    render(RecipientPanel, { name: merged.name, corporateNumber: merged.corporateNumber, rows, unit: out.sheet.unit, lang: 'ja' });
    const body = within(screen.getByRole('table')).getAllByRole('row').slice(1);
    expect(body.map((r) => within(r).getAllByRole('cell').map((c) => c.textContent)).map((c) => [c[0], c[5]])).toEqual([
      ['E', '96.3'],
      ['J', '1.4'],
    ]);
    expect(screen.getByText(/97.7百万円/)).toBeInTheDocument();
  });
});
