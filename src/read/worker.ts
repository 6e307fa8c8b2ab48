/// <reference lib="webworker" />
/** Web Worker: runs analyze() off the main thread so the page stays responsive on big sheets. */
import { analyzeAny as analyze } from '../read/any.ts';

/** Request sent to the worker. */
export interface AnalyzeRequest {
  id: number;
  text: string;
  parents: Record<string, string>;
}

self.onmessage = (event: MessageEvent<AnalyzeRequest>) => {
  const { id, text, parents } = event.data;
  self.postMessage({ id, output: analyze(text, { parents }) });
};
