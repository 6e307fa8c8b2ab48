/** Property tests (fast-check): the reader never throws, and generated years keep their numbers, lines and edges. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readRsFiles } from '../../../src/sources/rs-csv/index.ts';
import { analyzeRsProject } from '../../../src/read/rs.ts';
import { utf8 } from './helpers.ts';

const COMMON = 'シート種別,事業年度,予算事業ID,事業名,府省庁の建制順,政策所管府省庁,府省庁,局・庁,部,課,室,班,係';
const H51 = `${COMMON},支出先ブロック番号,支出先ブロック名,支出先の数,事業を行う上での役割,ブロックの合計支出額,支出先名,法人番号,所在地,法人種別,その他支出先,支出先の合計支出額,契約概要,金額,契約方式等,具体的な契約方式等,入札者数,落札率,一者応札・一者応募又は競争性のない随意契約となった理由及び改善策（支出額10億円以上）,その他の契約`;
const H52 = `${COMMON},支出元の支出先ブロック,支出元の支出先ブロック名,担当組織からの支出,支出先の支出先ブロック,支出先の支出先ブロック名,資金の流れの補足情報,国自らが支出する間接経費,国自らが支出する間接経費の項目,国自らが支出する間接経費の金額`;
const C = 'レビューシート,2024,77,性質事業,1,見本省,見本省,見本局,,,,,';
const LETTERS = 'ABCDEFGH';
const q = (s: string): string => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

describe('RS reader properties', () => {
  it('never throws on arbitrary bytes or CSV-like text, and names the file of every problem', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), fc.string({ unit: fc.constantFrom(',', '"', '\n', '\r', 'a', '1', ' ', 'ー', '予算事業ID', '事業年度'), maxLength: 200 }), (bytes, text) => {
      const out = readRsFiles([{ name: 'a.zip', bytes }, { name: 'b.csv', bytes: utf8(text) }, { name: 'c.csv', bytes: utf8(`${H51}\n${text}`) }]);
      for (const d of out.diagnostics) expect(d.file).toBeTruthy();
    }), { numRuns: 150 });
  });

  it('keeps every payee amount and its physical line, whatever line breaks and commas the descriptions hold', () => {
    const payee = fc.record({ amount: fc.integer({ min: 1, max: 10_000_000 }).map((n) => n * 100), description: fc.string({ unit: fc.constantFrom('a', ',', '\n', '"', '研', ' '), maxLength: 8 }) });
    const block = fc.array(payee, { minLength: 1, maxLength: 6 });
    fc.assert(fc.property(fc.array(block, { minLength: 1, maxLength: 5 }), fc.boolean(), (blocks, crlf) => {
      const nl = crlf ? '\r\n' : '\n';
      const rows: string[] = [H51];
      const expected: { block: string; amount: number; line: number }[] = [];
      let line = 1;
      const push = (row: string): number => {
        rows.push(row);
        const at = line + 1;
        line = at + (row.match(/\n/g)?.length ?? 0);
        return at;
      };
      blocks.forEach((payees, b) => {
        const id = LETTERS[b] as string;
        const total = payees.reduce((s, p) => s + p.amount, 0);
        push(`${C},${id},ブロック${id},${payees.length},役割,${total} ,,,,,,,,,,,,,,`);
        payees.forEach((p, k) => {
          const name = `見本${b}-${k}株式会社`;
          expected.push({ block: id, amount: p.amount, line: push(`${C},${id},,,,,${name},,,,FALSE,${p.amount} ,,,,,,,,`) });
          push(`${C},${id},,,,,${name},,,,FALSE,,${q(p.description)},${p.amount} ,一般競争契約,,2,90,,FALSE`);
        });
      });
      const text = rows.join(nl) + nl;
      const year = readRsFiles([{ name: '5-1.csv', bytes: utf8(text, true) }]);
      expect(year.diagnostics).toEqual([]);
      const out = analyzeRsProject(year.value, '77');
      const got = out.sheet.blocks.flatMap((b) => b.recipients.map((r) => ({ block: b.id, amount: r.amount, line: r.line })));
      expect(got).toEqual(expected);
      expect(out.diagnostics.map((d) => d.code)).not.toContain('RS_PAYEE_SUM_MISMATCH');
      for (const b of out.sheet.blocks) for (const r of b.recipients) expect(r.contracts?.[0]?.line).toBe(r.line + 1);
    }), { numRuns: 60 });
  });

  it('edges: an amount only for a single-funder target; the drawn graph is acyclic; no edge is lost', () => {
    const edge = fc.tuple(fc.integer({ min: -1, max: 5 }), fc.integer({ min: 0, max: 5 }));
    fc.assert(fc.property(fc.array(edge, { minLength: 1, maxLength: 14 }), (edges) => {
      const r51 = [H51, ...[0, 1, 2, 3, 4, 5].map((b) => `${C},${LETTERS[b]},ブロック,1,役割,${(b + 1) * 1000} ,,,,,,,,,,,,,,`)];
      const r52 = [H52, ...edges.map(([f, t]) => (f < 0 ? `${C},,見本省,TRUE,${LETTERS[t]},,,,,` : `${C},${LETTERS[f]},,FALSE,${LETTERS[t]},,,,,`))];
      const year = readRsFiles([{ name: '5-1.csv', bytes: utf8(r51.join('\r\n')) }, { name: '5-2.csv', bytes: utf8(r52.join('\r\n')) }]);
      const out = analyzeRsProject(year.value, '77');
      const stated = new Map<string, Set<string>>();
      for (const [f, t] of edges) {
        const to = LETTERS[t] as string;
        stated.set(to, (stated.get(to) ?? new Set()).add(f < 0 ? 'ministry' : (LETTERS[f] as string)));
      }
      for (const f of out.sheet.flows) {
        const sources = stated.get(f.to)?.size ?? 0;
        expect(f.amount).toBe(sources === 1 ? (LETTERS.indexOf(f.to) + 1) * 1000 : null);
      }
      // Distinct stated edges = drawn edges (direct or via a junction) + set aside.
      const distinct = new Set(edges.map(([f, t]) => `${f < 0 ? 'ministry' : LETTERS[f]}>${LETTERS[t]}`));
      const drawn = out.graph.links.filter((l) => l.variant !== 'inferred' && !l.source.endsWith(':junction') && !l.target.endsWith(':residual') && !l.source.endsWith(':residual') && !l.target.includes(':kept:') && !l.target.endsWith(':untraced') && !l.target.endsWith(':payees'))
        .map((l) => `${l.source}>${l.target.replace(':junction', '')}`);
      const aside = (out.graph.setAside ?? []).map((l) => `${l.source}>${l.target}`);
      expect(new Set([...drawn, ...aside])).toEqual(distinct);
      expect(drawn.length + aside.length).toBe(distinct.size);
      // Acyclic: a topological order of the drawn links exists.
      const indeg = new Map<string, number>();
      for (const n of out.graph.nodes) indeg.set(n.id, 0);
      for (const l of out.graph.links) indeg.set(l.target, (indeg.get(l.target) ?? 0) + 1);
      const queue = [...indeg].filter(([, d]) => d === 0).map(([id]) => id);
      let seen = 0;
      while (queue.length) {
        const id = queue.pop() as string;
        seen++;
        for (const l of out.graph.links) if (l.source === id) { indeg.set(l.target, (indeg.get(l.target) ?? 0) - 1); if (indeg.get(l.target) === 0) queue.push(l.target); }
      }
      expect(seen).toBe(out.graph.nodes.length);
      expect(out.graph.nodes.filter((n) => n.kind === 'block')).toHaveLength(6);
    }), { numRuns: 200 });
  });
});
