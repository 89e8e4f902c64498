import { spawn, type ChildProcess } from 'node:child_process';

// Every process `npm start` starts goes through here, so stopping the demo can stop them all. Each
// child gets a process group of its own (detached) and is stopped as a group: `npm run build` runs vite
// under npm and sh, and signalling only the npm process would leave vite running. Because the groups are
// separate, Ctrl+C in the terminal reaches the children only through stopChildren(), never twice.

const running = new Set<ChildProcess>();
let stopping = false;

/** How long a child group has to exit after SIGTERM before it gets SIGKILL. */
const GRACE_MS = 5_000;

/** Runs a command with the terminal attached; resolves when it succeeds, rejects when it fails. */
export function runChild(command: string, args: readonly string[], cwd: string): Promise<void> {
  if (stopping) return Promise.reject(new Error('the demo is stopping'));
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, stdio: 'inherit', detached: true });
    running.add(child);
    child.once('error', (error) => {
      running.delete(child);
      reject(error);
    });
    child.once('exit', (code, signal) => {
      running.delete(child);
      if (code === 0) resolve();
      else reject(new Error(`${command} ${args.join(' ')} failed (${signal ?? `exit ${String(code)}`})`));
    });
  });
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // The group is gone already.
  }
}

/** Stops every running child's whole process group: SIGTERM, then SIGKILL for any still there. */
export async function stopChildren(): Promise<void> {
  stopping = true;
  const children = [...running];
  await Promise.all(
    children.map(
      (child) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve();
          const timer = setTimeout(() => signalGroup(child, 'SIGKILL'), GRACE_MS);
          child.once('exit', () => {
            clearTimeout(timer);
            // Grandchildren that outlived their parent are still in the group.
            signalGroup(child, 'SIGKILL');
            resolve();
          });
          signalGroup(child, 'SIGTERM');
        }),
    ),
  );
}
