// Worker thread entry: extracts the documents the pool sends one at a time, in the order sent, saying as each starts.
import { parentPort } from 'node:worker_threads';
import { extractFile, type ExtractionJob } from './processFile.ts';
import type { WorkerMessage } from './workerPool.ts';

const post = (message: WorkerMessage) => parentPort!.postMessage(message);
// The pool sends the next document while this one is extracted; one at a time keeps the time limit per document.
const queue: { job: number; task: ExtractionJob }[] = [];
let busy = false;

async function drain(): Promise<void> {
  busy = true;
  for (let next = queue.shift(); next; next = queue.shift()) {
    const { job, task } = next;
    post({ job, started: true });
    try {
      post({ job, result: await extractFile(task) });
    } catch (error) {
      post({ job, error: `${(error as Error).stack ?? error}` });
    }
  }
  busy = false;
}

parentPort!.on('message', (message: { job: number; task: ExtractionJob }) => {
  // The bytes arrive as a plain Uint8Array: a Buffer again, without a copy.
  const { bytes } = message.task.raw;
  message.task.raw.bytes = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  queue.push(message);
  if (!busy) void drain();
});
