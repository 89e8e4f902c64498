// Runs the evaluator Worker (src/publisher/edge/evaluator-worker.ts) under workerd from npm, on
// 127.0.0.1 and a port the system picks: for the unit test and the benchmark.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { build } from 'esbuild';

const root = path.resolve(import.meta.dirname, '../..');

export interface RunningWorker {
  /** e.g. http://127.0.0.1:41234 */
  origin: string;
  pid: number;
  /** User + system CPU seconds of the workerd process so far (from /proc). */
  cpuSeconds(): Promise<number>;
  /** The bundled Worker script (what `wrangler deploy` would upload). */
  bundle: string;
  close(): Promise<void>;
}

/** A capnp text literal: JSON's quotes and backslashes escaped. */
const capnpText = (value: string): string => JSON.stringify(value);

export function workerdBinary(): string {
  return createRequire(import.meta.url).resolve('workerd/bin/workerd');
}

export async function startWorkerdEvaluator(bindings: Record<string, string>): Promise<RunningWorker> {
  const dir = await mkdtemp(path.join(tmpdir(), 'xc-workerd-'));
  // The same bundle `wrangler deploy` would make: ES module, no Node built-ins, minified.
  await build({
    entryPoints: [path.join(root, 'src/publisher/edge/evaluator-worker.ts')],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    target: 'es2022',
    minify: true,
    outfile: path.join(dir, 'worker.mjs'),
    logLevel: 'silent',
  });
  const bundle = await readFile(path.join(dir, 'worker.mjs'), 'utf8');
  const list = Object.entries(bindings)
    .map(([name, text]) => `(name = ${capnpText(name)}, text = ${capnpText(text)})`)
    .join(', ');
  await writeFile(
    path.join(dir, 'config.capnp'),
    `using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = (
  services = [ (name = "main", worker = .evaluator) ],
  sockets = [ (name = "http", address = "127.0.0.1:0", http = (), service = "main") ],
);
const evaluator :Workerd.Worker = (
  modules = [ (name = "worker.mjs", esModule = embed "worker.mjs") ],
  compatibilityDate = "2025-01-01",
  bindings = [ ${list} ],
);
`,
  );
  const child: ChildProcess = spawn(
    workerdBinary(),
    ['serve', path.join(dir, 'config.capnp'), '--control-fd=3'],
    {
      stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    },
  );
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`workerd did not start within 20 s: ${stderr}`)), 20_000);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`workerd exited (${code}): ${stderr}`));
    });
    let buffered = '';
    (child.stdio[3] as Readable).on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      for (const line of buffered.split('\n').slice(0, -1)) {
        const event = JSON.parse(line) as { event?: string; port?: number };
        if (event.event === 'listen' && typeof event.port === 'number') {
          clearTimeout(timer);
          resolve(event.port);
        }
      }
      buffered = buffered.slice(buffered.lastIndexOf('\n') + 1);
    });
  });
  const pid = child.pid ?? 0;
  return {
    origin: `http://127.0.0.1:${port}`,
    pid,
    bundle,
    async cpuSeconds() {
      // Fields 14 and 15 of /proc/<pid>/stat (after the command name in parentheses), in clock ticks.
      const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      return (Number(fields[11]) + Number(fields[12])) / 100;
    },
    async close() {
      child.removeAllListeners('exit');
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill();
      await exited;
      await rm(dir, { recursive: true, force: true });
    },
  };
}
