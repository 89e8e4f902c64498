import { describe, expect, it } from 'vitest';
import { KIND_SPECS, parseIdentifier } from '../../../../src/core/identifiers/index.ts';
import { describeKindProperties } from './property-suite.ts';
import { describeVectors, TODAY } from './vector-table.ts';

const KIND = 'es-dni';
const parse = (input: string) => parseIdentifier(KIND, input, { today: TODAY });

describeVectors(
  KIND,
  [
    { input: '48273615L', canonical: '48273615L', country: 'ES', note: 'DNI' },
    { input: '05123987r', canonical: '05123987R', note: 'lower case, leading zero' },
    { input: 'Y-2468013-N', canonical: 'Y2468013N', note: 'NIE Y => 1' },
  ],
  [
    { input: '48273615A', code: 'checksum', note: 'wrong letter' },
    { input: '4827361Y', code: 'length', note: '7 digits without prefix' },
    { input: 'W1234567L', code: 'format', note: 'W is not an NIE prefix' },
  ],
);

describe('es-dni: details', () => {
  it('reads old X + 8-digit NIEs as the same number as X + 7 digits', () => {
    expect(parse('X01234567L')).toMatchObject({ ok: true, canonical: 'X1234567L' });
    expect(parse('X1234567L')).toMatchObject({ ok: true, canonical: 'X1234567L' });
    expect(parse('X11234567L')).toMatchObject({ ok: false, error: { code: 'length' } });
  });

  it('accepts the Z series (Z => 2)', () => {
    expect(parse('z 1234567 r')).toMatchObject({ ok: true, canonical: 'Z1234567R' });
  });

  it('reports a missing control letter as a format error', () => {
    expect(parse('482736155')).toMatchObject({ ok: false, error: { code: 'format' } });
  });

  it('rejects characters outside A–Z and 0–9', () => {
    expect(parse('4827361Ñ5')).toMatchObject({ ok: false, error: { code: 'charset' } });
  });

  it('carries no birth date and masks all but the last two characters', () => {
    const result = parse('48273615L');
    expect(result).toMatchObject({ ok: true, masked: '•••••••5L' });
    expect(result.ok && result.birthDate).toBeUndefined();
  });

  it('recognises DNI and NIE shapes', () => {
    const looksLike = KIND_SPECS[KIND].looksLike;
    for (const s of ['48273615L', 'y-2468013-n', 'X01234567L']) expect(looksLike(s)).toBe(true);
    expect(looksLike('W1234567L')).toBe(false);
  });
});

describeKindProperties(KIND, {
  parseOptions: { today: TODAY },
  separators: [' ', '-', '.'],
  caseInsensitive: true,
  // n mod 23 with 23 prime: a change of 1–9 in any one digit always changes the letter.
  singleSubstitutionDetectedAt: [0, 1, 2, 3, 4, 5, 6, 7],
});
