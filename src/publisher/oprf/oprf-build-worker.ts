import { parentPort } from 'node:worker_threads';
import { runOprfTask, type OprfTask } from './oprf-partition-task.ts';

// Entry of a build worker thread: runs partition tasks one at a time as the pool hands them out.
parentPort?.on('message', (message: { id: number; task: OprfTask }) => {
  runOprfTask(message.task).then(
    (result) => parentPort?.postMessage({ id: message.id, result }),
    (error: unknown) =>
      parentPort?.postMessage({
        id: message.id,
        error: error instanceof Error ? (error.stack ?? error.message) : String(error),
      }),
  );
});
