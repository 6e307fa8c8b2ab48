import { describe, expect, it } from 'vitest';
import { createAnalyzer, WORKER_THRESHOLD } from '../../src/state/analyzer.ts';
import { analyze } from '../../src/read/index.ts';
import { seedText } from './seed.ts';

/** A stand-in Worker that answers like src/model/worker.ts, or fails. */
function fakeWorker(mode: 'ok' | 'fail', log: string[]): () => Worker {
  return () => {
    const w = {
      onmessage: null as ((e: MessageEvent) => void) | null,
      onerror: null as (() => void) | null,
      onmessageerror: null,
      postMessage(data: { id: number; text: string; parents: Record<string, string> }) {
        log.push(`post ${data.text.length}`);
        setTimeout(() => {
          if (mode === 'fail') w.onerror?.();
          else w.onmessage?.({ data: { id: data.id, output: analyze(data.text, { parents: data.parents }) } } as MessageEvent);
        }, 0);
      },
      terminate() { log.push('terminate'); },
    };
    return w as unknown as Worker;
  };
}

const big = seedText + '\n'.repeat(WORKER_THRESHOLD);

describe('createAnalyzer', () => {
  it('parses small input inline without starting a worker', async () => {
    const log: string[] = [];
    const a = createAnalyzer(fakeWorker('ok', log));
    const out = await a.analyze(seedText);
    expect(out.sheet.blocks).toHaveLength(10);
    expect(log).toEqual([]);
  });

  it('sends big input to the worker, with parent overrides', async () => {
    const log: string[] = [];
    const a = createAnalyzer(fakeWorker('ok', log));
    const out = await a.analyze(big, { D: 'B' });
    expect(log).toEqual([`post ${big.length}`]);
    expect(out.graph.parents.D).toEqual({ parent: 'B', inferred: false });
  });

  it('falls back to inline parsing when the worker fails', async () => {
    const log: string[] = [];
    const a = createAnalyzer(fakeWorker('fail', log));
    const out = await a.analyze(big);
    expect(out.sheet.blocks.map((b) => b.id)).toEqual(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J']);
    expect(log).toContain('terminate');
  });

  it('parses inline when no worker can be made', async () => {
    const a = createAnalyzer(() => null);
    expect((await a.analyze(big)).sheet.blocks).toHaveLength(10);
  });
});
