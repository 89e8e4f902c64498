import { describe, expect, it } from 'vitest';
import { oprfCheckParams } from '../../../../src/core/oprf/oprf-source.ts';
import { computeRangeKey } from '../../../../src/core/range/range-key.ts';
import { rangeRequestFor } from '../../../../src/core/range/range-request.ts';
import {
  parseSourceDescriptor,
  SourceDescriptorError,
} from '../../../../src/core/range/source-descriptor.ts';
import type { SourceDescriptor } from '../../../../src/core/range/types.ts';
import { requestOriginOf } from '../../../../src/core/range/url-template.ts';
import { parsed, xcSource } from './fixtures.ts';

const DESCRIPTOR_URL = 'https://cert.example.org/sources/demo/source.json';
const publicKey = 'jGwXPRHBKtXTvBXgE0UeHSD9ezeUgK7DwgTYgbjQIlQ';

function xcJson(rangeUrl: string): Record<string, unknown> {
  const { rangeUrl: _drop, ...rest } = xcSource('https://x.example');
  return { ...JSON.parse(JSON.stringify(rest)), rangeUrl };
}

function oprfJson(evaluateUrl: string, rangeUrl = 'ranges/{kind}/{prefix}.txt'): Record<string, unknown> {
  return {
    format: 'exposure-check-source/1',
    id: 'demo-oprf',
    name: 'Demo',
    publisher: 'Tests',
    scheme: 'xc-oprf-v1',
    kinds: ['pesel'],
    rangeUrl,
    hash: { algorithm: 'oprf', suite: 'ristretto255-SHA512', keyId: 'k-1', publicKey, evaluateUrl },
    buckets: { pesel: { prefixBits: 12, lines: 4 } },
    padded: true,
    breaches: [{ id: 'demo', title: 'Demo', operator: 'Demo', date: '2026', dataClasses: [] }],
    updated: '2026-06-01T00:00:00.000Z',
  };
}

function issuesOf(json: unknown): string {
  try {
    parseSourceDescriptor(json, DESCRIPTOR_URL);
  } catch (error) {
    if (error instanceof SourceDescriptorError) return error.message;
    throw error;
  }
  return '';
}

describe('URL templates: placeholders only in the path or the query', () => {
  it.each([
    'https://{prefix}.evil.example/ranges/{kind}.txt',
    'https://{kind}.evil.example/{prefix}.txt',
    'https://a{prefix}.evil.example/{kind}/x',
    'https://%7Bprefix%7D.evil.example/{kind}/x',
    'https://%7bkind%7d.evil.example/{prefix}',
    'https://r.example/{kind}/x#{prefix}',
  ])('rejects rangeUrl %s', (rangeUrl) => {
    expect(issuesOf(xcJson(rangeUrl))).toMatch(
      /rangeUrl: \{prefix\} and \{kind\} may appear only in the path or the query/,
    );
  });

  it.each(['https://{kind}.evil.example/evaluate', 'https://{prefix}.evil.example/evaluate'])(
    'rejects evaluateUrl %s',
    (evaluateUrl) => {
      expect(issuesOf(oprfJson(evaluateUrl))).toMatch(
        /hash\.evaluateUrl: \{prefix\} and \{kind\} may appear only/,
      );
    },
  );

  it('accepts placeholders in the path and in the query', () => {
    const source = parseSourceDescriptor(xcJson('https://r.example/{kind}/x?p={prefix}'), DESCRIPTOR_URL);
    expect(source.rangeUrl).toBe('https://r.example/{kind}/x?p={prefix}');
  });

  it('the origin a template is checked against is the origin of the URL the request goes to', () => {
    expect(requestOriginOf('https://r.example:8443/{kind}/{prefix}.txt')).toBe('https://r.example:8443');
    expect(requestOriginOf('https://{prefix}.evil.example/{kind}')).toBeUndefined();
  });
});

describe('URL templates: re-checked at request time for descriptors that skipped validation', () => {
  const hostile: SourceDescriptor = {
    ...xcSource('https://x.example'),
    rangeUrl: 'https://{prefix}.evil.example/{kind}.txt',
  };

  it('no range request is built when the prefix would land in the host name', async () => {
    const key = await computeRangeKey(parsed('email', 'a@example.org'), hostile);
    expect(() => rangeRequestFor(key, hostile)).toThrow(/host name|path or the query/);
  });

  it('no OPRF check is prepared when a placeholder sits in a host name', () => {
    const source = parseSourceDescriptor(oprfJson('evaluate'), DESCRIPTOR_URL);
    const bad = { ...source, rangeUrl: 'https://{prefix}.evil.example/{kind}' };
    expect(() => oprfCheckParams(parsed('pesel', '44051401458'), bad)).toThrow(/path or the query/);
    const badEval = {
      ...source,
      hash: { ...source.hash, evaluateUrl: 'https://{kind}.evil.example/e' },
    } as SourceDescriptor;
    expect(() => oprfCheckParams(parsed('pesel', '44051401458'), badEval)).toThrow(/path or the query/);
  });
});
