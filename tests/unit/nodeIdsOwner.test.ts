/**
 * #10 "one module owns node and flow identity": every id form is made and read through
 * src/contract/nodeIds.ts. Round trips make → parse → make for every kind (property), and a grep
 * of src/ that fails when another file spells an id pattern again.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  DIRECT_COST, MINISTRY_ID, UNSTATED_ID, blockNodeId, categoryNodeId, directNodeId, expensesNodeId, flowId, flowKey, flowTouches,
  foldNodeId, isFoldId, isMinistry, isRecipientOf, junctionNodeId, keptNodeId, layoutLinkId, makeNodeId, nodeIdKind,
  onwardNodeId, parseFlowId, parseNodeId, payeesNodeId, purposeNodeId, recipientNodeId, residualNodeId, untracedNodeId, type NodeRef,
} from '../../src/contract/nodeIds.ts';

/** Block ids as both sources write them: upper-case letters (RS ids NFKC'd, upper-cased; digits and symbols may occur). */
const blockIdArb = fc.oneof(fc.stringMatching(/^[A-Z]{1,3}$/), fc.stringMatching(/^[A-Z0-9][A-Z0-9\-_.]{0,5}$/));
/** 費目 as written: any text, including colons and the id words themselves. */
const categoryArb = fc.oneof(fc.string(), fc.constantFrom('人件費', '旅費', 'x:kept:y', ':r:1', 'a:residual', ''));
const nat = fc.nat(1_000_000);

const refArb: fc.Arbitrary<NodeRef> = fc.oneof(
  fc.constant<NodeRef>({ kind: 'ministry' }),
  fc.constant<NodeRef>({ kind: 'unstated' }),
  blockIdArb.map((block): NodeRef => ({ kind: 'block', block })),
  fc.record({ block: blockIdArb, rank: fc.nat(9_999_999), occurrence: fc.integer({ min: 1, max: 50 }) }).map((r): NodeRef => ({ kind: 'recipient', ...r })),
  fc.record({ block: blockIdArb, category: categoryArb }).map((r): NodeRef => ({ kind: 'kept', ...r })),
  ...(['residual', 'payees', 'untraced', 'junction', 'onward', 'expenses'] as const).map((kind) => blockIdArb.map((block): NodeRef => ({ kind, block }))),
  fc.record({ block: blockIdArb, index: nat }).map((r): NodeRef => ({ kind: 'category', ...r })),
  fc.record({ block: blockIdArb, index: nat }).map((r): NodeRef => ({ kind: 'purpose', ...r })),
  nat.map((index): NodeRef => ({ kind: 'direct', index })),
  nat.map((column): NodeRef => ({ kind: 'fold', column })),
);

describe('node ids: make and read in one module', () => {
  it('round-trips every kind: parse(make(ref)) = ref and make(parse(id)) = id (property)', () => {
    fc.assert(fc.property(refArb, (ref) => {
      const id = makeNodeId(ref);
      expect(parseNodeId(id)).toEqual(ref);
      expect(makeNodeId(parseNodeId(id))).toBe(id);
    }), { numRuns: 2000 });
  });

  it('spells each form as the app and its links always have', () => {
    expect(blockNodeId('D')).toBe('D');
    expect(recipientNodeId('D', 3)).toBe('D:r:3');
    expect(keptNodeId('A', '人件費')).toBe('A:kept:人件費');
    expect(residualNodeId('A')).toBe('A:residual');
    expect(payeesNodeId('C')).toBe('C:payees');
    expect(untracedNodeId('C')).toBe('C:untraced');
    expect(junctionNodeId('E')).toBe('E:junction');
    expect(onwardNodeId('C')).toBe('C:onward');
    expect(expensesNodeId('D')).toBe('D:e');
    expect(categoryNodeId('D', 0)).toBe('D:c:0');
    expect(purposeNodeId('D', 4)).toBe('D:p:4');
    expect(directNodeId(2)).toBe('direct:2');
    expect(foldNodeId(1)).toBe('fold:1');
    expect([MINISTRY_ID, UNSTATED_ID, DIRECT_COST]).toEqual(['ministry', 'unstated', 'direct-cost']);
  });

  it('reads ids of no known form as blocks, and malformed parts as no part', () => {
    expect(parseNodeId('D:r:1~0')).toEqual({ kind: 'block', block: 'D:r:1~0' });
    expect(parseNodeId('D:c:x')).toEqual({ kind: 'block', block: 'D:c:x' });
    expect(parseNodeId('fold:x')).toEqual({ kind: 'block', block: 'fold:x' });
    // A 費目 may contain the id words: the first part after the block decides.
    expect(parseNodeId('A:kept:x:residual')).toEqual({ kind: 'kept', block: 'A', category: 'x:residual' });
    expect(parseNodeId('A:kept:旅費')).toEqual({ kind: 'kept', block: 'A', category: '旅費' });
    expect(isFoldId('fold:0')).toBe(true);
    expect(isFoldId('A')).toBe(false);
    expect(isMinistry('ministry')).toBe(true);
    expect(isMinistry('M')).toBe(false);
    expect(isRecipientOf('AB:r:10000', 'AB')).toBe(true);
    expect(isRecipientOf('AB:r:10000', 'A')).toBe(false);
    expect(isRecipientOf('AB:c:0', 'AB')).toBe(false);
    expect(nodeIdKind('C:untraced')).toBe('untraced');
  });

  it('round-trips flow ids and layout link ids (property)', () => {
    const end = refArb.map(makeNodeId).filter((id) => !id.includes('→'));
    fc.assert(fc.property(end, end, fc.nat(20), (source, target, n) => {
      expect(parseFlowId(flowId(source, target))).toEqual({ source, target, n: 0 });
      expect(parseFlowId(layoutLinkId(source, target, n))).toEqual({ source, target, n });
      expect(flowKey({ source, target })).toBe(flowId(source, target));
    }));
    expect(layoutLinkId('A', 'D', 0)).toBe('A→D');
    expect(layoutLinkId('A', 'D', 2)).toBe('A→D#2');
    expect(parseFlowId('A')).toBeNull();
    expect(flowTouches('A→A:residual', 'residual')).toBe(true);
    expect(flowTouches('A:residual→A#1', 'residual')).toBe(true);
    expect(flowTouches('A→D', 'residual')).toBe(false);
  });
});

// ---------------------------------------------------------------------------------------------
// The grep: no id pattern outside contract/nodeIds.ts.

const OWNER = join('src', 'contract', 'nodeIds.ts');

/** Patterns that spell (make or read) a node or flow id. */
export const ID_PATTERNS: readonly RegExp[] = [
  /\}:(?:r|kept|c|p):/, // `${block}:r:${rank}` and the like
  /\}:(?:residual|payees|untraced|junction|onward|e)\b/, // `${block}:residual`, `${block}:e`
  /['"`/]:(?:r|kept|c|p):/, // ':r:', /:kept:(.+)$/
  /['"`/]:(?:residual|payees|untraced|junction|onward)\b/, // endsWith(':residual'), includes(':residual')
  /['"`](?:fold|direct):/, // `fold:${d}`, startsWith('fold:'), `direct:${i}`
  /(?:\b(?:source|target|parent|from|to|id|p)\s*[!=]==?\s*|\?\?\s*|\b(?:id|source|target|from|to|parent):\s*)'(?:ministry|direct-cost|unstated)'/,
  /'(?:ministry|direct-cost|unstated)'\s*[!=]==?\s*\w/,
  /indexOf\(\s*'→'\s*\)|\$\{(?:\w+\.)?source\}→/, // flow ids taken apart or built by hand
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    return e.isDirectory() ? sourceFiles(p) : /\.(ts|svelte)$/.test(e.name) ? [p] : [];
  });
}

/** Code lines of a file: comment lines and block comments left out. */
function codeLines(text: string): { line: number; text: string }[] {
  const out: { line: number; text: string }[] = [];
  let inBlock = false;
  text.split('\n').forEach((raw, i) => {
    let t = raw;
    if (inBlock) {
      const end = t.indexOf('*/');
      const endHtml = t.indexOf('-->');
      if (end < 0 && endHtml < 0) return;
      inBlock = false;
      t = t.slice(Math.max(end >= 0 ? end + 2 : -1, endHtml >= 0 ? endHtml + 3 : -1));
    }
    t = t.replace(/\/\*.*?\*\//g, '').replace(/<!--.*?-->/g, '');
    const open = Math.max(t.indexOf('/*'), t.indexOf('<!--'));
    if (open >= 0) {
      inBlock = true;
      t = t.slice(0, open);
    }
    if (/^\s*(?:\/\/|\*)/.test(t)) return;
    out.push({ line: i + 1, text: t.replace(/\s\/\/\s.*$/, '') });
  });
  return out;
}

/** `file:line: text` of every code line outside nodeIds.ts that spells an id pattern. */
export function idSpellings(files: readonly string[], read: (f: string) => string): string[] {
  const hits: string[] = [];
  for (const f of files) {
    if (f === OWNER) continue;
    for (const { line, text } of codeLines(read(f))) if (ID_PATTERNS.some((p) => p.test(text))) hits.push(`${f}:${line}: ${text.trim()}`);
  }
  return hits;
}

describe('no other file spells a node or flow id (#10)', () => {
  it('finds none in src/ outside contract/nodeIds.ts', () => {
    expect(idSpellings(sourceFiles('src'), (f) => readFileSync(f, 'utf8'))).toEqual([]);
  });

  it('would catch the id spellings this issue removed (the grep is not vacuous)', () => {
    const removed = [
      'const id = `${b.id}:kept:${category}`;',
      'const id = `${b.id}:residual`;',
      "if (n.id.endsWith(':payees')) return n.label;",
      'const category = /:kept:(.+)$/.exec(n.id)?.[1] ?? n.label;',
      "if (n.id.startsWith('fold:')) app.expandFold(n.id);",
      'const id = `fold:${d}`;',
      'const id = `direct:${i}`;',
      'from = `${block.id}:e`;',
      'const cid = `${block.id}:c:${c}`;',
      "app.select(block && row ? nodeIdOfRow(block, row) : `${d.blockId}:r:${d.rank}`);",
      "{#if link.id.includes(':residual')}",
      "const parent = parents[b.id]?.parent ?? 'ministry';",
      "if (p.parent === 'ministry') continue;",
      "links.push({ source: 'ministry', target: id });",
      "if (f.to !== 'direct-cost') return;",
      "const target = d.id.slice(d.id.indexOf('→') + 1);",
      'export const linkKey = (l) => `${l.source}→${l.target}`;',
    ];
    const files = removed.map((_, i) => `src/x${i}.ts`);
    expect(idSpellings(files, (f) => removed[files.indexOf(f)] ?? '')).toHaveLength(removed.length);
    // …and lets comments, kinds and other colon strings be.
    const fine = ["// `<block>:r:<rank>`", " * `${b}:kept:x` in a doc comment", "n.kind === 'ministry'", "by === 'ministry' ? a : b", '`fund-flow:kept:${key}`', '`${p.projectNumber}:${p.sheetYear}`'];
    expect(idSpellings(['src/y.ts'], () => fine.join('\n'))).toEqual([]);
  });
});
