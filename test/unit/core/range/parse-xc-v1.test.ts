import { describe, expect, it } from 'vitest';
import { CheckFailure } from '../../../../src/core/range/errors.ts';
import { bitmapWidth, parseXcV1Body, type XcV1BodyLayout } from '../../../../src/core/range/parse-xc-v1.ts';

// Four ascending 24-hex suffixes.
const S = [
  '0A1B2C3D4E5F60718293A4B5',
  '3F00000000000000000000AA',
  '8000000000000000000000FF',
  'FFFFFFFFFFFFFFFFFFFFFFF0',
];
const [S0 = '', S1 = '', S2 = '', S3 = ''] = S;
const body = (...lines: string[]): string => lines.map((l) => `${l}\n`).join('');
const five: XcV1BodyLayout = { breachCount: 5, lines: 4 };

function entries(text: string, layout: XcV1BodyLayout): Record<string, readonly number[]> {
  const bucket = parseXcV1Body(text, layout);
  if (bucket.scheme !== 'xc-v1') throw new Error('wrong scheme');
  return Object.fromEntries(bucket.breaches);
}

function failure(text: string, layout: XcV1BodyLayout): CheckFailure {
  try {
    parseXcV1Body(text, layout);
  } catch (error) {
    if (error instanceof CheckFailure) return error;
    throw error;
  }
  throw new Error('expected the body to be rejected');
}

describe('bitmapWidth', () => {
  it.each([
    [1, 1],
    [4, 1],
    [5, 2],
    [8, 2],
    [256, 64],
  ])('%i breaches → %i hex characters', (count, width) => {
    expect(bitmapWidth(count)).toBe(width);
  });
});

describe('parseXcV1Body: accepted bodies', () => {
  const cases: [string, string, XcV1BodyLayout, Record<string, number[]>][] = [
    [
      'padding dropped, bits read big-endian (05 → breaches 0 and 2, 10 → breach 4)',
      body(`${S0}:00`, `${S1}:05`, `${S2}:10`, `${S3}:00`),
      five,
      { [S1]: [0, 2], [S2]: [4] },
    ],
    ['all padding', body(`${S0}:00`, `${S1}:00`, `${S2}:00`, `${S3}:00`), five, {}],
    ['no declared line count', body(`${S1}:1`), { breachCount: 1 }, { [S1]: [0] }],
    [
      'a wide bitmap (9 breaches, 3 characters)',
      body(`${S0}:100`, `${S1}:0FF`),
      { breachCount: 9, lines: 2 },
      { [S0]: [8], [S1]: [0, 1, 2, 3, 4, 5, 6, 7] },
    ],
  ];
  it.each(cases)('%s', (_name, text, layout, expected) => {
    expect(entries(text, layout)).toEqual(expected);
  });
});

describe('parseXcV1Body: rejected bodies (malformed)', () => {
  const ok = [`${S0}:00`, `${S1}:05`, `${S2}:10`, `${S3}:00`] as const;
  const cases: [string, string, XcV1BodyLayout, RegExp][] = [
    ['empty body', '', five, /empty/],
    ['one line fewer than declared', body(ok[0], ok[1], ok[2]), five, /3 lines where the source declares 4/],
    ['one line more than declared', body(...ok, `${'F'.repeat(24)}:00`), five, /5 lines/],
    ['the last line cut off', body(...ok).slice(0, -3), five, /cut off/],
    ['CRLF line endings', body(...ok).replaceAll('\n', '\r\n'), five, /CR/],
    ['a lower-case suffix', body(ok[0], `${S1.toLowerCase()}:05`, ok[2], ok[3]), five, /line 2/],
    ['a lower-case bitmap', body(`${S0}:0a`, ok[1], ok[2], ok[3]), { breachCount: 8, lines: 4 }, /line 1/],
    ['a suffix one character short', body(ok[0], `${S1.slice(1)}:05`, ok[2], ok[3]), five, /line 2/],
    ['a non-hex suffix', body(ok[0], ok[1], `${S2.slice(0, -1)}G:10`, ok[3]), five, /line 3/],
    ['a bitmap one character too wide', body(ok[0], `${S1}:005`, ok[2], ok[3]), five, /line 2/],
    ['a bitmap one character too narrow', body(ok[0], `${S1}:5`, ok[2], ok[3]), five, /line 2/],
    [
      'a bit for a breach that does not exist',
      body(ok[0], `${S1}:20`, ok[2], ok[3]),
      five,
      /breach the source does not list/,
    ],
    ['a duplicate suffix', body(ok[0], ok[1], `${S1}:10`, ok[3]), five, /line 3 repeats/],
    ['unsorted suffixes', body(ok[0], ok[2], ok[1], ok[3]), five, /line 3 is out of order/],
    ['a blank line', `${ok[0]}\n\n${ok[1]}\n${ok[2]}\n`, { breachCount: 5 }, /line 2 is empty/],
    ['an HTML page', '<html><body>Not found</body></html>\n', { breachCount: 5 }, /line 1/],
  ];
  it.each(cases)('%s', (_name, text, layout, detail) => {
    const error = failure(text, layout);
    expect(error.code).toBe('malformed');
    expect(error.detail).toMatch(detail);
  });
});
