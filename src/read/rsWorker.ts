/// <reference lib="webworker" />
/**
 * Web Worker for RSシステム files: unzips and parses them (fflate, PapaParse, loaded here only)
 * and keeps the year, so the page gets the project list and one project at a time.
 */
import { createRsSession, type RsRequest, type RsResponse } from './rsSession.ts';

const session = createRsSession();

self.onmessage = async (event: MessageEvent<RsRequest>) => {
  const req = event.data;
  let res: RsResponse;
  if (req.kind === 'open') res = { id: req.id, kind: 'open', result: await session.open(req.files, req.skipped) };
  else if (req.kind === 'year') res = { id: req.id, kind: 'year', output: await session.year(req.op) };
  else res = { id: req.id, kind: 'project', output: await session.project(req.projectNumber, req.sheetYear) };
  self.postMessage(res);
};
