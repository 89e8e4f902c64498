// @vitest-environment node
// A keyed whole-list source rotates its key: the publisher rebuilds (new key, new list, new source.json).
// Once the person confirms the change, saved tags (which cannot be converted without the identifier)
// make watched entries ask to be entered again;
// entering one again re-keys that entry with one evaluation, and monitoring is back to a conditional GET.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticIds } from '../../publisher/oprf/oprf-fixture.ts';
import {
  buildListFixture,
  serveListFixture,
  type BuiltList,
  type ServedList,
} from '../../publisher/oprf/list-fixture.ts';
import { createInMemoryBackground } from '../../../support/in-memory-background.ts';

const HOUR = 3_600_000;
const pesels = syntheticIds('pesel', 12, 47);
const listed = pesels.slice(0, 10);
const [a, b] = [listed[0]!, listed[4]!];

const fixtures: { built: BuiltList; served: ServedList }[] = [];
let sourceUrl = '';

async function publish(): Promise<{ built: BuiltList; served: ServedList; json: unknown }> {
  // Same source id and records, a new key each time (buildListFixture generates one).
  const built = await buildListFixture({ pesel: listed });
  const served = await serveListFixture(built, { rateLimit: { capacity: 10_000, refillPerSecond: 100 } });
  fixtures.push({ built, served });
  const json = JSON.parse(await readFile(path.join(built.dir, 'source.json'), 'utf8')) as {
    rangeUrl: string;
    hash: { evaluateUrl: string };
  };
  // The rebuilt source is served from another port: its URLs are made absolute so the source keeps
  // its source.json address (the first publication's).
  json.rangeUrl = new URL(json.rangeUrl, `${served.baseUrl}/`).href.replace('%7Bkind%7D', '{kind}');
  json.hash.evaluateUrl = new URL(json.hash.evaluateUrl, `${served.baseUrl}/`).href;
  return { built, served, json };
}

let first: Awaited<ReturnType<typeof publish>>;
let rotated: Awaited<ReturnType<typeof publish>>;

beforeAll(async () => {
  first = await publish();
  rotated = await publish();
  sourceUrl = `${first.served.baseUrl}/source.json`;
}, 90_000);
afterAll(async () => {
  for (const f of fixtures) {
    await f.served.close();
    await f.built.cleanup();
  }
});

const requestsOf = (served: ServedList, from: number) =>
  served.requests
    .slice(from)
    .map((r) => `${r.method} ${r.path}${r.headers['if-none-match'] ? ' (If-None-Match)' : ''}`);

describe('after a key rotation of a whole-list source', () => {
  it('asks to enter identifiers again, re-keys an entry with one evaluation, then monitors with a conditional GET', async () => {
    const bg = createInMemoryBackground({
      realRangeClient: true,
      grantedOrigins: ['http://127.0.0.1/*'],
      sourceFiles: { [sourceUrl]: first.json },
    });
    await bg.client.sourcesAdd({ url: sourceUrl });
    await bg.client.watchlistAdd({ kind: 'pesel', input: a.canonical });
    await bg.client.watchlistAdd({ kind: 'pesel', input: b.canonical });

    // The publisher rotates its key. The next run reads the new source.json and holds it for the
    // person to confirm (a new key is never adopted silently); they confirm on the settings page.
    bg.sourceFiles.set(sourceUrl, rotated.json);
    bg.clock.advance(24 * HOUR);
    await bg.runMonitor();
    const { source } = await bg.client.sourcesConfirmChange({ id: 'demo-oprf-list' });
    expect(source.pendingChange).toBeUndefined();
    bg.clock.advance(24 * HOUR);
    const beforeRun = rotated.served.requests.length;
    await bg.runMonitor();
    // Stale tags cannot match the new list: nothing is fetched for them, the entries say so.
    expect(requestsOf(rotated.served, beforeRun)).toEqual([]);
    const stale = (await bg.client.watchlistList()).entries;
    expect(stale.map((e) => e.results[0]?.needsReentry)).toEqual([true, true]);

    // Entering one identifier again: one evaluation under the new key, the same entry, no duplicate.
    const beforeAdd = rotated.served.requests.length;
    const { entry } = await bg.client.watchlistAdd({ kind: 'pesel', input: a.canonical });
    expect(requestsOf(rotated.served, beforeAdd)).toEqual(['POST /evaluate', 'GET /lists/pesel.bin']);
    expect(entry.id).toBe(stale[0]?.id);
    expect(entry.results[0]?.needsReentry).toBeUndefined();
    expect(entry.results[0]?.last?.status).toBe('found');
    const after = (await bg.client.watchlistList()).entries;
    expect(after.map((e) => e.id)).toEqual(stale.map((e) => e.id));
    expect(after.map((e) => e.results[0]?.needsReentry)).toEqual([undefined, true]);
    // Entering it once more changes nothing and costs only the key.
    const beforeRepeat = rotated.served.requests.length;
    await bg.client.watchlistAdd({ kind: 'pesel', input: a.canonical });
    expect(requestsOf(rotated.served, beforeRepeat)).toEqual(['POST /evaluate']);

    // Monitoring: the re-keyed entry costs a conditional GET of the new list; the stale one nothing.
    bg.clock.advance(24 * HOUR);
    const beforeMonitor = rotated.served.requests.length;
    await bg.runMonitor();
    expect(requestsOf(rotated.served, beforeMonitor)).toEqual(['GET /lists/pesel.bin (If-None-Match)']);
    expect(requestsOf(first.served, 0).filter((r) => r.startsWith('POST'))).toHaveLength(2);
  });
});
