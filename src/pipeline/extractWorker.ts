// Worker thread entry: processes the files the pool sends, one message each, saying first that it has started.
import { parentPort } from 'node:worker_threads';
import { processFile, type FileJob } from './processFile.ts';
import type { WorkerMessage } from './workerPool.ts';

const post = (message: WorkerMessage) => parentPort!.postMessage(message);

parentPort!.on('message', ({ job, task }: { job: number; task: FileJob }) => {
  post({ job, started: true });
  processFile(task).then(
    (result) => post({ job, result }),
    (error: Error) => post({ job, error: `${error.stack ?? error}` }),
  );
});
