import { forkTs, type ChildMessage } from '../lib/child.ts';
import { benchScript } from '../lib/paths.ts';
import type { RequestCounts, ServerConfig } from './server-config.ts';

export interface BenchServer {
  /** Base URL with a trailing slash, on 127.0.0.1. */
  url: string;
  counts(): Promise<RequestCounts>;
  reset(): Promise<void>;
  close(): Promise<void>;
}

/** Starts a local server in its own process and waits until it listens. */
export async function startBenchServer(config: ServerConfig): Promise<BenchServer> {
  const child = forkTs(benchScript('servers/server-child.ts'));
  const pending = new Map<number, (value: unknown) => void>();
  let nextId = 1;
  const url = await new Promise<string>((resolve, reject) => {
    child.on('message', (message: ChildMessage) => {
      if (message.type === 'ready') resolve(String(message.info['url']));
      if (message.type === 'error') reject(new Error(`bench server failed to start: ${message.message}`));
      if (message.type === 'reply') pending.get(message.id)?.(message.value);
    });
    child.once('exit', (code) => reject(new Error(`bench server exited (${code}) before listening`)));
    child.send(config);
  });
  const call = (name: string): Promise<unknown> =>
    new Promise((resolve) => {
      const id = nextId++;
      pending.set(id, resolve);
      child.send({ type: 'call', id, name } satisfies ChildMessage);
    });
  return {
    url,
    counts: async () => (await call('counts')) as RequestCounts,
    reset: async () => void (await call('reset')),
    close: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      await call('close').catch(() => undefined);
      await exited;
    },
  };
}
