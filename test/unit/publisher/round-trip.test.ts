// @vitest-environment node
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  checkIdentifier,
  parseIdentifier,
  parseSourceDescriptor,
  xcV1Hash,
  type SourceDescriptor,
} from '../../../src/core/index.ts';
import { runDemo, type DemoResult, type DemoSample } from '../../../src/publisher/demo/run-demo.ts';
import { startServer, type RunningServer } from '../../../src/publisher/serve/start-server.ts';

// Demo data → build → serve on 127.0.0.1 → the extension's own client, for every kind that has a
// working synthetic generator today.
let dir: string;
let demo: DemoResult;
let server: RunningServer;
let source: SourceDescriptor;
let logPath: string;

function parsed(sample: DemoSample) {
  const result = parseIdentifier(sample.kind, sample.value);
  if (!result.ok) throw new Error(`demo sample of ${sample.kind} does not parse: ${result.error.code}`);
  return result;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'xc-round-trip-'));
  demo = await runDemo({ out: join(dir, 'demo'), count: 45, prefixBits: 6 });
  logPath = join(dir, 'access.log');
  server = await startServer(demo.sourceDir, { log: logPath });
  source = parseSourceDescriptor(await (await fetch(server.sourceUrl)).json(), server.sourceUrl);
}, 120_000);
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('round trip through checkIdentifier', () => {
  it('finds every identifier of the breaches, with exactly the breaches it is in', async () => {
    expect(demo.present.length).toBeGreaterThanOrEqual(6);
    for (const sample of demo.present) {
      const outcome = await checkIdentifier(parsed(sample), source);
      expect(outcome, `${sample.kind} ${sample.breaches.join('+')}`).toMatchObject({
        status: 'found',
        count: sample.breaches.length,
      });
      if (outcome.status === 'found') expect(outcome.breaches.map((b) => b.id)).toEqual(sample.breaches);
    }
  });

  it('does not find identifiers that are not in the breaches', async () => {
    expect(demo.absent.length).toBeGreaterThanOrEqual(2);
    for (const sample of demo.absent) {
      expect(await checkIdentifier(parsed(sample), source), sample.kind).toEqual({ status: 'not-found' });
    }
  });

  it('leaves only prefixes in the access log: no identifier and no full hash', async () => {
    const log = readFileSync(logPath, 'utf8');
    const lines = log.trimEnd().split('\n');
    expect(lines.length).toBeGreaterThan(demo.present.length);
    for (const line of lines)
      expect(line).toMatch(/^GET (\/source\.json|\/ranges\/[a-z-]+\/[0-9A-F]{1,5}\.txt) 200$/);
    const { hash } = source;
    if (hash.algorithm !== 'pbkdf2-sha256') throw new Error('demo is xc-v1');
    for (const sample of [...demo.present, ...demo.absent]) {
      const { canonical } = parsed(sample);
      const full = await xcV1Hash({
        kind: sample.kind,
        canonical,
        salt: hash.salt,
        iterations: hash.iterations,
      });
      expect(log).not.toContain(full.slice(0, 12));
      expect(log).not.toContain(canonical);
      expect(log).not.toContain(sample.value);
    }
  });
});
