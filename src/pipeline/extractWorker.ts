// Worker thread entry: processes the files the pool sends, one message each.
import { parentPort } from 'node:worker_threads';
import { processFile, type FileJob } from './processFile.ts';

parentPort!.on('message', ({ job, task }: { job: number; task: FileJob }) => {
  processFile(task).then(
    (result) => parentPort!.postMessage({ job, result }),
    (error: Error) => parentPort!.postMessage({ job, error: `${error.stack ?? error}` }),
  );
});
