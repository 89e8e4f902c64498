import { createHash, pbkdf2Sync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hibpSha1Key } from '../../../../src/core/range/hash-hibp-sha1.ts';
import { prefixOf } from '../../../../src/core/range/prefix.ts';
import { pwnedPasswordsSource } from '../../../../src/core/range/pwned-passwords-source.ts';
import { computeRangeKey, UnsupportedCheckError } from '../../../../src/core/range/range-key.ts';
import { parsed, TEST_SALT, xcSource } from './fixtures.ts';

describe('hibp-sha1 keys', () => {
  it('matches the published SHA-1 of "password"', async () => {
    expect(await hibpSha1Key('password')).toEqual({
      prefix: '5BAA6',
      suffix: '1E4C9B93F3F0682250B6CF8331B7EE68FD8',
    });
  });

  it('agrees with node:crypto on non-ASCII input (UTF-8)', async () => {
    const text = 'Zażółć gęślą jaźń 🔑';
    const hex = createHash('sha1').update(text, 'utf8').digest('hex').toUpperCase();
    const key = await computeRangeKey(parsed('password', text), pwnedPasswordsSource());
    expect(key.prefix + key.suffix).toBe(hex);
    expect(key).toMatchObject({ sourceId: 'hibp-pwned-passwords', scheme: 'hibp-sha1', kind: 'password' });
  });
});

describe('xc-v1 keys', () => {
  const source = xcSource('https://ranges.example.org');
  const canonical = 'alice@example.org';

  it('matches a pinned known-answer vector', async () => {
    // PBKDF2-HMAC-SHA256("xc-v1\0email\0alice@example.org", salt 00..0F, 1000 iterations), computed once.
    const key = await computeRangeKey(parsed('email', canonical), source);
    // FA3B… with 15 bits: the 16th bit (last bit of "B") is cleared → FA3A.
    expect(key.prefix).toBe('FA3A');
    expect(key.suffix).toBe('0B20DDE16B4CA6E687EB0F86');
  });

  it('agrees with an independent PBKDF2 (node:crypto) for several kinds and prefix lengths', async () => {
    for (const [kind, value] of [
      ['email', canonical],
      ['pesel', '00000000000'],
    ] as const) {
      const bits = source.buckets[kind]?.prefixBits ?? 0;
      const input = Buffer.from(`xc-v1\u0000${kind}\u0000${value}`, 'utf8');
      const salt = Buffer.from(TEST_SALT, 'base64url');
      const hex = pbkdf2Sync(input, salt, 1000, 32, 'sha256').toString('hex').toUpperCase();
      const key = await computeRangeKey(parsed(kind, value), source);
      const nibbles = Math.ceil(bits / 4);
      expect(key.prefix).toBe(prefixOf(hex, bits));
      expect(key.suffix).toBe(hex.slice(nibbles, nibbles + 24));
    }
  });

  it('separates kinds: the same canonical text hashes differently per kind', async () => {
    const asEmail = await computeRangeKey(parsed('email', '00000000000'), source);
    const asPesel = await computeRangeKey(parsed('pesel', '00000000000'), source);
    expect(asEmail.suffix).not.toBe(asPesel.suffix);
  });

  it('records the hash parameters, so a later salt change is detectable', async () => {
    const key = await computeRangeKey(parsed('email', canonical), source);
    const rotated = await computeRangeKey(
      parsed('email', canonical),
      xcSource('https://ranges.example.org', {
        hash: { algorithm: 'pbkdf2-sha256', iterations: 1000, salt: 'A'.repeat(22) },
      }),
    );
    expect(key.params).not.toBe(rotated.params);
    expect(JSON.stringify(key)).not.toContain(canonical);
  });

  it('refuses kinds the source does not cover and schemes it cannot hash', async () => {
    await expect(computeRangeKey(parsed('cpr', '0000000000'), source)).rejects.toThrow(UnsupportedCheckError);
    const oprf = xcSource('https://ranges.example.org', {
      scheme: 'xc-oprf-v1',
      hash: {
        algorithm: 'oprf',
        suite: 'ristretto255-SHA512',
        keyId: 'k1',
        evaluateUrl: 'https://x.example/e',
      },
    });
    await expect(computeRangeKey(parsed('email', canonical), oprf)).rejects.toThrow(/not supported/);
  });
});

describe('prefixOf', () => {
  it.each([
    ['FFFF', 16, 'FFFF'],
    ['FFFF', 15, 'FFFE'],
    ['FFFF', 13, 'FFF8'],
    ['FFFF', 12, 'FFF'],
    ['abcd', 8, 'AB'],
    ['7', 4, '7'],
  ])('prefixOf(%s, %i) = %s', (hex, bits, expected) => {
    expect(prefixOf(hex, bits)).toBe(expected);
  });
});
