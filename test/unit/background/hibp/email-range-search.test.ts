// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest';
import { createHibpEmailSearch } from '../../../../src/background/hibp/email-search.ts';
import type { HibpBreachCatalogue } from '../../../../src/contracts/index.ts';
import {
  emailSha1,
  hibpSite,
  startHibpStandIn,
  type HibpStandIn,
  type RangeBehaviour,
} from '../../../support/hibp-stand-in.ts';

const KEY = '0123456789abcdef0123456789abcdef';
const BREACHED = 'Someone.Breached@Example.org';
const CLEAN = 'nobody-here@example.org';
const DAY = 24 * 60 * 60 * 1000;
/** What the stand-in may ever see: a 6-hex range prefix, or the keyless catalogue. */
const ALLOWED_REQUEST = /^GET \/api\/v3\/(breachedaccount\/range\/[0-9A-F]{6}|breaches)$/;

const standIns: HibpStandIn[] = [];
afterEach(async () => {
  await Promise.all(standIns.splice(0).map((s) => s.close()));
});

async function setup(start = new Date('2026-12-07T08:00:00.000Z')) {
  const standIn = await startHibpStandIn(
    hibpSite({ [BREACHED.toLowerCase()]: ['Adobe', 'LinkedIn', 'Unlisted'] }),
  );
  standIns.push(standIn);
  const clock = { now: start };
  let stored: HibpBreachCatalogue | undefined;
  const search = createHibpEmailSearch({
    fetch: standIn.fetch,
    store: { get: async () => stored, set: async (c) => void (stored = c) },
    now: () => clock.now,
  });
  return { standIn, clock, search, stored: () => stored };
}

const onlyPrefixes = (standIn: HibpStandIn) => {
  expect(standIn.site.log.length).toBeGreaterThan(0);
  for (const line of standIn.site.log) expect(line).toMatch(ALLOWED_REQUEST);
  const everything = JSON.stringify(standIn.site.log) + JSON.stringify(standIn.site.headers);
  for (const leak of [BREACHED, BREACHED.toLowerCase(), CLEAN, emailSha1(BREACHED), emailSha1(CLEAN)]) {
    expect(everything).not.toContain(leak);
  }
};

describe('HIBP email range search against a local stand-in', () => {
  it('finds a breached address by its 6-hex prefix and names the breaches from the catalogue', async () => {
    const { standIn, search } = await setup();
    const outcome = await search(BREACHED, KEY, 'range');
    expect(outcome).toMatchObject({
      status: 'found',
      count: 3,
      breaches: [
        {
          id: 'hibp-adobe',
          title: 'Adobe',
          operator: 'adobe.com',
          date: '2013-10-04',
          records: 152445165,
          dataClasses: ['Email addresses', 'Password hints', 'Passwords', 'Usernames'],
        },
        { id: 'hibp-linkedin', title: 'LinkedIn', date: '2012-05-05' },
        // A breach newer than the cached catalogue is still named, by HIBP's name.
        { id: 'hibp-unlisted', title: 'Unlisted', dataClasses: [] },
      ],
    });
    // HIBP's Description is HTML: it is never kept, so nothing can render it.
    expect(JSON.stringify(outcome)).not.toMatch(/<|onerror|script|Description/i);
    onlyPrefixes(standIn);
    expect(standIn.site.log).toContain(
      `GET /api/v3/breachedaccount/range/${emailSha1(BREACHED).slice(0, 6)}`,
    );
    const rangeHeaders = standIn.site.headers[standIn.site.log.findIndex((l) => l.includes('/range/'))];
    expect(rangeHeaders).toMatchObject({
      'hibp-api-key': KEY,
      'user-agent': expect.stringMatching(/Exposure-Check/),
    });
    const catalogueHeaders = standIn.site.headers[standIn.site.log.indexOf('GET /api/v3/breaches')];
    expect(catalogueHeaders?.['hibp-api-key']).toBeUndefined();
  });

  it('answers "not found" for an address outside the prefix list, having sent only the prefix', async () => {
    const { standIn, search } = await setup();
    expect(await search(CLEAN, KEY, 'range')).toEqual({ status: 'not-found' });
    onlyPrefixes(standIn);
  });

  it.each<[string, RangeBehaviour, Record<string, unknown>]>([
    ['401 (key refused)', { kind: 'status', status: 401 }, { code: 'http' }],
    ['403 (refused)', { kind: 'status', status: 403 }, { code: 'http' }],
    ['404 (key without range access)', { kind: 'status', status: 404 }, { code: 'key-tier' }],
    [
      '429 with Retry-After',
      { kind: 'status', status: 429, retryAfter: '7' },
      { code: 'rate-limited', retryAfterSeconds: 7 },
    ],
    ['500', { kind: 'status', status: 500 }, { code: 'http' }],
    ['malformed JSON', { kind: 'malformed-json' }, { code: 'malformed' }],
    ['a suffix of the wrong length', { kind: 'short-suffix' }, { code: 'malformed' }],
    ['an oversized body', { kind: 'oversized', bytes: 6 * 1024 * 1024 }, { code: 'too-large' }],
  ])('a range answer of %s is "couldn\'t check", never "not found"', async (_label, behaviour, expected) => {
    const { standIn, search } = await setup();
    standIn.site.behaviour = behaviour;
    for (const email of [BREACHED, CLEAN]) {
      const outcome = await search(email, KEY, 'range');
      expect(outcome).toMatchObject({ status: 'error', ...expected });
    }
    onlyPrefixes(standIn);
  });

  it('a network failure is "couldn\'t check"', async () => {
    const search = createHibpEmailSearch({
      fetch: async () => {
        throw new TypeError('Failed to fetch');
      },
      store: { get: async () => undefined, set: async () => undefined },
      now: () => new Date(),
    });
    expect(await search(BREACHED, KEY, 'range')).toMatchObject({ status: 'error', code: 'network' });
  });

  it('reads the catalogue once a week, whatever the searches find', async () => {
    const { standIn, clock, search, stored } = await setup();
    await search(CLEAN, KEY, 'range');
    await search(BREACHED, KEY, 'range');
    const catalogueReads = () => standIn.site.log.filter((l) => l === 'GET /api/v3/breaches').length;
    expect(catalogueReads()).toBe(1);
    expect(JSON.stringify(stored())).not.toMatch(/Description|<a |script/);
    clock.now = new Date(clock.now.getTime() + 8 * DAY);
    await search(CLEAN, KEY, 'range');
    expect(catalogueReads()).toBe(2);
  });

  it('names breaches by HIBP name when the catalogue cannot be read', async () => {
    const { standIn, search } = await setup();
    standIn.site.catalogueStatus = 503;
    expect(await search(BREACHED, KEY, 'range')).toMatchObject({
      status: 'found',
      breaches: [{ title: 'Adobe', date: '' }, { title: 'LinkedIn' }, { title: 'Unlisted' }],
    });
  });

  it('sends the address itself only in the plain search the person chose', async () => {
    const { standIn, search } = await setup();
    await search(BREACHED, KEY, 'plaintext');
    expect(standIn.site.log.some((l) => l.includes('Example.org') || l.includes('example.org'))).toBe(true);
  });
});
