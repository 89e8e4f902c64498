import { fork, type ChildProcess } from 'node:child_process';
import { REPO_ROOT, tsxExecArgv } from './paths.ts';

/** Messages between a benchmark and its child processes. */
export type ChildMessage =
  | { type: 'result'; result: unknown }
  | { type: 'error'; message: string }
  | { type: 'ready'; info: Record<string, unknown> }
  | { type: 'reply'; id: number; value: unknown }
  | { type: 'call'; id: number; name: string };

/**
 * Starts a .ts script with an IPC channel. Its stdout and stderr go to our stderr, so the table and the
 * --json line on our stdout stay clean.
 */
export function forkTs(script: string, extraExecArgv: readonly string[] = []): ChildProcess {
  return fork(script, [], {
    cwd: REPO_ROOT,
    execArgv: [...extraExecArgv, ...tsxExecArgv()],
    stdio: ['ignore', 2, 2, 'ipc'],
    serialization: 'advanced',
  });
}

/**
 * Runs one job in a fresh process (so its memory is its own) and resolves to what it sends back. The
 * child is killed after `timeoutMs`.
 */
export function runChild<T>(
  script: string,
  input: unknown,
  options: { timeoutMs?: number; execArgv?: readonly string[] } = {},
): Promise<T> {
  const child = forkTs(script, options.execArgv);
  return new Promise<T>((resolve, reject) => {
    let settled = false;
    const done = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      fn();
    };
    const timer = setTimeout(
      () => {
        child.kill('SIGKILL');
        done(() => reject(new Error(`${script} did not finish within ${options.timeoutMs} ms`)));
      },
      options.timeoutMs ?? 30 * 60_000,
    );
    child.on('message', (message: ChildMessage) => {
      if (message.type === 'result') done(() => resolve(message.result as T));
      if (message.type === 'error') done(() => reject(new Error(`${script} failed: ${message.message}`)));
    });
    child.on('error', (error) => done(() => reject(error)));
    child.on('exit', (code, signal) =>
      done(() => reject(new Error(`${script} exited (${code ?? signal}) without a result`))),
    );
    child.send(input as never);
  });
}

/** The child side of runChild: receives one input, runs `handler`, sends the result and exits. */
const replyAndExit = (message: ChildMessage): void => {
  process.send?.(message, () => process.exit(0));
};

export function childMain<I, O>(handler: (input: I) => Promise<O>): void {
  process.once('message', (input: unknown) => {
    const reply = replyAndExit;
    handler(input as I).then(
      (result) => reply({ type: 'result', result }),
      (error: unknown) =>
        reply({
          type: 'error',
          message: error instanceof Error ? (error.stack ?? error.message) : String(error),
        }),
    );
  });
}
