import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { runOprfTask, type OprfTask, type OprfTaskResult } from './oprf-partition-task.ts';

/** Runs partition tasks on `size` threads; one means inline, in this thread. */
export interface OprfTaskPool {
  readonly size: number;
  run<T extends OprfTaskResult>(task: OprfTask): Promise<T>;
  close(): Promise<void>;
}

/** `--workers` default: every core the process may use. */
export const defaultWorkers = (): number => availableParallelism();

// Running from TypeScript sources (tsx, vitest), a worker must register tsx before importing its entry.
function workerSource(entry: URL): string {
  const load = `import(${JSON.stringify(entry.href)})`;
  if (!entry.pathname.endsWith('.ts')) return load;
  // require.resolve finds tsx's CommonJS entry; its ES module twin sits beside it.
  const cjs = createRequire(import.meta.url).resolve('tsx/esm/api');
  const tsx = pathToFileURL(cjs.replace(/\.cjs$/, '.mjs')).href;
  return `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return ${load}; })`;
}

export function createOprfTaskPool(size: number): OprfTaskPool {
  if (size <= 1) {
    return {
      size: 1,
      run: <T extends OprfTaskResult>(task: OprfTask) => runOprfTask(task) as Promise<T>,
      close: async () => undefined,
    };
  }
  const source = workerSource(new URL('./oprf-build-worker.ts', import.meta.url));
  interface Pending {
    resolve: (result: OprfTaskResult) => void;
    reject: (error: Error) => void;
  }
  const pending = new Map<number, Pending>();
  const idle: Worker[] = [];
  const queue: { id: number; task: OprfTask }[] = [];
  let nextId = 0;
  let failure: Error | undefined;
  const dispatch = (worker: Worker): void => {
    const next = queue.shift();
    if (next === undefined) idle.push(worker);
    else worker.postMessage(next);
  };
  const workers = Array.from({ length: size }, () => {
    const worker = new Worker(source, { eval: true, execArgv: [] });
    worker.on('message', (message: { id: number; result?: OprfTaskResult; error?: string }) => {
      const waiting = pending.get(message.id);
      pending.delete(message.id);
      if (message.error !== undefined) waiting?.reject(new Error(message.error));
      else if (message.result !== undefined) waiting?.resolve(message.result);
      dispatch(worker);
    });
    worker.on('error', (error) => {
      failure = error;
      for (const p of pending.values()) p.reject(error);
      pending.clear();
    });
    return worker;
  });
  idle.push(...workers);
  return {
    size,
    run<T extends OprfTaskResult>(task: OprfTask): Promise<T> {
      if (failure !== undefined) return Promise.reject(failure);
      const id = nextId++;
      const promise = new Promise<OprfTaskResult>((resolve, reject) => pending.set(id, { resolve, reject }));
      const worker = idle.pop();
      if (worker === undefined) queue.push({ id, task });
      else worker.postMessage({ id, task });
      return promise as Promise<T>;
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
