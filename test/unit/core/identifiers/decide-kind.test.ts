import { describe, expect, it } from 'vitest';
import {
  decideKind,
  IDENTIFIER_KINDS,
  KIND_SPECS,
  parseIdentifier,
  type DecideOptions,
  type IdentifierKind,
} from '../../../../src/core/identifiers/index.ts';
import { SYNTHETIC, seededRandom } from '../../../../src/core/synthetic/index.ts';
import { TODAY } from './vector-table.ts';

const PER_KIND = 500;
const CHECKABLE = IDENTIFIER_KINDS.filter((kind) => kind !== 'password');

/** Kinds the input is valid as, the way the check would read it (phones only when written as such). */
function validKinds(input: string, options: DecideOptions): IdentifierKind[] {
  return CHECKABLE.filter((kind) => parseIdentifier(kind, input, options).ok);
}

function samples(kind: IdentifierKind): string[] {
  const random = seededRandom(kind.length * 7919 + kind.charCodeAt(0));
  return Array.from({ length: PER_KIND }, () => SYNTHETIC[kind](random));
}

describe('decideKind over every kind’s synthetic generator', () => {
  it.each(CHECKABLE)('%s, no countries: never one kind of several without the person choosing', (kind) => {
    let asked = 0;
    for (const input of samples(kind)) {
      const decision = decideKind(input, { today: TODAY });
      const valid = validKinds(input, { today: TODAY });
      if (decision.status === 'decided') {
        expect(valid, input).toEqual([decision.kind]);
      } else {
        expect(decision.status, input).toBe('ambiguous');
        if (decision.status === 'ambiguous') expect(decision.candidates).toContain(kind);
        asked++;
      }
    }
    // Kinds with their own shape are never asked about; the counter keeps the test honest about it.
    if (['email', 'phone', 'nino', 'es-dni', 'it-codice-fiscale', 'ie-ppsn', 'nir'].includes(kind))
      expect(asked).toBe(0);
  });

  it.each(CHECKABLE.filter((kind) => KIND_SPECS[kind].country !== undefined))(
    '%s with its country set (and so its phone region): decided right every time',
    (kind) => {
      const country = KIND_SPECS[kind].country as string;
      for (const input of samples(kind)) {
        const decision = decideKind(input, {
          today: TODAY,
          countries: [country],
          defaultPhoneRegion: country,
        });
        expect(decision, input).toMatchObject({ status: 'decided', kind });
      }
    },
  );
});

describe('decideKind: the examples that were guessed wrong', () => {
  it.each<[string, string, IdentifierKind[]]>([
    ['a Danish CPR', '0707614285', ['cpr', 'se-personnummer']],
    ['a US SSN', '536-22-1234', ['ssn', 'cz-rodne-cislo']],
  ])('%s with no countries is asked about: %s', (_what, input, candidates) => {
    const decision = decideKind(input, { today: TODAY });
    expect(decision.status).toBe('ambiguous');
    if (decision.status === 'ambiguous')
      expect(decision.candidates.toSorted()).toEqual(candidates.toSorted());
  });

  it.each<[string, string, DecideOptions, IdentifierKind]>([
    ['CPR, Danish person', '0707614285', { countries: ['DK'] }, 'cpr'],
    ['SSN, American person', '536-22-1234', { countries: ['US'] }, 'ssn'],
    ['a preferred kind decides too', '536-22-1234', { preferredKinds: ['ssn'] }, 'ssn'],
    ['Polish mobile, Polish person', '601 234 567', { countries: ['PL'], defaultPhoneRegion: 'PL' }, 'phone'],
    ['Polish mobile, phone region only', '601 234 567', { defaultPhoneRegion: 'PL' }, 'phone'],
    [
      'UK landline, British person',
      '0161 496 0572',
      { countries: ['GB'], defaultPhoneRegion: 'GB' },
      'phone',
    ],
  ])('%s: %j → %s', (_what, input, options, kind) => {
    expect(decideKind(input, { today: TODAY, ...options })).toMatchObject({ status: 'decided', kind });
  });

  it.each<[DecideOptions, IdentifierKind | undefined]>([
    [{}, undefined],
    [{ countries: ['US'] }, 'ssn'],
    [{ countries: ['NL'] }, 'bsn'],
    [{ preferredKinds: ['ssn'] }, 'ssn'],
    // A phone region makes any digits phone-shaped; the person's own ID kind still explains it better.
    [{ countries: ['DK', 'US'], defaultPhoneRegion: 'DK' }, 'ssn'],
  ])('the SSN wallet specimen (valid as nothing) with %j explains itself as %s', (options, likely) => {
    const decision = decideKind('078-05-1120', { today: TODAY, ...options });
    expect(decision).toMatchObject({ status: 'none', likely });
    if (decision.status === 'none') expect(decision.shapes).toEqual(expect.arrayContaining(['bsn', 'ssn']));
  });

  it('a Polish mobile written 3-3-3 is never an SSN, with or without a country', () => {
    expect(decideKind('601 234 567', { today: TODAY })).toMatchObject({ status: 'none' });
    expect(decideKind('601 234 567', { today: TODAY, countries: ['PL'], defaultPhoneRegion: 'PL' })).toEqual({
      status: 'decided',
      kind: 'phone',
      candidates: ['phone'],
    });
  });

  it('a structure-only match never beats a kind of the person’s country', () => {
    // Valid as a Czech birth number and, by structure alone, as an SSN.
    expect(decideKind('536-22-1234', { today: TODAY, countries: ['CZ'] })).toMatchObject({
      status: 'decided',
      kind: 'cz-rodne-cislo',
    });
  });

  it('ten bare digits are not a British phone just because the library could read them so', () => {
    expect(
      decideKind('2101661500', { today: TODAY, countries: ['GB'], defaultPhoneRegion: 'GB' }),
    ).toMatchObject({
      status: 'decided',
      kind: 'nhs',
    });
  });

  it('an invalid input names the kind whose shape it has, never password', () => {
    expect(
      decideKind('07700 900123', { today: TODAY, countries: ['GB'], defaultPhoneRegion: 'GB' }),
    ).toMatchObject({ status: 'none', likely: 'phone' });
    expect(decideKind('correct horse battery staple', { today: TODAY })).toEqual({
      status: 'none',
      likely: undefined,
      shapes: [],
    });
    expect(decideKind('p@ss', { today: TODAY })).toMatchObject({ status: 'none' });
  });
});
