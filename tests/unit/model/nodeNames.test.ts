/**
 * labels (#10): every name the model makes up is a code plus data (`GraphNode.name`), its label the
 * Japanese words of that code (i18n/nodeNames.ts), and the view titles it from the code in either
 * language. Expected values worked out by hand from the files:
 * - RS 900002 (tests/fixtures-rs-sample 5-1/5-2): 架空省 → A 見本財団 900,000,000, → B 見本機構 300,000,000;
 *   A→C and B→C (C's split not given: a junction of A and B; E→C closes a cycle and is set aside);
 *   C 700,000,000 funds E 50,000,000 and C's payee rows (400M + 100M + その他 200M) give all of
 *   C, so 650,000,000 stayed with C's own payees, 12 as 支出先の数 declares (3 rows); F has no
 *   inflow (資金元の記載なし); the state spends 委員等旅費 1,043,000 and 職員旅費 250,000 itself.
 * - RS 900059 (the seed in yen): A 552,500,000 keeps 人件費 16,800,000 and 旅費等 300,000 (5-3; その他
 *   is not a kept 費目) and funds B…J 535,700,000: 552.5 − 17.1 − 535.7 = −0.3 million, 不突合.
 * - the seed text sheet (百万円): the same for A (不突合 0.3); with C moved under B, B 206.4 keeps
 *   nothing (業務費) and funds C 3.0: 203.4 unexplained (内訳不明の差額); D's three rows of
 *   (株)サイバーディフェンス研究所 meet where its 費目・使途 begins.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRsFiles } from '../../../src/sources/rs-csv/index.ts';
import { analyzeRsProject } from '../../../src/read/rs.ts';
import { analyze } from '../../../src/read/index.ts';
import { drillBlocks } from '../../../src/model/drillBlocks.ts';
import { drillDown } from '../../../src/model/drilldown.ts';
import { rsDrill } from '../../../src/model/rsDrill.ts';
import { buildGraph } from '../../../src/model/graph.ts';
import { yearOverview } from '../../../src/model/yearOverview.ts';
import { yearProjects } from '../../../src/sources/rs-csv/index.ts';
import { nodeLabel, nodeName } from '../../../src/i18n/nodeNames.ts';
import { nodeNames as nodeNamesJa } from '../../../src/i18n/catalog/ja.ts';
import { nodeNames as nodeNamesEn } from '../../../src/i18n/catalog/en.ts';
import { nameTitle } from '../../../src/view/nodeInfo.ts';
import { graphNodeSchema, nodeNameSchema, parseOutputSchema, type Graph, type NodeName } from '../../../src/contract/schema.ts';
import { dirInputs, root } from '../rs/helpers.ts';
import { seedText } from '../seed.ts';

const year = readRsFiles(dirInputs(join(root, 'tests/fixtures-rs-sample')));
const p900002 = analyzeRsProject(year.value, '900002');
const p900059 = analyzeRsProject(year.value, '900059');
const seed = analyze(seedText);
const moved = analyze(seedText, { parents: { C: 'B' } });

const nameOf = (g: Graph, id: string) => g.nodes.find((n) => n.id === id)?.name;
/** The made-up names of a graph (block names aside), by node id. */
const madeUp = (g: Graph) =>
  Object.fromEntries(g.nodes.filter((n) => n.name && !['named', 'recipient', 'expenses', 'bare'].includes(n.name.code)).map((n) => [n.id, n.name]));

describe('the model states made-up names as codes plus data', () => {
  it('RS 900002: junction of A and B into C, 資金元の記載なし, C’s 12 own payees, the state’s two items', () => {
    const g = p900002.graph;
    const direct = g.nodes.filter((n) => n.variant === 'direct');
    expect(madeUp(g)).toEqual({
      'C:junction': { code: 'junction', block: 'C', funders: ['A', 'B'], ministry: '架空省' },
      unstated: { code: 'unstated' },
      'C:payees': { code: 'ownPayees', block: 'C', count: 12 },
      [direct[0]?.id ?? '?']: { code: 'direct', note: '委員等旅費' },
      [direct[1]?.id ?? '?']: { code: 'direct', note: '職員旅費' },
    });
    // The ministry and the blocks are named by the files: the ministry carries no code, the blocks their own names.
    expect(nameOf(g, 'ministry')).toBeUndefined();
    expect(g.nodes.find((n) => n.id === 'ministry')?.label).toBe('架空省');
    expect(nameOf(g, 'C')).toEqual({ code: 'named', blockId: 'C', name: '株式会社見本一ほか' });
    expect(nameOf(g, 'A')).toEqual({ code: 'named', blockId: 'A', name: '見本財団' });
  });

  it('RS 900002, drilling into C: its payees pass money on to E, which payee not given', () => {
    const g = drillBlocks(p900002.sheet, 'C', p900002.graph, rsDrill);
    expect(nameOf(g, 'C:onward')).toEqual({ code: 'onward', block: 'C' });
    expect(g.nodes.find((n) => n.id === 'C:onward')?.label).toBe('C の支出先から（どの支出先からかは記載なし）');
  });

  it('RS 900059: A kept 人件費 and 旅費等, and the blocks below received 0.3 million more than A had', () => {
    const g = p900059.graph;
    expect(madeUp(g)).toEqual({
      'A:kept:人件費': { code: 'kept', block: 'A', category: '人件費' },
      'A:kept:旅費等': { code: 'kept', block: 'A', category: '旅費等' },
      'A:residual': { code: 'overReceived', block: 'A' },
    });
    expect(g.links.find((l) => l.source === 'A:residual')?.value).toBe(300_000);
    expect(g.nodes.find((n) => n.id === 'A:residual')?.label).toBe('A 不突合(下流の受取が上回る)');
  });

  it('the seed text sheet: kept items and 不突合 of A; with C under B, B’s 203.4 unexplained; D’s expense table', () => {
    expect(madeUp(seed.graph)).toEqual({
      'A:kept:人件費': { code: 'kept', block: 'A', category: '人件費' },
      'A:kept:旅費等': { code: 'kept', block: 'A', category: '旅費等' },
      'A:residual': { code: 'overReceived', block: 'A' },
    });
    expect(nameOf(moved.graph, 'B:residual')).toEqual({ code: 'residual', block: 'B' });
    expect(moved.graph.links.find((l) => l.target === 'B:residual')?.value).toBe(203.4);
    expect(moved.graph.nodes.find((n) => n.id === 'B:residual')?.label).toBe('B 内訳不明の差額');
    const d = drillDown(seed.sheet, 'D');
    expect(madeUp(d)).toEqual({ 'D:e': { code: 'expenseTable', name: 'サイバーディフェンス研究所' } });
    expect(d.nodes.find((n) => n.id === 'D:e')?.label).toBe('サイバーディフェンス研究所 費目・使途');
    // The 費目 themselves are the sheet's words: no code.
    expect(d.nodes.filter((n) => n.kind === 'category').every((n) => n.name === undefined && n.label.length > 0)).toBe(true);
  });

  it('a 費目 left empty is (費目なし); a sheet naming no ministry has the ministry code', () => {
    const block = seed.sheet.blocks.find((b) => b.id === 'D');
    if (!block?.expenses) throw new Error('the seed’s D has a 費目・使途 table');
    const blank = { ...block, expenses: { ...block.expenses, items: block.expenses.items.map((i) => ({ ...i, category: '' })) } };
    const sheet = { ...seed.sheet, blocks: seed.sheet.blocks.map((b) => (b.id === 'D' ? blank : b)) };
    const cat = drillDown(sheet, 'D').nodes.find((n) => n.kind === 'category');
    expect(cat).toMatchObject({ label: '(費目なし)', name: { code: 'noCategory' } });
    const g = buildGraph({ ...seed.sheet, ministry: null }, seed.graph.parents, []);
    expect(g.nodes[0]).toMatchObject({ id: 'ministry', label: '府省庁', name: { code: 'ministry' } });
  });

  it('the year overview: 予算総計 at the root; a ministry scope folds small projects and names the state’s own costs', () => {
    const projects = yearProjects(year.value);
    const o = yearOverview(projects);
    expect(o.graph.nodes.find((n) => n.id === 'year')).toMatchObject({ label: '予算総計', name: { code: 'yearTotal' } });
    // Ministries and projects are the files' names: no code.
    expect(o.graph.nodes.filter((n) => n.id !== 'year').every((n) => n.name === undefined)).toBe(true);
    // 900002 (架空省) pays A 900M and B 300M itself and spends 1,293,000 itself: the state's own costs under the project.
    const m = yearOverview(projects, { ministry: '架空省' });
    expect(m.graph.nodes.filter((n) => n.name).map((n) => n.name)).toEqual([{ code: 'stateOwn' }]);
    // Only the largest child shown: B and the state's own costs fold into "その他 2者".
    const folded = yearOverview(projects, { ministry: '架空省', maxChildren: 1 });
    expect(folded.graph.nodes.filter((n) => n.name).map((n) => n.name)).toEqual([{ code: 'foldPayees', count: 2 }]);
  });

  it('every made-up label is the Japanese words of its code (one function words them)', () => {
    const graphs = [p900002.graph, p900059.graph, seed.graph, moved.graph, drillDown(seed.sheet, 'D'), drillBlocks(p900002.sheet, 'C', p900002.graph, rsDrill)];
    let n = 0;
    for (const g of graphs)
      for (const node of g.nodes)
        if (node.name) {
          expect(node.label).toBe(nodeLabel(node.name));
          n++;
        }
    expect(n).toBeGreaterThan(40);
  });
});

describe('titles per language from the code (view/nodeInfo nameTitle)', () => {
  // [name, Japanese title, English title], written out by hand.
  const cases: [NodeName, string, string][] = [
    [{ code: 'ministry' }, '府省庁', 'Ministry'],
    [{ code: 'residual', block: 'B' }, 'B 内訳不明の差額', 'B residual'],
    [{ code: 'overReceived', block: 'A' }, 'A 不突合(下流の受取が上回る)', 'A residual'],
    [{ code: 'kept', block: 'A', category: '人件費' }, '人件費(Aが支出)', '人件費 (spent by A)'],
    [{ code: 'ownPayees', block: 'C', count: 12 }, 'C 自らの支出先 12者', "C's own payees (12)"],
    [{ code: 'untraced', block: 'C' }, 'C 支出先別の記載がない額', 'C not given per payee'],
    [{ code: 'unstated' }, '資金元の記載なし', 'Source not stated'],
    [{ code: 'junction', block: 'C', funders: ['A', 'B'], ministry: '架空省' }, '資金元 A・B（配分は記載なし）', 'From A, B (split not given)'],
    [{ code: 'junction', block: 'C', funders: ['ministry', 'B'], ministry: '架空省' }, '資金元 架空省・B（配分は記載なし）', 'From 架空省, B (split not given)'],
    [{ code: 'junction', block: 'C', funders: ['ministry', 'B'], ministry: null }, '資金元 府省庁・B（配分は記載なし）', 'From ministry, B (split not given)'],
    [{ code: 'onward', block: 'C' }, 'C の支出先から（どの支出先からかは記載なし）', "From C's payees (which payee not given)"],
    [{ code: 'direct', note: '職員旅費' }, '職員旅費(国が直接支出)', '職員旅費 (spent by the state itself)'],
    [{ code: 'direct', note: null }, '国自らが支出する間接経費(国が直接支出)', 'Indirect costs (spent by the state itself)'],
    [{ code: 'expenseTable', name: 'サイバーディフェンス研究所' }, 'サイバーディフェンス研究所 費目・使途', 'サイバーディフェンス研究所: expenses and uses'],
    [{ code: 'noCategory' }, '(費目なし)', '(no category)'],
    [{ code: 'yearTotal' }, '予算総計', 'Total budget'],
    [{ code: 'noMinistry' }, '(府省庁なし)', '(no ministry)'],
    [{ code: 'foldProjects', count: 3 }, 'その他 3事業', '3 other projects'],
    [{ code: 'foldPayees', count: 2 }, 'その他 2者', '2 others'],
    [{ code: 'stateOwn' }, '国自らの支出(間接経費等)', 'Spent by the state itself (indirect costs etc.)'],
    [{ code: 'named', blockId: 'C', name: '株式会社見本一ほか' }, 'C 株式会社見本一ほか', 'C 株式会社見本一ほか'],
    [{ code: 'recipient', blockId: 'B', name: '日立製作所', others: 5 }, 'B 日立製作所 他5者', 'B 日立製作所 +5 others'],
    [{ code: 'recipient', blockId: 'B', name: '日立製作所', others: 1 }, 'B 日立製作所 他1者', 'B 日立製作所 +1 other'],
    [{ code: 'expenses', blockId: 'K', name: '見本商事' }, 'K 見本商事', 'K 見本商事'],
    [{ code: 'bare', blockId: 'G' }, 'G', 'G'],
  ];
  it.each(cases)('%j → %s / %s', (name, ja, en) => {
    expect(nameTitle(name, 'ja')).toBe(ja);
    expect(nameTitle(name, 'en')).toBe(en);
    // And the schema takes the name as the JSON contract.
    expect(graphNodeSchema.safeParse({ id: 'x', kind: 'other', label: ja, name }).success).toBe(true);
  });

  it('every code has a case above', () => {
    const codes = new Set(cases.map(([n]) => n.code));
    const all = nodeNameSchema.def.options.map((o) => o.def.shape.code.def.values[0]);
    expect([...codes].sort()).toEqual([...all].sort());
  });

  it('the model labels with the Japanese section; English words every code differently from it', () => {
    for (const [name] of cases) expect(nodeLabel(name)).toBe(nodeName(name, nodeNamesJa));
    const same = cases.filter(([name]) => name.code !== 'bare' && nodeName(name, nodeNamesEn) === nodeName(name, nodeNamesJa)).map(([n]) => n.code);
    // Only names made of the files' own words read alike: a kept item ("<block> <費目>"), a block's
    // name, a direct cost the files name (its note).
    expect([...new Set(same)].sort()).toEqual(['direct', 'expenses', 'kept', 'named']);
  });
});

describe('the JSON contract', () => {
  it('a model JSON of an older build (nodes without `name`) still reads; a name of no known code is refused', () => {
    const old = JSON.parse(JSON.stringify(p900002, (k, v) => (k === 'name' && v && typeof v === 'object' && 'code' in v ? undefined : v)));
    expect(old.graph.nodes.some((n: { name?: unknown }) => n.name !== undefined)).toBe(false);
    expect(parseOutputSchema.safeParse(old).success).toBe(true);
    expect(parseOutputSchema.safeParse(JSON.parse(JSON.stringify(p900002))).success).toBe(true);
    expect(graphNodeSchema.safeParse({ id: 'x', kind: 'other', label: 'x', name: { code: 'made-up' } }).success).toBe(false);
    expect(graphNodeSchema.safeParse({ id: 'x', kind: 'kept', label: 'x', name: { code: 'kept', block: 'A' } }).success).toBe(false);
  });
});
