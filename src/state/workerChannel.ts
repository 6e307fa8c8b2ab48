/**
 * One worker's requests and answers, matched by id, with the main thread as the fallback: where
 * no worker can be made (file://, no Worker) a request runs inline at once, and when the worker
 * fails (blocked, crashed, out of memory) it is terminated and every request still waiting is
 * run inline. Used by the sheet analyzer (analyzer.ts) and the RSシステム client (rsClient.ts).
 */

/** Sends requests to a worker, or runs them inline. */
export interface WorkerChannel<Req> {
  /** The request's answer: the worker's (through `answerOf`), or the inline run's. */
  send(req: Req): Promise<unknown>;
  /** Terminates the worker; later requests run inline. */
  dispose(): void;
}

/** A channel to the worker `makeWorker` makes (null: none here); `inline` answers without it. */
export function workerChannel<Req extends { id: number }, Res extends { id: number }>(
  makeWorker: () => Worker | null,
  answerOf: (res: Res) => unknown,
  inline: (req: Req) => Promise<unknown>,
): WorkerChannel<Req> {
  let worker: Worker | null | undefined;
  const pending = new Map<number, { req: Req; resolve: (v: unknown) => void; reject: (e: unknown) => void }>();
  const fallback = (): void => {
    worker?.terminate();
    worker = null;
    for (const [id, p] of pending) {
      pending.delete(id);
      inline(p.req).then(p.resolve, p.reject);
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
      worker.onmessage = (e: MessageEvent<Res>) => {
        const p = pending.get(e.data.id);
        pending.delete(e.data.id);
        p?.resolve(answerOf(e.data));
      };
      worker.onerror = fallback;
      worker.onmessageerror = fallback;
    }
    return worker;
  };
  return {
    send(req) {
      const w = ensure();
      if (!w) return inline(req);
      return new Promise((resolve, reject) => {
        pending.set(req.id, { req, resolve, reject });
        w.postMessage(req);
      });
    },
    dispose() {
      worker?.terminate();
      worker = null;
    },
  };
}
