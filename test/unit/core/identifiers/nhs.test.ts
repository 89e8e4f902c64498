import { describe, expect, it } from 'vitest';
import { parseIdentifier } from '../../../../src/core/identifiers/index.ts';
import { describeKindProperties } from './property-suite.ts';
import { describeVectors } from './vector-table.ts';

describeVectors(
  'nhs',
  [
    { input: '999 000 1111', canonical: '9990001111', country: 'GB', note: '3-3-4 spaced' },
    { input: '9997654323', canonical: '9997654323', note: 'ok' },
    { input: '999-246-8017', canonical: '9992468017', note: 'dashed' },
  ],
  [
    { input: '9990001112', code: 'checksum', note: 'wrong check digit' },
    { input: '9991000020', code: 'checksum', note: 'check value 10, never issued' },
    { input: '999765432', code: 'length', note: '9 digits' },
  ],
);

describe('nhs: details', () => {
  it('explains the never-issued case differently from a plain mismatch', () => {
    const never = parseIdentifier('nhs', '9991000020');
    const mismatch = parseIdentifier('nhs', '9990001112');
    expect(!never.ok && !mismatch.ok && never.error.message !== mismatch.error.message).toBe(true);
  });

  it('accepts numbers outside the England/Wales blocks (Scottish CHI layout)', () => {
    // 150390 123 + check: a CHI-style number starting with a birth date.
    expect(parseIdentifier('nhs', '1503901238').ok).toBe(true);
  });
});

describeKindProperties('nhs', {
  separators: [' ', '-'],
  singleSubstitutionDetectedAt: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
});
