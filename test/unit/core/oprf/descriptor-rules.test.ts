import { describe, expect, it } from 'vitest';
import {
  parseSourceDescriptor,
  SourceDescriptorError,
} from '../../../../src/core/range/source-descriptor.ts';

const publicKey = 'jGwXPRHBKtXTvBXgE0UeHSD9ezeUgK7DwgTYgbjQIlQ';
const valid = {
  format: 'exposure-check-source/1',
  id: 'demo-oprf',
  name: 'Demo',
  publisher: 'Tests',
  scheme: 'xc-oprf-v1',
  kinds: ['pesel'],
  rangeUrl: 'ranges/{kind}/{prefix}.txt',
  hash: {
    algorithm: 'oprf',
    suite: 'ristretto255-SHA512',
    keyId: 'k-0123456789abcdef',
    publicKey,
    evaluateUrl: 'evaluate',
  },
  buckets: { pesel: { prefixBits: 15, lines: 4 } },
  padded: true,
  breaches: [{ id: 'demo', title: 'Demo', operator: 'Demo', date: '2026', dataClasses: [] }],
  updated: '2026-06-01T00:00:00.000Z',
};

function issues(json: unknown): readonly string[] {
  try {
    parseSourceDescriptor(json, 'https://example.org/s/source.json');
  } catch (error) {
    if (error instanceof SourceDescriptorError) return error.issues;
    throw error;
  }
  return [];
}

describe('xc-oprf-v1 descriptor rules', () => {
  it('accepts a complete descriptor and resolves the evaluation URL', () => {
    const source = parseSourceDescriptor(valid, 'https://example.org/s/source.json');
    expect(source.hash).toMatchObject({ evaluateUrl: 'https://example.org/s/evaluate' });
  });

  it.each([
    ['another suite', { ...valid, hash: { ...valid.hash, suite: 'P256-SHA256' } }, /hash.suite/],
    ['no public key', { ...valid, hash: { ...valid.hash, publicKey: undefined } }, /hash.publicKey/],
    [
      'a short public key',
      { ...valid, hash: { ...valid.hash, publicKey: publicKey.slice(2) } },
      /hash.publicKey/,
    ],
    ['no padded line count', { ...valid, buckets: { pesel: { prefixBits: 15 } } }, /buckets.pesel.lines/],
    [
      'a prefix narrower than the anonymity set',
      { ...valid, buckets: { pesel: { prefixBits: 16, lines: 4 } } },
      /prefixBits/,
    ],
    [
      'a plain-http evaluator',
      { ...valid, hash: { ...valid.hash, evaluateUrl: 'http://example.org/e' } },
      /evaluateUrl/,
    ],
  ])('rejects %s', (_label, json, issue) => {
    expect(issues(json).join('\n')).toMatch(issue);
  });
});
