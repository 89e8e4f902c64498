import { describe, expect, it } from 'vitest';
import { parseIdentifier } from '../../../../src/core/identifiers/index.ts';
import { describeKindProperties } from './property-suite.ts';
import { describeVectors } from './vector-table.ts';

describeVectors(
  'ssn',
  [
    { input: '372-48-1950', canonical: '372481950', country: 'US', note: 'ok' },
    { input: '665 12 3456', canonical: '665123456', note: 'area 665 allowed' },
    { input: '899011234', canonical: '899011234', note: 'area 899 highest allowed' },
  ],
  [
    { input: '000-12-3456', code: 'range', note: 'area 000' },
    { input: '666-12-3456', code: 'range', note: 'area 666' },
    { input: '912-34-5678', code: 'range', note: 'area 9xx' },
    { input: '212-00-1234', code: 'range', note: 'group 00' },
    { input: '212-34-0000', code: 'range', note: 'serial 0000' },
    { input: '21234567', code: 'length', note: '8 digits' },
  ],
);

describe('ssn: details', () => {
  it.each(['078-05-1120', '219-09-9999'])('rejects the specimen number %s', (input) => {
    const result = parseIdentifier('ssn', input);
    expect(!result.ok && result.error.code).toBe('range');
  });

  it.each(['536-22-1234', '536 22 1234', '536.22.1234', '536221234', ' 536-22-1234 '])(
    'accepts %s: digits only or grouped 3-2-4',
    (input) => {
      expect(parseIdentifier('ssn', input)).toMatchObject({ ok: true, canonical: '536221234' });
    },
  );

  it.each(['601 234 567', '5362-21-234', '53 62 21 234'])(
    'refuses %s: grouped otherwise, it is written the way phone numbers are',
    (input) => {
      expect(parseIdentifier('ssn', input)).toMatchObject({ ok: false, error: { code: 'format' } });
    },
  );

  it('accepts areas above the old highest-group tables (randomised since 2011)', () => {
    expect(parseIdentifier('ssn', '773-01-0001').ok).toBe(true);
  });
});

// Separators only between the groups AAA-GG-SSSS (see 'ssn: details'), so not at random places.
describeKindProperties('ssn', {});
