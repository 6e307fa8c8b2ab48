/**
 * The RSシステム nodes the model names in Japanese ("資金元の記載なし", "資金元 A・B（配分は記載なし）",
 * "C 自らの支出先 12者", "C の支出先から（…）") are titled in English from their data, not shown in
 * Japanese on an English diagram; in Japanese their title is the model's label, and the UI's
 * Japanese twins of the English strings say the same.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRsFiles } from '../../../src/sources/rs-csv/index.ts';
import { analyzeRsProject } from '../../../src/read/rs.ts';
import { drillBlocks } from '../../../src/model/drillBlocks.ts';
import { rsDrill } from '../../../src/model/rsDrill.ts';
import { layoutSankey } from '../../../src/layout/index.ts';
import { describeNodes, ministryTotalOf } from '../../../src/view/nodeInfo.ts';
import type { Graph } from '../../../src/contract/schema.ts';
import { dirInputs, root } from './helpers.ts';
import { nodeNames } from '../../../src/i18n/catalog/ja.ts';
import { inLang } from '../../../src/i18n/english.svelte.ts';

const year = readRsFiles(dirInputs(join(root, 'tests/fixtures-rs-sample')));
const out = analyzeRsProject(year.value, '900002');

function titles(graph: Graph, lang: 'ja' | 'en', currentBlock: string | null = null): Map<string, string> {
  const layout = layoutSankey(graph, { width: 1000, height: 700 });
  const infos = describeNodes(layout, { graph, sheet: out.sheet, lang, currentBlock, ministryTotal: ministryTotalOf(graph) });
  return new Map([...infos].map(([id, i]) => [id, i.title]));
}

describe('English titles of the RS nodes the model names in Japanese (900002)', () => {
  it('overview: the junction into C names its funders A and B; C’s own payees are counted as declared (12)', () => {
    const en = titles(out.graph, 'en');
    expect(en.get('C:junction')).toBe('From A, B (split not given)');
    expect(en.get('C:payees')).toBe("C's own payees (12)");
    for (const t of en.values()) expect(t).not.toMatch(/記載なし|自らの支出先/);
  });

  it('the drill-down of C: "from C’s payees" in English', () => {
    const g = drillBlocks(out.sheet, 'C', out.graph, rsDrill);
    expect(titles(g, 'en', 'C').get('C:onward')).toBe("From C's payees (which payee not given)");
  });

  it('in Japanese the title is the model’s label, and the UI’s Japanese strings say the same', () => {
    const ja = titles(out.graph, 'ja');
    const s = inLang('ja', 'nodeNames', nodeNames);
    expect(ja.get('C:junction')).toBe('資金元 A・B（配分は記載なし）');
    expect(s.junctionSources(['A', 'B'])).toBe(ja.get('C:junction'));
    expect(s.ownPayees('C', 12)).toBe(ja.get('C:payees'));
    const g = drillBlocks(out.sheet, 'C', out.graph, rsDrill);
    expect(s.onwardFrom('C')).toBe(g.nodes.find((n) => n.id === 'C:onward')?.label);
  });

  it('a block 5-2 gives no source hangs off "Source not stated" in English', () => {
    // F is in 5-1 but no 5-2 row leads to it.
    const unstated = out.graph.nodes.find((n) => n.id === 'unstated');
    expect(unstated?.label).toBe(inLang('ja', 'nodeNames', nodeNames).unstatedSource);
    expect(titles(out.graph, 'en').get('unstated')).toBe('Source not stated');
  });
});
