/**
 * Runs analyze() in a Web Worker for big inputs so typing, scrolling and hovering stay
 * responsive; small inputs (and environments without workers, e.g. file://) run inline.
 * The parser itself is loaded on first use: the page opens on the seed's model computed
 * at build time, so it does not need the parser to draw the first diagram.
 */
import type { ParseOutput } from '../contract/schema.ts';
import type { AnalyzeRequest } from '../read/worker.ts';
import { workerChannel } from './workerChannel.ts';

type Analyze = typeof import('../read/any.ts').analyzeAny;
let parser: Promise<Analyze> | undefined;
/** The main-thread parser (a sheet's text, or a model JSON read back), imported once on demand. */
function loadParser(): Promise<Analyze> {
  parser ??= import('../read/any.ts').then((m) => m.analyzeAny);
  return parser;
}
const analyzeInline = async (text: string, parents: Record<string, string>): Promise<ParseOutput> => (await loadParser())(text, { parents });

/** Inputs at least this long (characters) are parsed in the worker. */
export const WORKER_THRESHOLD = 256 * 1024;

/** Parses sheets, in a worker when it helps. */
export interface Analyzer {
  analyze(text: string, parents?: Record<string, string>): Promise<ParseOutput>;
  dispose(): void;
}

/** Creates an analyzer; `makeWorker` is injectable for tests. */
export function createAnalyzer(makeWorker: () => Worker | null = defaultWorker): Analyzer {
  let next = 0;
  const channel = workerChannel<AnalyzeRequest, { id: number; output: ParseOutput }>(
    makeWorker,
    (res) => res.output,
    (req) => analyzeInline(req.text, req.parents),
  );
  return {
    analyze(text, parents = {}) {
      if (text.length < WORKER_THRESHOLD) return analyzeInline(text, parents);
      return channel.send({ id: ++next, text, parents }) as Promise<ParseOutput>;
    },
    dispose: channel.dispose,
  };
}

function defaultWorker(): Worker | null {
  if (typeof Worker === 'undefined' || location.protocol === 'file:') return null;
  return new Worker(new URL('../read/worker.ts', import.meta.url), { type: 'module' });
}
