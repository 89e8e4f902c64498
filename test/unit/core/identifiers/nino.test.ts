import { describe, expect, it } from 'vitest';
import { parseIdentifier } from '../../../../src/core/identifiers/index.ts';
import { describeKindProperties } from './property-suite.ts';
import { describeVectors } from './vector-table.ts';

describeVectors(
  'nino',
  [
    { input: 'CE 12 34 56 A', canonical: 'CE123456A', country: 'GB', note: 'spaced' },
    { input: 'jh987654c', canonical: 'JH987654C', note: 'lower case' },
    { input: 'PW000123D', canonical: 'PW000123D', note: 'ok' },
  ],
  [
    { input: 'DA123456A', code: 'range', note: 'first letter D' },
    { input: 'AO123456B', code: 'range', note: 'second letter O' },
    { input: 'GB123456A', code: 'range', note: 'prefix GB' },
    { input: 'CE123456E', code: 'format', note: 'suffix must be A-D' },
    { input: 'CE12345A', code: 'length', note: 'only 5 digits' },
  ],
);

describe('nino: details', () => {
  it.each(['CR123456A', 'MW123456A', 'PZ123456B', 'TN123456C'])(
    'rejects the administrative prefix of %s',
    (input) => {
      const result = parseIdentifier('nino', input);
      expect(!result.ok && result.error.code).toBe('range');
    },
  );

  it('asks for the missing suffix letter instead of guessing it', () => {
    const result = parseIdentifier('nino', 'CE 12 34 56');
    expect(!result.ok && result.error.code).toBe('length');
    expect(!result.ok && result.error.message).toMatch(/final letter/);
  });

  it('rejects digits where letters belong', () => {
    const result = parseIdentifier('nino', 'C1123456A');
    expect(!result.ok && result.error.code).toBe('format');
  });

  it('masks all but the last two characters', () => {
    const result = parseIdentifier('nino', 'CE123456A');
    expect(result.ok && result.masked).toBe('•••••••6A');
  });
});

describeKindProperties('nino', { separators: [' '], caseInsensitive: true });
