import { describe, expect, it } from 'vitest';
import { CheckFailure } from '../../../../src/core/range/errors.ts';
import { parseHibpSha1Body } from '../../../../src/core/range/parse-hibp-sha1.ts';

const A = '0018A45C4D1DEF81644B54AB7F969B88D65'; // 35 hex characters
const B = '00D4F6E8FA6EECAD2A3AA415EEC418D38EC';
const C = '011053FD0102E94D6AE2F8B83D76FAF94F6';

function counts(body: string): Record<string, number> {
  const bucket = parseHibpSha1Body(body);
  if (bucket.scheme !== 'hibp-sha1') throw new Error('wrong scheme');
  return Object.fromEntries(bucket.counts);
}

function failure(body: string): CheckFailure {
  try {
    parseHibpSha1Body(body);
  } catch (error) {
    if (error instanceof CheckFailure) return error;
    throw error;
  }
  throw new Error('expected the body to be rejected');
}

describe('parseHibpSha1Body: accepted bodies', () => {
  const cases: [string, string, Record<string, number>][] = [
    ['CRLF lines, padding dropped', `${A}:3\r\n${B}:0\r\n${C}:12\r\n`, { [A]: 3, [C]: 12 }],
    ['LF lines without a final line ending', `${A}:3\n${C}:1`, { [A]: 3, [C]: 1 }],
    ['lower-case suffixes (normalised to upper case)', `${A.toLowerCase()}:7\r\n`, { [A]: 7 }],
    ['only padding: a valid bucket with no entries', `${A}:0\r\n${B}:0\r\n`, {}],
    ['unsorted lines (padding is interleaved at random)', `${C}:1\r\n${A}:2\r\n`, { [A]: 2, [C]: 1 }],
    ['a very large count', `${A}:52256179\r\n`, { [A]: 52256179 }],
  ];
  it.each(cases)('%s', (_name, body, expected) => {
    expect(counts(body)).toEqual(expected);
  });
});

describe('parseHibpSha1Body: rejected bodies (malformed)', () => {
  const cases: [string, string, RegExp][] = [
    ['empty body', '', /empty/],
    ['only a line ending', '\r\n', /line 1 is empty/],
    ['an HTML error page', '<!doctype html><html><body>Error</body></html>', /line 1/],
    ['suffix one character short', `${A.slice(1)}:3\r\n`, /line 1/],
    ['suffix one character long', `${A}0:3\r\n`, /line 1/],
    ['non-hex character', `${A.slice(0, -1)}G:3\r\n`, /line 1/],
    ['missing count', `${B}:1\r\n${A}:\r\n`, /line 2/],
    ['negative count', `${A}:-3\r\n`, /line 1/],
    ['fractional count', `${A}:1.5\r\n`, /line 1/],
    ['spaces around the count', `${A}: 3\r\n`, /line 1/],
    ['an extra field', `${A}:3:4\r\n`, /line 1/],
    ['a blank line in the middle', `${A}:3\r\n\r\n${B}:1\r\n`, /line 2 is empty/],
    [
      'a suffix listed twice with real counts',
      `${A}:3\r\n${B}:1\r\n${A.toLowerCase()}:4\r\n`,
      /line 3 repeats/,
    ],
    ['an oversized single line', `${A}:${'9'.repeat(50_000)}\r\n`, /line 1/],
  ];
  it.each(cases)('%s', (_name, body, detail) => {
    const error = failure(body);
    expect(error.code).toBe('malformed');
    expect(error.detail).toMatch(detail);
  });

  it('never quotes the body in its message', () => {
    expect(failure(`${A}:x\r\n`).message).not.toContain(A);
  });
});
