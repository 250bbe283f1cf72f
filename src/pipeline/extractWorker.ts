// Worker thread entry: extracts the documents the pool sends, one message each.
import { parentPort } from 'node:worker_threads';
import type { RawDocument } from '../documents/index.ts';
import { extractRaw } from './extractRaw.ts';

parentPort!.on('message', ({ job, raw }: { job: number; raw: RawDocument }) => {
  try {
    parentPort!.postMessage({ job, result: extractRaw({ ...raw, bytes: Buffer.from(raw.bytes) }) });
  } catch (error) {
    parentPort!.postMessage({ job, error: `${(error as Error).stack ?? error}` });
  }
});
