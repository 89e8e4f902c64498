// @vitest-environment node
// Plays the observer of a whole-list check (network, CDN, publisher): two different PESELs of the same
// birth date are checked against a list source, and everything recorded on the wire is compared.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ristretto255_oprf } from '@noble/curves/ed25519.js';
import { parseIdentifier } from '../../../../src/core/identifiers/index.ts';
import type { ParsedIdentifier } from '../../../../src/core/identifiers/types.ts';
import { weightedSum } from '../../../../src/core/identifiers/checksums.ts';
import { digitsOf } from '../../../../src/core/identifiers/text.ts';
import { oprfInput, oprfInfo } from '../../../../src/core/oprf/index.ts';
import { checkIdentifier } from '../../../../src/core/range/check-identifier.ts';
import { base64UrlToBytes } from '../../../../src/core/range/hex.ts';
import { syntheticIds } from '../../publisher/oprf/oprf-fixture.ts';
import {
  buildListFixture,
  serveListFixture,
  type BuiltList,
  type RecordedRequest,
  type ServedList,
} from '../../publisher/oprf/list-fixture.ts';

/** A valid PESEL for 1990-05-14 with the given serial. */
function peselFor(serial: string): ParsedIdentifier {
  const body = `900514${serial}`;
  const check = (10 - (weightedSum(digitsOf(body), [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]) % 10)) % 10;
  const parsed = parseIdentifier('pesel', `${body}${check}`);
  if (!parsed.ok) throw new Error('test data: not a valid PESEL');
  return parsed;
}

const listedPesel = peselFor('0421');
const otherPesel = peselFor('5873'); // same birth date, not listed
const SAMPLES = 48;

let built: BuiltList;
let served: ServedList;

beforeAll(async () => {
  built = await buildListFixture({ pesel: [listedPesel, ...syntheticIds('pesel', 40, 5)] });
  served = await serveListFixture(built, { rateLimit: { capacity: 10_000, refillPerSecond: 100 } });
}, 60_000);
afterAll(async () => {
  await served.close();
  await built.cleanup();
});

/** The requests one check makes, with what an observer can compare (the host port is the same). */
async function recordCheck(id: ParsedIdentifier): Promise<{ requests: RecordedRequest[]; status: string }> {
  const before = served.requests.length;
  const outcome = await checkIdentifier(id, served.source);
  await new Promise((resolve) => setTimeout(resolve, 5)); // the server records POST bodies on 'end'
  return { requests: served.requests.slice(before), status: outcome.status };
}

const blindedOf = (r: RecordedRequest): Uint8Array =>
  base64UrlToBytes((JSON.parse(r.body) as { blinded: string }).blinded);

/** Bits of bytes 1–30 of a ristretto255 encoding: byte 0's low bit and byte 31's high bit are fixed. */
function bitsOf(element: Uint8Array): number[] {
  const bits: number[] = [];
  for (let i = 1; i <= 30; i++) for (let b = 0; b < 8; b++) bits.push(((element[i] ?? 0) >> b) & 1);
  return bits;
}

/** Hamming distance over the free bits of two elements. */
const distance = (x: Uint8Array, y: Uint8Array) =>
  bitsOf(x).reduce((d, bit, i) => d + (bit ^ (bitsOf(y)[i] ?? 0)), 0);
const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / Math.max(1, xs.length);

/** A request as an observer compares them: method and path. */
const shape = (r: RecordedRequest) => `${r.method} ${r.path}`;

/** A request with its blinded element blanked out (everything else must be identical). */
const scrub = (r: RecordedRequest) => ({
  ...r,
  headers: { ...r.headers, 'content-length': r.headers['content-length'] },
  body: r.body === '' ? '' : JSON.stringify({ ...JSON.parse(r.body), blinded: '…' }),
});

/** A "random" source that always gives the same bytes: blinding with it blinds nothing. */
const fixedRng = (n = 32) => new Uint8Array(n).fill(7);

/**
 * Does a set of elements look like independent uniform draws, with nothing telling group A from
 * group B? Duplicates, per-bit bias (chi-square over 240 positions) and a difference between the
 * within-A and A-to-B Hamming distances all fail it. Thresholds sit at roughly p < 10^-6.
 */
function uniformityProblems(a: Uint8Array[], b: Uint8Array[]): string[] {
  const problems: string[] = [];
  const all = [...a, ...b];
  const hex = new Set(all.map((e) => Buffer.from(e).toString('hex')));
  if (hex.size !== all.length) problems.push('repeated elements');
  const ones = Array.from({ length: 240 }, () => 0);
  for (const e of all) bitsOf(e).forEach((bit, i) => (ones[i] = (ones[i] ?? 0) + bit));
  const n = all.length;
  const chi = ones.reduce((sum, k) => sum + (2 * k - n) ** 2 / n, 0);
  if (chi > 240 + 6 * Math.sqrt(2 * 240)) problems.push(`bits are biased (chi-square ${chi.toFixed(0)})`);
  const within: number[] = [];
  const across: number[] = [];
  for (let i = 0; i + 1 < a.length; i += 2) within.push(distance(a[i]!, a[i + 1]!));
  for (let i = 0; i < Math.min(a.length, b.length); i++) across.push(distance(a[i]!, b[i]!));
  // Each distance is Binomial(240, 1/2): mean 120, standard deviation √60 ≈ 7.7.
  const sd = Math.sqrt(60);
  if (Math.abs(mean(within) - 120) > (6 * sd) / Math.sqrt(Math.max(1, within.length))) {
    problems.push(`within-group distance ${mean(within).toFixed(1)} is not 120`);
  }
  if (Math.abs(mean(across) - 120) > (6 * sd) / Math.sqrt(Math.max(1, across.length))) {
    problems.push(`A-to-B distance ${mean(across).toFixed(1)} is not 120`);
  }
  return problems;
}

describe('an observer of whole-list checks', () => {
  let a: { requests: RecordedRequest[]; status: string }[] = [];
  let b: { requests: RecordedRequest[]; status: string }[] = [];

  beforeAll(async () => {
    a = [];
    b = [];
    // Interleaved, so time order does not separate the two groups either.
    for (let i = 0; i < SAMPLES; i++) {
      a.push(await recordCheck(listedPesel));
      b.push(await recordCheck(otherPesel));
    }
  }, 120_000);

  it('sees one evaluation POST and one GET of the same list for either PESEL', () => {
    expect(a[0]?.status).toBe('found');
    expect(b[0]?.status).toBe('not-found');
    expect(a[0]?.requests.map(shape)).toEqual(['POST /evaluate', 'GET /lists/pesel.bin']);
    for (const check of [...a, ...b]) expect(check.requests.map(shape)).toEqual(a[0]?.requests.map(shape));
  });

  it('sees identical requests except for the blinded element', () => {
    const reference = a[0]!.requests.map(scrub);
    for (const check of [...a, ...b]) expect(check.requests.map(scrub)).toEqual(reference);
    const keys = Object.keys(JSON.parse(a[0]!.requests[0]!.body));
    expect(keys.toSorted()).toEqual(['blinded', 'keyId', 'kind']);
  });

  it('sees blinded elements that are uniformly random and say nothing about which PESEL', () => {
    const elementsA = a.map((c) => blindedOf(c.requests[0]!));
    const elementsB = b.map((c) => blindedOf(c.requests[0]!));
    expect(uniformityProblems(elementsA, elementsB)).toEqual([]);
  });

  it('would notice elements that depend on the PESEL (the test is not vacuous)', () => {
    const publicKey = base64UrlToBytes(
      served.source.hash.algorithm === 'oprf' ? (served.source.hash.publicKey ?? '') : '',
    );
    const poprf = ristretto255_oprf.poprf(oprfInfo(served.source.id, 'pesel'));
    // Unblinded-in-effect: the same "blind" every time, so the element is a function of the PESEL.
    const sameBlind = (id: ParsedIdentifier) =>
      Array.from(
        { length: SAMPLES },
        () => poprf.blind(oprfInput('pesel', id.canonical), publicKey, fixedRng).blinded,
      );
    expect(uniformityProblems(sameBlind(listedPesel), sameBlind(otherPesel))).toContain('repeated elements');
    // Properly blinded, but one byte carries the serial: a leak a per-bit test must catch.
    const leaky = (id: ParsedIdentifier) =>
      Array.from({ length: SAMPLES }, () => {
        const e = poprf.blind(oprfInput('pesel', id.canonical), publicKey).blinded.slice();
        e[9] = Number(id.canonical.slice(6, 9)) & 0xff;
        return e;
      });
    expect(uniformityProblems(leaky(listedPesel), leaky(otherPesel)).join()).toMatch(/biased/);
  });
});
