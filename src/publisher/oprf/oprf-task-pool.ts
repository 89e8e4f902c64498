import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
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

/**
 * The worker's entry as one plain JavaScript file. Run from TypeScript sources (tsx, vitest), a worker
 * would have to register tsx itself, which costs each thread a loader thread of its own (~40 MB); one
 * esbuild bundle per pool costs ~0.1 s and none of that memory.
 */
async function workerEntry(entry: URL, bundleDir: string): Promise<URL> {
  if (!entry.pathname.endsWith('.ts')) return entry;
  const { build } = await import('esbuild');
  const outfile = path.join(bundleDir, 'oprf-build-worker.mjs');
  await build({
    entryPoints: [fileURLToPath(entry)],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    logLevel: 'silent',
    // Bundled CommonJS dependencies may call require() for Node built-ins.
    banner: {
      js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
    },
  });
  return pathToFileURL(outfile);
}

/** `bundleDir`: a private folder for the worker's entry when running from TypeScript sources. */
export async function createOprfTaskPool(size: number, bundleDir: string): Promise<OprfTaskPool> {
  if (size <= 1) {
    return {
      size: 1,
      run: <T extends OprfTaskResult>(task: OprfTask) => runOprfTask(task) as Promise<T>,
      close: async () => undefined,
    };
  }
  const entry = await workerEntry(new URL('./oprf-build-worker.ts', import.meta.url), bundleDir);
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
    if (next === undefined) {
      idle.push(worker);
      return;
    }
    // worker_threads messages have no origin.
    // oxlint-disable-next-line unicorn/require-post-message-target-origin
    worker.postMessage(next);
  };
  const workers = Array.from({ length: size }, () => {
    const worker = new Worker(entry, { execArgv: [] });
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
      if (worker === undefined) {
        queue.push({ id, task });
      } else {
        // worker_threads messages have no origin.
        // oxlint-disable-next-line unicorn/require-post-message-target-origin
        worker.postMessage({ id, task });
      }
      return promise as Promise<T>;
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
