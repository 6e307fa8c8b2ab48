/** Recipient node ids (#12): `<block>:r:<rank>` for unique ranks, `~n` for further rows ranked alike. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { nodeIdOfRow, parseRecipientNodeId, recipientNodeId, recipientNodeIds, rowOfNodeId } from '../../src/contract/nodeIds.ts';
import { analyze } from '../../src/read/index.ts';
import { drillDown } from '../../src/model/drilldown.ts';
import { rowsOf } from '../../src/view/nodeInfo.ts';
import { compareNodes } from '../../src/layout/sankey.ts';
import { blockLabel } from '../../src/model/blocks.ts';
import { shortName } from '../../src/contract/names.ts';
import { seedText } from './seed.ts';

const fixture = (name: string): string => readFileSync(`tests/fixtures/${name}/input.txt`, 'utf8');

describe('recipient node ids', () => {
  it('round-trips block, rank and occurrence (property)', () => {
    fc.assert(fc.property(fc.stringMatching(/^[A-Z]{1,2}$/), fc.nat(9_999_999), fc.integer({ min: 1, max: 50 }), (b, rank, n) => {
      expect(parseRecipientNodeId(recipientNodeId(b, rank, n))).toEqual({ blockId: b, rank, occurrence: n });
    }));
    expect(recipientNodeId('D', 1)).toBe('D:r:1');
    expect(recipientNodeId('D', 1, 2)).toBe('D:r:1~2');
    expect(parseRecipientNodeId('D:c:1')).toBeNull();
    expect(parseRecipientNodeId('D:r:1~0')).toBeNull();
  });

  it('keeps D:r:<rank> on the seed, where every rank is unique', () => {
    const g = drillDown(analyze(seedText).sheet, 'D');
    expect(g.nodes.filter((n) => n.kind === 'recipient').map((n) => n.id)).toEqual(['D:r:1', 'D:r:2', 'D:r:3', 'D:r:4', 'D:r:5']);
  });

  it('gives two rows numbered 1 distinct ids, links, rows and order', () => {
    const sheet = analyze(fixture('duplicate-ranks')).sheet;
    const d = sheet.blocks.find((b) => b.id === 'D')!;
    expect(recipientNodeIds(d)).toEqual(['D:r:1', 'D:r:1~2', 'D:r:2', 'D:r:3', 'D:r:4']);
    const g = drillDown(sheet, 'D');
    const pay = g.links.filter((l) => l.kind === 'payment').map((l) => [l.target, l.value]);
    expect(pay).toEqual([['D:r:1', 42.9], ['D:r:1~2', 25.3], ['D:r:2', 12.5], ['D:r:3', 29.7], ['D:r:4', 0.2]]);
    // The three サイバーディフェンス研究所 rows meet in one 費目 node: 42.9 + 25.3 + 12.5.
    expect(g.links.filter((l) => l.target === 'D:e').map((l) => [l.source, l.value])).toEqual([['D:r:1', 42.9], ['D:r:1~2', 25.3], ['D:r:2', 12.5]]);
    expect(rowOfNodeId(sheet, 'D:r:1~2')?.row.amount).toBe(25.3);
    expect(rowsOf('D:r:1~2', sheet).rows.map((r) => r.line)).toEqual([170]);
    expect(rowsOf('D:r:1', sheet).rows.map((r) => r.line)).toEqual([169]);
    expect(nodeIdOfRow(d, d.recipients[1]!)).toBe('D:r:1~2');
    expect(nodeIdOfRow(d, { ...d.recipients[1]! })).toBe('D:r:1~2');
    const node = (id: string) => ({ kind: 'recipient' as const, id });
    expect(['D:r:2', 'D:r:1~2', 'D:r:1'].map(node).sort(compareNodes).map((n) => n.id)).toEqual(['D:r:1', 'D:r:1~2', 'D:r:2']);
  });

  it('orders two-letter blocks after Z and reads their rows with ranks ≥ 10000', () => {
    const blocks = ['AB', 'B', 'AA', 'Z', 'A'].map((id) => ({ kind: 'block' as const, id }));
    expect(blocks.sort(compareNodes).map((b) => b.id)).toEqual(['A', 'B', 'Z', 'AA', 'AB']);
    const sheet = analyze(fixture('blocks-after-z')).sheet;
    expect(drillDown(sheet, 'AB').nodes.filter((n) => n.kind === 'recipient').map((n) => n.id).slice(0, 2)).toEqual(['AB:r:10000', 'AB:r:10001']);
    expect(rowsOf('AB:r:10009', sheet).rows[0]?.name).toBe('井上事務機事務用品株式会社');
  });

  it('lists a zero-amount recipient in the drill-down without a link', () => {
    const g = drillDown(analyze(fixture('zero-amount')).sheet, 'G');
    expect(g.nodes.map((n) => n.id)).toContain('G:r:2');
    expect(g.links.some((l) => l.target === 'G:r:2')).toBe(false);
  });
});

describe('names as written (#13)', () => {
  it('keeps inner spaces in display names and labels', () => {
    expect(shortName('Amazon Web Services, Inc.')).toBe('Amazon Web Services, Inc.');
    expect(shortName('株式会社日立製作所')).toBe('日立製作所');
    expect(shortName('(株)日立製作所')).toBe('日立製作所');
    expect(shortName('NEC ソリューションイノベータ株式会社')).toBe('NEC ソリューションイノベータ');
    const b = analyze(seedText).sheet.blocks.find((x) => x.id === 'B')!;
    const amazon = { ...b, id: 'B', recipients: b.recipients.filter((r) => r.rank === 7) };
    expect(blockLabel(amazon)).toBe('B Amazon Web Services, Inc.');
  });
});
