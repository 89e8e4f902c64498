// A re-read source.json may bring new breaches, counts and dates; anything that changes how a key or
// prefix is made is a change the person confirms (issue 14, finding 1). Every such field, one at a time.
import { describe, expect, it } from 'vitest';
import { keyChangesBetween, type KeyChange } from '../../../../src/core/range/key-params.ts';
import type { SourceDescriptor } from '../../../../src/core/range/types.ts';
import { breach, TEST_SALT, xcSource } from './fixtures.ts';

const BASE = 'https://ranges.example.org';
const xc = (overrides: Partial<SourceDescriptor> = {}) => xcSource(BASE, overrides);
const oprfHash = {
  algorithm: 'oprf' as const,
  suite: 'ristretto255-SHA512',
  keyId: 'k1',
  publicKey: 'jGwXPRHBKtXTvBXgE0UeHSD9ezeUgK7DwgTYgbjQIlQ',
  evaluateUrl: `${BASE}/evaluate`,
};
const oprf = (hash: Partial<typeof oprfHash> = {}, overrides: Partial<SourceDescriptor> = {}) =>
  xc({ scheme: 'xc-oprf-v1', hash: { ...oprfHash, ...hash }, ...overrides });

describe('keyChangesBetween', () => {
  it('new breaches, counts, lines and dates are adopted without asking', () => {
    const next = xc({
      breaches: [...xc().breaches, breach('b-five')],
      updated: '2026-12-01T00:00:00.000Z',
      buckets: { email: { prefixBits: 15, lines: 9 }, pesel: { prefixBits: 12, lines: 7 } },
      name: 'Renamed',
    });
    expect(keyChangesBetween(xc(), next)).toEqual([]);
    expect(keyChangesBetween(oprf(), oprf({}, { updated: '2026-12-02T00:00:00.000Z' }))).toEqual([]);
  });

  it.each<[string, SourceDescriptor, KeyChange[]]>([
    [
      'a new salt',
      xc({ hash: { algorithm: 'pbkdf2-sha256', iterations: 1000, salt: 'c2FsdC1yb3RhdGVkLXNhbHQ' } }),
      ['salt'],
    ],
    [
      'other iterations',
      xc({ hash: { algorithm: 'pbkdf2-sha256', iterations: 2000, salt: TEST_SALT } }),
      ['iterations'],
    ],
    [
      'more prefix bits for one kind',
      xc({ buckets: { email: { prefixBits: 16, lines: 4 }, pesel: { prefixBits: 12, lines: 4 } } }),
      ['prefix-bits'],
    ],
    [
      'fewer prefix bits for one kind',
      xc({ buckets: { email: { prefixBits: 15, lines: 4 }, pesel: { prefixBits: 10, lines: 4 } } }),
      ['prefix-bits'],
    ],
    [
      'a new kind',
      xc({
        kinds: ['email', 'pesel', 'cpr'],
        buckets: { ...xc().buckets, cpr: { prefixBits: 12, lines: 4 } },
      }),
      ['kinds'],
    ],
    ['another range address', xc({ rangeUrl: 'https://other.example.org/{kind}/{prefix}' }), ['range-url']],
    [
      'another port for the ranges',
      xc({ rangeUrl: 'https://ranges.example.org:8443/ranges/{kind}/{prefix}.txt' }),
      ['range-url'],
    ],
    ['another scheme', oprf(), ['scheme']],
  ])('%s is held for confirmation', (_, next, expected) => {
    expect(keyChangesBetween(xc(), next)).toEqual(expected);
  });

  it.each<[string, SourceDescriptor, KeyChange[]]>([
    ['a new key id', oprf({ keyId: 'k2' }), ['key']],
    ['a new public key', oprf({ publicKey: 'AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8' }), ['key']],
    ['another evaluation address', oprf({ evaluateUrl: 'https://evil.example/evaluate' }), ['evaluate-url']],
    [
      'more prefix bits',
      oprf({}, { buckets: { email: { prefixBits: 16, lines: 4 }, pesel: { prefixBits: 12, lines: 4 } } }),
      ['prefix-bits'],
    ],
  ])('OPRF: %s is held for confirmation', (_, next, expected) => {
    expect(keyChangesBetween(oprf(), next)).toEqual(expected);
  });
});
