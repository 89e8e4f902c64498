import { describe, expect, it } from 'vitest';
import { MAX_RETRY_AFTER_SECONDS, parseRetryAfter } from '../../../../src/core/range/retry-after.ts';

const NOW = Date.parse('2026-11-26T12:00:00Z');

describe('parseRetryAfter', () => {
  it.each([
    ['120', 120],
    [' 0 ', 0],
    ['Thu, 26 Nov 2026 12:01:30 GMT', 90],
    ['Thursday, 26-Nov-26 12:00:10 GMT', 10],
    ['Thu Nov 26 12:00:05 2026', 5],
    ['Thu, 26 Nov 2026 11:00:00 GMT', 0],
    ['99999999', MAX_RETRY_AFTER_SECONDS],
  ])('%j → %i s', (header, seconds) => {
    expect(parseRetryAfter(header, NOW)).toBe(seconds);
  });

  it.each([null, '', 'soon', '-5', '1.5'])('%j → undefined', (header) => {
    expect(parseRetryAfter(header, NOW)).toBeUndefined();
  });
});
