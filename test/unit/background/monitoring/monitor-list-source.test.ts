// @vitest-environment node
// Monitoring of PESELs watched against a keyed whole-list source, through the real background and the
// real range client over HTTP: once a watched identifier's tag is stored, a re-check costs one
// conditional GET of the list per kind and no evaluation at all, and storage holds the tag only.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ParsedIdentifier } from '../../../../src/core/identifiers/types.ts';
import { syntheticIds } from '../../publisher/oprf/oprf-fixture.ts';
import {
  buildListFixture,
  serveListFixture,
  type BuiltList,
  type ServedList,
} from '../../publisher/oprf/list-fixture.ts';
import { createInMemoryBackground } from '../../../support/in-memory-background.ts';

const HOUR = 3_600_000;
const pesels = syntheticIds('pesel', 24, 31);
const listed = pesels.slice(0, 20);
const watched: ParsedIdentifier[] = [listed[0]!, listed[10]!, pesels[21]!, pesels[22]!];

let built: BuiltList;
let served: ServedList;
let sourceUrl = '';
let sourceJson: unknown;

beforeAll(async () => {
  built = await buildListFixture({ pesel: listed });
  served = await serveListFixture(built, { rateLimit: { capacity: 10_000, refillPerSecond: 100 } });
  sourceUrl = `${served.baseUrl}/source.json`;
  sourceJson = JSON.parse(await readFile(path.join(built.dir, 'source.json'), 'utf8'));
}, 60_000);
afterAll(async () => {
  await served.close();
  await built.cleanup();
});

async function watchingBackground() {
  const bg = createInMemoryBackground({
    realRangeClient: true,
    grantedOrigins: ['http://127.0.0.1/*'],
    sourceFiles: { [sourceUrl]: sourceJson },
  });
  await bg.client.sourcesAdd({ url: sourceUrl });
  const before = served.requests.length;
  for (const id of watched) await bg.client.watchlistAdd({ kind: 'pesel', input: id.canonical });
  const posts = served.requests.slice(before).filter((r) => r.method === 'POST').length;
  return Object.assign(bg, { postsWhileAdding: posts });
}

const described = (from: number) =>
  served.requests.slice(from).map((r) => ({
    request: `${r.method} ${r.path}`,
    conditional: r.headers['if-none-match'] !== undefined,
  }));

describe('monitoring a keyed whole-list source', () => {
  it('re-checks every watched PESEL with one conditional GET of the list and no evaluation', async () => {
    const bg = await watchingBackground();
    const results = async () =>
      (await bg.client.watchlistList()).entries.map((e) => e.results[0]?.last?.status);
    expect(await results()).toEqual(['found', 'found', 'not-found', 'not-found']);
    // Adding costs one evaluation per identifier: the key it makes also serves the first check.
    expect(bg.postsWhileAdding).toBe(watched.length);

    for (const run of [1, 2]) {
      const before = served.requests.length;
      bg.clock.advance(24 * HOUR);
      await bg.runMonitor();
      // Four watched identifiers, one kind: one request, the same for everyone, answered with a 304.
      expect(described(before), `monitoring run ${run}`).toEqual([
        { request: 'GET /lists/pesel.bin', conditional: true },
      ]);
    }
    expect(await results()).toEqual(['found', 'found', 'not-found', 'not-found']);

    // A re-check the person asks for is the same: no evaluation, one conditional GET.
    const before = served.requests.length;
    await bg.client.watchlistRecheck({});
    expect(described(before)).toEqual([{ request: 'GET /lists/pesel.bin', conditional: true }]);
  });

  it('stores the tag, never the identifier', async () => {
    const bg = await watchingBackground();
    const entries = await bg.deps.db.watchlist.list();
    expect(entries).toHaveLength(4);
    for (const entry of entries) {
      expect(entry.keys).toHaveLength(1);
      expect(entry.keys[0]?.prefix).toBe('');
      expect(entry.keys[0]?.suffix).toMatch(/^[0-9A-F]{80}$/);
    }
    const stored = JSON.stringify([entries, await bg.browser.api.storage.local.get(null)]);
    for (const id of watched) {
      expect(stored).not.toContain(id.canonical);
      // Nor the serial and check digit that a birth date would complete.
      expect(stored).not.toContain(id.canonical.slice(6));
    }
  });
});
