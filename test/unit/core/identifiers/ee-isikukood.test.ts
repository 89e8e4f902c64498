import { describe, expect, it } from 'vitest';
import { KIND_SPECS, parseIdentifier } from '../../../../src/core/identifiers/index.ts';
import { describeKindProperties } from './property-suite.ts';
import { describeVectors, TODAY } from './vector-table.ts';

const KIND = 'ee-isikukood';
const parse = (input: string) => parseIdentifier(KIND, input, { today: TODAY });

describeVectors(
  KIND,
  [
    {
      input: '39003151237',
      canonical: '39003151237',
      birthDate: '1990-03-15',
      country: 'EE',
      note: 'male 1900s',
    },
    { input: '60512012341', canonical: '60512012341', birthDate: '2005-12-01', note: 'female 2000s' },
    { input: '47707040075', canonical: '47707040075', birthDate: '1977-07-04', note: 'second weight set' },
  ],
  [
    { input: '39003151238', code: 'checksum', note: 'wrong check digit' },
    { input: '39002301231', code: 'date', note: '1990-02-30 does not exist' },
    { input: '99003151232', code: 'range', note: 'first digit 9 undefined' },
    { input: '3900315123', code: 'length', note: '10 digits' },
  ],
);

describe('ee-isikukood: details', () => {
  it('reads the century from the first digit', () => {
    expect(parse('19903151237')).toMatchObject({ ok: true, birthDate: '1899-03-15' });
    expect(parse('60002291230')).toMatchObject({ ok: true, birthDate: '2000-02-29' });
    expect(parse('40002291238')).toMatchObject({ ok: false, error: { code: 'date' } }); // 1900-02-29
  });

  it('uses 0 when both weight sets leave remainder 10', () => {
    expect(parse('39003150600')).toMatchObject({ ok: true, birthDate: '1990-03-15' });
    expect(parse('39003150601')).toMatchObject({ ok: false, error: { code: 'checksum' } });
  });

  it('rejects first digit 0 and birth dates after today', () => {
    expect(parse('09003151234')).toMatchObject({ ok: false, error: { code: 'range' } });
    expect(parse('52607011234')).toMatchObject({ ok: false, error: { code: 'date' } });
    expect(parse('70101011237')).toMatchObject({ ok: false, error: { code: 'date' } });
  });

  it('masks all but the last two digits', () => {
    expect(parse('39003151237')).toMatchObject({ ok: true, masked: '•••••••••37' });
  });

  it('recognises 11-digit shapes with a valid first digit', () => {
    expect(KIND_SPECS[KIND].looksLike('39003151237')).toBe(true);
    expect(KIND_SPECS[KIND].looksLike('99003151237')).toBe(false);
  });
});

describeKindProperties(KIND, {
  parseOptions: { today: TODAY },
  separators: [' '],
  // A changed digit can push the first remainder to 10, and the second weight set may then happen
  // to give the old check digit; only a changed check digit itself is always caught.
  singleSubstitutionDetectedAt: [10],
});
