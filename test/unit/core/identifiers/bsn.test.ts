import { describe, expect, it } from 'vitest';
import { parseIdentifier } from '../../../../src/core/identifiers/index.ts';
import { describeKindProperties } from './property-suite.ts';
import { describeVectors } from './vector-table.ts';

describeVectors(
  'bsn',
  [
    { input: '999990019', canonical: '999990019', country: 'NL', note: '11-proef ok' },
    { input: '1234.87.651', canonical: '123487651', note: 'dotted 4.2.3' },
    { input: '12345672', canonical: '012345672', note: '8 digits, leading zero restored' },
  ],
  [
    { input: '999990010', code: 'checksum', note: 'fails 11-proef' },
    { input: '000000000', code: 'range', note: 'all zeros' },
    { input: '1234567890', code: 'length', note: '10 digits' },
  ],
);

describe('bsn: details', () => {
  it('treats the 8- and 9-digit forms of one number as the same canonical string', () => {
    const short = parseIdentifier('bsn', '12345672');
    const long = parseIdentifier('bsn', '0123 45 672');
    expect(short.ok && long.ok && short.canonical === long.canonical).toBe(true);
  });

  it('uses −1 for the last digit, unlike the bank-account 11-test', () => {
    // 123456782 passes the BSN test (sum 154 = 14×11); with +1 as last weight it would not.
    expect(parseIdentifier('bsn', '123456782').ok).toBe(true);
  });

  it('rejects 7 digits', () => {
    const result = parseIdentifier('bsn', '1234567');
    expect(!result.ok && result.error.code).toBe('length');
  });
});

describeKindProperties('bsn', {
  separators: [' ', '.', '-'],
  singleSubstitutionDetectedAt: [0, 1, 2, 3, 4, 5, 6, 7, 8],
});
