/**
 * Runs analyze() in a Web Worker for big inputs so typing, scrolling and hovering stay
 * responsive; small inputs (and environments without workers, e.g. file://) run inline.
 * The parser itself is loaded on first use: the page opens on the seed's model computed
 * at build time, so it does not need the parser to draw the first diagram.
 */
import type { ParseOutput } from '../contract/schema.ts';
import type { AnalyzeRequest } from '../read/worker.ts';

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
  let worker: Worker | null | undefined;
  let next = 0;
  const pending = new Map<number, { resolve: (o: ParseOutput | Promise<ParseOutput>) => void; text: string; parents: Record<string, string> }>();
  const fallback = (): void => {
    // The worker failed (blocked, crashed): finish everything inline.
    worker?.terminate();
    worker = null;
    for (const [id, p] of pending) {
      pending.delete(id);
      p.resolve(analyzeInline(p.text, p.parents));
    }
  };
  const ensure = (): Worker | null => {
    if (worker !== undefined) return worker;
    try {
      worker = makeWorker();
    } catch {
      worker = null;
    }
    if (worker) {
      worker.onmessage = (e: MessageEvent<{ id: number; output: ParseOutput }>) => {
        const p = pending.get(e.data.id);
        pending.delete(e.data.id);
        p?.resolve(e.data.output);
      };
      worker.onerror = fallback;
      worker.onmessageerror = fallback;
    }
    return worker;
  };
  return {
    analyze(text, parents = {}) {
      if (text.length < WORKER_THRESHOLD) return analyzeInline(text, parents);
      const w = ensure();
      if (!w) return analyzeInline(text, parents);
      return new Promise((resolve) => {
        const id = ++next;
        pending.set(id, { resolve, text, parents });
        w.postMessage({ id, text, parents } satisfies AnalyzeRequest);
      });
    },
    dispose() {
      worker?.terminate();
      worker = null;
    },
  };
}

function defaultWorker(): Worker | null {
  if (typeof Worker === 'undefined' || location.protocol === 'file:') return null;
  return new Worker(new URL('../read/worker.ts', import.meta.url), { type: 'module' });
}
