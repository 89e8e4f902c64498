// @vitest-environment node
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runDemo } from '../../../src/publisher/demo/run-demo.ts';

// `npm start` stops everything it started, whichever way it is stopped: Ctrl+C in its terminal (SIGINT
// to the whole foreground process group) or SIGTERM to the npm process alone, and whether it is
// publishing the demo source (a child npm, sh, tsx and node) or serving it. The real `npm start` runs
// here, with its demo folder moved to a temporary one and no display, so it opens no browser.

const REPO_ROOT = join(import.meta.dirname, '../../..');

let workDir: string | undefined;
let demo: ChildProcess | undefined;

afterEach(async () => {
  if (demo?.pid !== undefined && demo.exitCode === null) process.kill(-demo.pid, 'SIGKILL');
  if (workDir !== undefined) await rm(workDir, { recursive: true, force: true });
  demo = undefined;
  workDir = undefined;
});

/** Parent of each live process, from /proc. */
function parents(): Map<number, number> {
  const map = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // The command name is in parentheses and may hold spaces: the parent id follows the last ")".
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      map.set(Number(entry), ppid);
    } catch {
      // Gone meanwhile.
    }
  }
  return map;
}

function descendants(pid: number): number[] {
  const map = parents();
  const found: number[] = [];
  let frontier = [pid];
  while (frontier.length > 0) {
    frontier = [...map].filter(([, ppid]) => frontier.includes(ppid)).map(([child]) => child);
    found.push(...frontier);
  }
  return found;
}

function commandLine(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
  } catch {
    return '';
  }
}

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function until<T>(what: string, probe: () => T | undefined, timeout = 60_000): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** `npm start -- --no-build` in its own process group, as a terminal runs a foreground job. */
function startDemo(dir: string): { child: ChildProcess; output: () => string; exited: Promise<void> } {
  const env: NodeJS.ProcessEnv = { ...process.env, EXPOSURE_CHECK_DEMO_DIR: dir, DEMO_PORT: '0' };
  delete env['DISPLAY'];
  delete env['WAYLAND_DISPLAY'];
  const child = spawn('npm', ['start', '--', '--no-build'], { cwd: REPO_ROOT, env, detached: true });
  let text = '';
  child.stdout?.on('data', (chunk: Buffer) => void (text += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => void (text += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  demo = child;
  return { child, output: () => text, exited };
}

describe('stopping npm start', () => {
  it('SIGTERM to the npm process while it publishes stops the publisher and everything under it', async () => {
    workDir = await mkdtemp(join(tmpdir(), 'exposure-check-start-'));
    const { child, output, exited } = startDemo(workDir);
    const pid = child.pid!;
    const dir = workDir;
    // The publisher is running once a descendant's command line names the demo folder.
    await until('the publisher to start', () =>
      descendants(pid).some((p) => commandLine(p).includes(`demo --out ${dir}`)),
    );
    const started = descendants(pid);
    expect(output()).toContain('Publishing the synthetic demo breach');
    process.kill(pid, 'SIGTERM');
    await exited;
    const left = await until(
      'every process it started to end',
      () => (started.some(alive) ? undefined : started.filter(alive)),
      15_000,
    ).catch(() => started.filter(alive).map((p) => `${p}: ${commandLine(p)}`));
    expect(left, output()).toEqual([]);
  }, 120_000);

  it('Ctrl+C while it serves stops the server and every child, after printing national IDs to try', async () => {
    workDir = await mkdtemp(join(tmpdir(), 'exposure-check-start-'));
    await runDemo({ out: workDir, count: 30, iterations: 1000, kinds: ['pesel', 'cpr', 'email'] });
    const { child, output, exited } = startDemo(workDir);
    const pid = child.pid!;
    const url = await until(
      'the demo to serve',
      () => /Serving the demo source at (\S+)/.exec(output())?.[1],
    );
    await until('the demo to wait for Ctrl+C', () => output().includes('Serving until Ctrl+C.'));
    expect(output()).toMatch(/^pesel \(PL\) {2}\d{11} /m);
    expect(output()).toMatch(/^cpr \(DK\) {4}\S+ /m);
    const index = await fetch(url);
    expect(index.status).toBe(200);
    expect(await index.text()).toContain(`${url}source.json`);
    const started = descendants(pid);
    expect(started.length).toBeGreaterThan(0);

    process.kill(-pid, 'SIGINT'); // what Ctrl+C does: the whole foreground group
    await exited;
    await until('every process it started to end', () => !started.some(alive), 15_000);
    await expect(fetch(url)).rejects.toThrow();
  }, 120_000);
});
