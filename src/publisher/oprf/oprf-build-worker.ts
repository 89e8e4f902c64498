import { parentPort } from 'node:worker_threads';
import { runOprfTask, type OprfTask } from './oprf-partition-task.ts';

type Reply = { id: number; result: unknown } | { id: number; error: string };

// worker_threads messages have no origin, unlike window.postMessage.
// oxlint-disable-next-line unicorn/require-post-message-target-origin
const reply = (message: Reply): void => parentPort?.postMessage(message);

// Entry of a build worker thread: runs partition tasks one at a time as the pool hands them out.
parentPort?.on('message', (message: { id: number; task: OprfTask }) => {
  runOprfTask(message.task).then(
    (result) => reply({ id: message.id, result }),
    (error: unknown) =>
      reply({
        id: message.id,
        error: error instanceof Error ? (error.stack ?? error.message) : String(error),
      }),
  );
});
