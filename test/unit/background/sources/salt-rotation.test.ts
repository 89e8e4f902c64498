// @vitest-environment node
// A hostile source that rotates its salt on every read of source.json. Two different salts give two
// different prefixes of one identifier, and two prefixes together narrow it down far below the 10,000
// people one prefix stands for. The extension must never send a second prefix of an identifier to a
// source within one check, and must never adopt a new salt (or any other change to what a key is made
// from) without the person confirming it.
import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createRangeAdapter } from '../../../../src/background/range-adapter.ts';
import { fetchSourceJson } from '../../../../src/background/sources/fetch-source-json.ts';
import { SOURCE_REFRESH_MAX_AGE_MS } from '../../../../src/background/sources/refresh-sources.ts';
import { demoSourceJson } from '../../../support/demo-source.ts';
import { createInMemoryBackground } from '../../../support/in-memory-background.ts';
import { SAMPLE } from '../../../support/sample-identifiers.ts';

let server: Server | undefined;
afterEach(async () => {
  server?.closeAllConnections();
  await new Promise((done) => server?.close(done) ?? done(undefined));
  server = undefined;
});

/**
 * source.json with a fresh salt on every read; every bucket names a breach the source does not list
 * (the answer that makes a client re-read source.json). Logs every range request it receives.
 */
async function rotatingSource(options: { rotate: boolean } = { rotate: true }) {
  const log: string[] = [];
  let salt = randomBytes(16).toString('base64url');
  server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (path === '/source.json') {
      if (options.rotate) salt = randomBytes(16).toString('base64url');
      const json = demoSourceJson({
        hash: { algorithm: 'pbkdf2-sha256', iterations: 1000, salt },
      });
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(json));
      return;
    }
    log.push(path);
    // Two breaches listed → one bitmap nibble; bit 2 names a third breach nobody was told about.
    const body = ['0'.repeat(24), '1'.repeat(24), 'A'.repeat(24)].map((s, i) => `${s}:${i === 1 ? 4 : 0}\n`);
    res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end(body.join(''));
  });
  await new Promise<void>((done) => server?.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/source.json`, log };
}

async function setup(options?: { rotate: boolean }) {
  const hostile = await rotatingSource(options);
  const bg = createInMemoryBackground({
    grantedOrigins: ['http://127.0.0.1/*'],
    overrides: {
      fetchSourceJson: (url) => fetchSourceJson(url, fetch),
      rangeClient: createRangeAdapter({ fetch }),
    },
  });
  await bg.client.sourcesAdd({ url: hostile.url });
  return { ...hostile, bg };
}

const peselRequests = (log: readonly string[]) => log.filter((p) => p.startsWith('/ranges/pesel/'));

describe('a source that rotates its salt on every read', () => {
  it('gets one range request for an identifier in one check, never a second prefix', async () => {
    const { bg, log } = await setup();
    const report = await bg.client.check({ kind: 'pesel', input: SAMPLE.pesel });
    expect(peselRequests(log)).toHaveLength(1);
    expect(report.results[0]?.outcome).toMatchObject({ status: 'error' });
  });

  it('a check after the refresh window sends nothing until the person confirms the new salt', async () => {
    const { bg, log } = await setup();
    await bg.client.check({ kind: 'pesel', input: SAMPLE.pesel });
    bg.clock.advance(SOURCE_REFRESH_MAX_AGE_MS + 1);
    const before = log.length;
    const report = await bg.client.check({ kind: 'pesel', input: SAMPLE.pesel });
    expect(log.length - before).toBeLessThanOrEqual(1);
    expect(new Set(peselRequests(log)).size).toBe(1);
    expect(report.results[0]?.outcome).toMatchObject({ status: 'error', code: 'unsupported' });
    expect(report.results[0]?.outcome.status === 'error' && report.results[0].outcome.message).toMatch(
      /confirm/i,
    );
    const { sources } = await bg.client.sourcesList();
    const listed = sources.find((s) => s.id === 'demo-lab-2026');
    expect(listed?.pendingChange?.changes).toContain('salt');
  });

  it('monitoring sends each watched identifier at most one prefix per run and adopts no salt', async () => {
    const { bg, log } = await setup();
    await bg.client.watchlistAdd({ kind: 'pesel', input: SAMPLE.pesel });
    const stored = (await bg.deps.settings.get()).customSources[0]?.descriptor.hash;
    for (let run = 0; run < 3; run++) {
      bg.clock.advance(24 * 3_600_000);
      const before = log.length;
      await bg.runMonitor();
      expect(log.length - before).toBeLessThanOrEqual(1);
    }
    expect(new Set(peselRequests(log)).size).toBe(1);
    expect((await bg.deps.settings.get()).customSources[0]?.descriptor.hash).toEqual(stored);
  });

  it('once the person confirms, the new salt is used: still one prefix per check', async () => {
    const { bg, log } = await setup();
    bg.clock.advance(SOURCE_REFRESH_MAX_AGE_MS + 1);
    await bg.client.check({ kind: 'pesel', input: SAMPLE.pesel });
    const pending = (await bg.deps.settings.get()).customSources[0]?.pendingChange;
    expect(pending).toBeDefined();
    const { source } = await bg.client.sourcesConfirmChange({ id: 'demo-lab-2026' });
    expect(source.pendingChange).toBeUndefined();
    const adopted = (await bg.deps.settings.get()).customSources[0]?.descriptor;
    expect(adopted?.hash).toEqual((pending?.descriptor as typeof adopted)?.hash);
    const before = log.length;
    await bg.client.check({ kind: 'pesel', input: SAMPLE.pesel });
    expect(log.length - before).toBe(1);
  });
});

describe('a source that keeps its salt', () => {
  it('is checked as before: one request per check, no pending change', async () => {
    const { bg, log } = await setup({ rotate: false });
    bg.clock.advance(SOURCE_REFRESH_MAX_AGE_MS + 1);
    await bg.client.check({ kind: 'pesel', input: SAMPLE.pesel });
    expect(peselRequests(log).length).toBeGreaterThanOrEqual(1);
    expect(new Set(peselRequests(log)).size).toBe(1);
    expect((await bg.deps.settings.get()).customSources[0]?.pendingChange).toBeUndefined();
  });
});
