// @vitest-environment node
import { assert, asyncProperty, constantFrom, integer, property, string, uint8Array } from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  base64UrlToBytes,
  hibpSha1Key,
  IDENTIFIER_KINDS,
  xcV1Hash,
  xcV1Split,
} from '../../../src/core/index.ts';
import {
  bucketOfWord,
  keyLayout,
  prefixOfBucket,
  suffixOfKey,
  writeKey,
} from '../../../src/publisher/build/key-layout.ts';
import { hibpSha1NodeHash, xcV1NodeHash } from '../../../src/publisher/build/node-hashes.ts';

const salts = ['AAAAAAAAAAAAAAAAAAAAAA', 'c2FsdHktc2FsdHktc2FsdHk', '_-_-_-_-_-_-_-_-_-_-_-_-_-_-'];

describe('node:crypto hashes equal the core WebCrypto ones byte for byte', () => {
  it('xc-v1 (PBKDF2-HMAC-SHA256 over the domain-separated input)', async () => {
    await assert(
      asyncProperty(
        constantFrom(...IDENTIFIER_KINDS),
        string({ unit: 'grapheme', maxLength: 24 }),
        constantFrom(...salts),
        integer({ min: 1000, max: 1300 }),
        async (kind, canonical, salt, iterations) => {
          const core = await xcV1Hash({ kind, canonical, salt, iterations });
          const node = await xcV1NodeHash(kind, canonical, base64UrlToBytes(salt), iterations);
          expect(node.toString('hex').toUpperCase()).toBe(core);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('hibp-sha1 (SHA-1 of the UTF-8 password)', async () => {
    await assert(
      asyncProperty(string({ unit: 'grapheme', maxLength: 40 }), async (password) => {
        const { prefix, suffix } = await hibpSha1Key(password);
        expect(hibpSha1NodeHash(password).toString('hex').toUpperCase()).toBe(prefix + suffix);
      }),
      { numRuns: 60 },
    );
  });
});

/** The prefix and suffix the core client would send and look for. */
function wire(hash: Uint8Array, bits: number): string {
  const { prefix, suffix } = xcV1Split(Buffer.from(hash).toString('hex').toUpperCase(), bits);
  return `${prefix}/${suffix}`;
}

describe('packed sort keys', () => {
  const hashBytes = uint8Array({ minLength: 32, maxLength: 32 });

  it('give the same prefix and suffix as the core split, for every prefix length', () => {
    assert(
      property(hashBytes, integer({ min: 4, max: 20 }), (hash, bits) => {
        const layout = keyLayout(bits, 24);
        const key = Buffer.alloc(layout.keyBytes);
        writeKey(hash, layout, key, 0);
        const core = xcV1Split(Buffer.from(hash).toString('hex').toUpperCase(), bits);
        expect(prefixOfBucket(bucketOfWord(key.readUInt32BE(0), bits), layout)).toBe(core.prefix);
        expect(suffixOfKey(key, 0, layout)).toBe(core.suffix);
      }),
    );
  });

  it('are equal exactly when the wire prefix and suffix are equal (bits beyond them are cleared)', () => {
    assert(
      property(hashBytes, integer({ min: 4, max: 20 }), (hash, bits) => {
        const layout = keyLayout(bits, 24);
        const a = Buffer.alloc(layout.keyBytes);
        const b = Buffer.alloc(layout.keyBytes);
        writeKey(hash, layout, a, 0);
        // Flip each bit of the hash in turn: keys must differ exactly when the wire form does.
        for (let bit = 0; bit < 256; bit++) {
          const other = Uint8Array.from(hash);
          other[bit >> 3] = (other[bit >> 3] as number) ^ (0x80 >> (bit & 7));
          writeKey(other, layout, b, 0);
          expect(a.equals(b)).toBe(wire(hash, bits) === wire(other, bits));
        }
      }),
      { numRuns: 50 },
    );
  });
});
