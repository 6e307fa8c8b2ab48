/**
 * Every tests/fixtures-rs/<case>/: the CSVs are read, the project built, and the output compared
 * with expected.json (values worked out by hand, see each file's "about").
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeRsProject } from '../../../src/read/rs.ts';
import { parseOutputSchema, type GraphLink, type ParseOutput } from '../../../src/contract/schema.ts';
import { fixturesRs, readCase } from './helpers.ts';

interface Expected {
  project: string;
  sheet?: Record<string, unknown>;
  links?: string[];
  setAside?: string[];
  nodes?: Record<string, Record<string, unknown>>;
  parents?: Record<string, unknown>;
  diagnostics?: Record<string, unknown>[];
  messages?: Record<string, string>;
  codes?: string[];
  notCodes?: string[];
  onlyOnce?: string[];
  list?: Record<string, unknown>[];
  search?: string[];
  other?: { project: string; diagnostics: Record<string, unknown>[] };
}

const linkText = (l: GraphLink): string => `${l.source}>${l.target}:${l.value}${l.variant && l.variant !== 'inferred' ? `:${l.variant}` : ''}`;

function checkDiagnostics(out: ParseOutput, expected: Record<string, unknown>[] | undefined): void {
  for (const d of expected ?? []) expect(out.diagnostics, JSON.stringify(d)).toContainEqual(expect.objectContaining(d));
}

const cases = readdirSync(fixturesRs).filter((d) => !d.includes('.'));

describe.each(cases)('RS fixture %s', (name) => {
  const expected = JSON.parse(readFileSync(join(fixturesRs, name, 'expected.json'), 'utf8')) as Expected;
  const year = readCase(name);
  const out = analyzeRsProject(year.value, expected.project);

  it('reads every file without a file-level problem and fits the contract', () => {
    expect(year.diagnostics).toEqual([]);
    expect(parseOutputSchema.safeParse(out).success).toBe(true);
    expect(out.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('maps the rows to the expected sheet', () => {
    if (expected.sheet) expect(out.sheet).toMatchObject(expected.sheet);
  });

  it('draws the expected graph', () => {
    if (expected.links) expect(out.graph.links.map(linkText)).toEqual(expected.links);
    if (expected.setAside) expect((out.graph.setAside ?? []).map(linkText)).toEqual(expected.setAside);
    else expect(out.graph.setAside).toBeUndefined();
    for (const [id, node] of Object.entries(expected.nodes ?? {})) expect(out.graph.nodes.find((n) => n.id === id)).toMatchObject(node);
    if (expected.parents) expect(out.graph.parents).toMatchObject(expected.parents);
  });

  it('reports what it should, and not what it should not', () => {
    checkDiagnostics(out, expected.diagnostics);
    const codes = out.diagnostics.map((d) => d.code);
    for (const c of expected.codes ?? []) expect(codes).toContain(c);
    for (const c of expected.notCodes ?? []) expect(codes).not.toContain(c);
    for (const c of expected.onlyOnce ?? []) expect(codes.filter((x) => x === c)).toHaveLength(1);
    for (const [code, text] of Object.entries(expected.messages ?? {})) expect(out.diagnostics.find((d) => d.code === code)?.message.en).toContain(text);
    // Every RS diagnostic names its file, except the notices about the year (a missing table) and the graph's own.
    for (const d of out.diagnostics) if (d.code !== 'RS_TABLE_MISSING' && d.code !== 'RS_NO_INFLOW' && d.code !== 'RS_SPLIT_NOT_GIVEN') expect(d.file, d.code).toBeTruthy();
    if (expected.other) checkDiagnostics(analyzeRsProject(year.value, expected.other.project), expected.other.diagnostics);
  });

  it('lists the projects', () => {
    if (expected.list) expect(year.value.projects).toMatchObject(expected.list);
    const p = year.value.projects.find((x) => x.projectNumber === expected.project);
    for (const s of expected.search ?? []) expect(p?.search).toContain(s);
  });
});
