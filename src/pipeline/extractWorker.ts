// Worker thread entry: processes the files the pool sends one at a time, in the order sent, saying as each starts.
import { parentPort } from 'node:worker_threads';
import { isInputProblem } from '../documents/index.ts';
import { encodeExtraction } from '../model/extractionWire.ts';
import { processFile, type FileJob } from './processFile.ts';
import type { WorkerMessage } from './workerPool.ts';

const post = (message: WorkerMessage, transfer: ArrayBuffer[] = []) => parentPort!.postMessage(message, transfer);
// The pool sends the next file while this one is extracted; one at a time keeps the time limit per document.
const queue: { job: number; task: FileJob }[] = [];
let busy = false;

async function drain(): Promise<void> {
  busy = true;
  for (let next = queue.shift(); next; next = queue.shift()) {
    const { job, task } = next;
    post({ job, started: true });
    try {
      const { result, ...outcome } = await processFile(task);
      if (isInputProblem(result)) post({ job, result: { result, ...outcome } });
      else {
        // The numbers' buffer moves to the main thread; the worker keeps nothing of the document.
        const { wire, transfer } = encodeExtraction(result);
        post({ job, result: { result: wire, ...outcome } }, transfer);
      }
    } catch (error) {
      post({ job, error: `${(error as Error).stack ?? error}` });
    }
  }
  busy = false;
}

parentPort!.on('message', (message: { job: number; task: FileJob }) => {
  queue.push(message);
  if (!busy) void drain();
});
