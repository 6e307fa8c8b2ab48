/**
 * Structural accessibility of every panel with axe-core in jsdom (names, labels, table
 * headers, ARIA). Colour contrast needs a real browser and is left to the browser suite.
 * axe-core comes with @axe-core/playwright (a dev dependency).
 */
import axe from 'axe-core';
import { render, screen } from '@testing-library/svelte';
import DetailPanel from '../../../src/view/panels/DetailPanel.svelte';
import FindingsPanel from '../../../src/view/panels/FindingsPanel.svelte';
import BudgetChart from '../../../src/view/panels/BudgetChart.svelte';
import Legend from '../../../src/view/panels/Legend.svelte';
import SheetLoader from '../../../src/view/panels/SheetLoader.svelte';
import StructureEditor from '../../../src/view/panels/StructureEditor.svelte';
import TableView from '../../../src/view/panels/TableView.svelte';
import { blockE } from './fixtures.ts';

async function violations(container: HTMLElement): Promise<string[]> {
  const result = await axe.run(container, { rules: { 'color-contrast': { enabled: false }, region: { enabled: false } } });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`);
}

const cases: [string, () => HTMLElement][] = [
  ['DetailPanel', () => render(DetailPanel, { block: { ...blockE, possiblyTruncated: true }, unit: '百万円', lang: 'ja', selectedRank: 2, onselectrow: () => {} }).container],
  ['FindingsPanel', () => render(FindingsPanel, { lang: 'ja', diagnostics: [{ severity: 'warning', code: 'X', line: 3, message: { ja: 'あ', en: 'a' } }] }).container],
  ['BudgetChart', () => render(BudgetChart, { unit: '百万円', lang: 'ja', budget: [{ year: 2022, label: '令和4年度', initial: 1, supplementary: null, carriedIn: null, carriedOut: null, reserve: null, total: 1, executed: null, executionRate: null, request: false }] }).container],
  ['Legend', () => render(Legend, { totals: { grant: 1 }, unit: '百万円', lang: 'ja' }).container],
  ['SheetLoader', () => render(SheetLoader, { onload: () => {}, lang: 'ja', error: 'x', ondismiss: () => {} }).container],
  ['StructureEditor', () => render(StructureEditor, { blocks: [{ id: 'A', label: 'A' }, { id: 'B', label: 'B' }], parents: { A: { parent: 'ministry', inferred: true }, B: { parent: 'A', inferred: true } }, lang: 'ja', onreparent: () => {} }).container],
  ['TableView', () => render(TableView, { graph: { nodes: [{ id: 'ministry', kind: 'ministry', label: '総務省' }], links: [{ source: 'ministry', target: 'A', value: 1, kind: 'fund' }], parents: {} }, unit: '百万円', lang: 'ja' }).container],
];

describe('axe (jsdom)', () => {
  it.each(cases)('%s has no structural violations', async (_, mount) => {
    expect(await violations(mount())).toEqual([]);
  });

  it('StructureEditor opened (its body loaded) has no structural violations', async () => {
    const { container } = render(StructureEditor, { blocks: [{ id: 'A', label: 'A' }, { id: 'B', label: 'B' }], parents: { A: { parent: 'ministry', inferred: true }, B: { parent: 'A', inferred: true } }, lang: 'ja', onreparent: () => {}, onreset: () => {}, open: true });
    expect(await screen.findAllByRole('combobox')).toHaveLength(2);
    expect(await violations(container)).toEqual([]);
  });
});
