import { describe, expect, it } from 'vitest';
import { parseIdentifier } from '../../../../src/core/identifiers/index.ts';
import { describeKindProperties } from './property-suite.ts';
import { describeVectors, TODAY } from './vector-table.ts';

describeVectors(
  'pesel',
  [
    { input: '90031512348', canonical: '90031512348', birthDate: '1990-03-15', country: 'PL', note: 'male' },
    { input: '05313004563', canonical: '05313004563', birthDate: '2005-11-30', note: 'month+20' },
    { input: '99923107899', canonical: '99923107899', birthDate: '1899-12-31', note: 'month+80' },
  ],
  [
    { input: '90031512349', code: 'checksum', note: 'wrong check digit' },
    { input: '01222901236', code: 'date', note: '2001-02-29 does not exist' },
    { input: '9003151234', code: 'length', note: '10 digits' },
  ],
);

describe('pesel: details', () => {
  it('masks the birth date and shows only the last two digits', () => {
    const result = parseIdentifier('pesel', '900315 12348', { today: TODAY });
    expect(result.ok && result.masked).toBe('•••••••••48');
  });

  it('rejects a month code outside every century range', () => {
    // Month field 13 (no century offset gives a month 13); check digit recomputed to be correct.
    const result = parseIdentifier('pesel', '90131512341', { today: TODAY });
    expect(!result.ok && result.error.code).toBe('date');
  });

  it('rejects a birth date after today', () => {
    // 2026-07-01 (month 27 = July + 20), correct check digit, but "today" is 2026-06-15.
    const result = parseIdentifier('pesel', '26270112340', { today: TODAY });
    expect(!result.ok && result.error.code).toBe('date');
  });

  it('rejects letters with a charset error', () => {
    const result = parseIdentifier('pesel', '9003151234X', { today: TODAY });
    expect(!result.ok && result.error.code).toBe('charset');
  });
});

describeKindProperties('pesel', {
  parseOptions: { today: TODAY },
  separators: [' ', '-'],
  singleSubstitutionDetectedAt: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
});
