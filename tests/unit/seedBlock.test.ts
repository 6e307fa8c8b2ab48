import { describe, expect, it } from 'vitest';
import { jsonForScript, seedSheet } from '../../scripts/seed-plugin.ts';
import { readSeed } from '../../src/state/seed.ts';
import { analyze } from '../../src/read/index.ts';
import { SCHEMA_VERSION } from '../../src/contract/version.ts';
import { seedText } from './seed.ts';

/** The JSON block the plugin writes into `<div id="app"></div>`'s page. */
function blockOf(html: string): string {
  const m = /<script type="application\/json" id="seed-sheet">([\s\S]*?)<\/script>/.exec(html);
  if (!m?.[1]) throw new Error('no seed block');
  return m[1];
}

describe('seedSheet (vite plugin)', () => {
  it('writes the seed text and the output analyze() gives for it, safe inside <script>', () => {
    const plugin = seedSheet();
    const hook = plugin.transformIndexHtml as (html: string) => string;
    const html = hook('<body><div id="app"></div></body>');
    const json = blockOf(html);
    expect(json).not.toMatch(/<\/script|<!--/i);
    const seed = readSeed(json);
    expect(seed?.name).toBe('000_07fcc2ea9ae77a26.txt');
    expect(seed?.text).toBe(seedText);
    // The page draws this output without parsing: it must be exactly what the parser says.
    expect(seed?.output).toEqual(JSON.parse(JSON.stringify(analyze(seedText))));
  });
});

describe('readSeed', () => {
  const output = { schemaVersion: SCHEMA_VERSION, sheet: {}, graph: {}, diagnostics: [] };

  it('keeps an output of this schema version', () => {
    expect(readSeed(jsonForScript({ name: 'x.txt', text: 'T', output }))).toEqual({ name: 'x.txt', text: 'T', output });
  });

  it('drops an output of another schema version or shape, keeping the text to parse', () => {
    expect(readSeed(jsonForScript({ name: 'x.txt', text: 'T', output: { ...output, schemaVersion: 99 } }))?.output).toBeNull();
    expect(readSeed(jsonForScript({ name: 'x.txt', text: 'T', output: { schemaVersion: SCHEMA_VERSION } }))?.output).toBeNull();
    expect(readSeed(jsonForScript({ text: 'T' }))).toEqual({ name: 'seed.txt', text: 'T', output: null });
  });

  it('returns null for a missing or damaged block', () => {
    expect(readSeed(null)).toBeNull();
    expect(readSeed('')).toBeNull();
    expect(readSeed('{"text":')).toBeNull();
    expect(readSeed('{"name":"x"}')).toBeNull();
    expect(readSeed('[1]')).toBeNull();
  });
});
