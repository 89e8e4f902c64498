import { describe, expect, it } from 'vitest';
import { CheckFailure } from '../../../../src/core/range/errors.ts';
import { parseOprfBucket } from '../../../../src/core/oprf/index.ts';

const shape = { lines: 3, bitmapHexLength: 2 };
const tag = (c: string) => c.repeat(24);
const good = `${tag('1')}:0A\n${tag('5')}:FF\n${tag('C')}:00\n`;

function failure(body: string): CheckFailure {
  try {
    parseOprfBucket(body, shape);
  } catch (error) {
    if (error instanceof CheckFailure) return error;
    throw error;
  }
  throw new Error('expected the bucket to be rejected');
}

describe('parseOprfBucket', () => {
  it('maps tags to sealed bitmaps, keeping every line (padding looks like data)', () => {
    const bucket = parseOprfBucket(good, shape);
    expect([...bucket.entries()]).toEqual([
      [tag('1'), '0A'],
      [tag('5'), 'FF'],
      [tag('C'), '00'],
    ]);
  });

  it.each([
    ['empty', ''],
    ['cut off', good.slice(0, -1)],
    ['short', `${tag('1')}:0A\n${tag('5')}:FF\n`],
    ['long', `${good}${tag('D')}:00\n`],
    ['unsorted', `${tag('5')}:0A\n${tag('1')}:FF\n${tag('C')}:00\n`],
    ['duplicated', `${tag('1')}:0A\n${tag('1')}:FF\n${tag('C')}:00\n`],
    ['lower-case', good.toLowerCase()],
    ['CRLF', good.replaceAll('\n', '\r\n')],
    ['wide bitmap', good.replace(':0A', ':0A0')],
    ['short tag', good.slice(1)],
    ['HTML', '<html><body>Not found</body></html>\n'],
  ])('rejects a %s bucket as malformed', (_label, body) => {
    expect(failure(body).code).toBe('malformed');
  });
});
