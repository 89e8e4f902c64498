import { describe, expect, it } from 'vitest';
import { parseIdentifier } from '../../../../src/core/identifiers/index.ts';
import { describeKindProperties } from './property-suite.ts';
import { describeVectors } from './vector-table.ts';

describeVectors(
  'phone',
  [
    { input: '+1 (201) 555-0123', canonical: '+12015550123', country: 'US', note: 'NANP' },
    { input: '+1 416 555 0123', canonical: '+14165550123', country: 'CA', note: 'Canada shares +1' },
    { input: '+44 20 7946 0123', canonical: '+442079460123', country: 'GB', note: 'UK' },
    { input: '0044 20 7946 0123', canonical: '+442079460123', country: 'GB', note: '00 prefix' },
    { input: '+44 (0)20 7946 0123', canonical: '+442079460123', country: 'GB', note: '(0) trunk' },
    { input: '+33 1 99 00 12 34', canonical: '+33199001234', country: 'FR', note: 'France' },
    { input: '+49 30 23125 123', canonical: '+493023125123', country: 'DE', note: 'Germany' },
    { input: '+61 2 5550 1234', canonical: '+61255501234', country: 'AU', note: 'Australia' },
    { input: '+44.20.7946.0123', canonical: '+442079460123', note: 'dots' },
  ],
  [
    { input: '', code: 'empty', note: 'nothing' },
    { input: ' - ', code: 'empty', note: 'only separators' },
    { input: '+44 20 CALL ME', code: 'charset', note: 'letters' },
    { input: '44+2079460123', code: 'format', note: '+ in the middle' },
    { input: '020 7946 0123', code: 'format', note: 'no country code and no default region' },
    { input: '+999 123 4567', code: 'format', note: 'unknown country code' },
    { input: '+44 20 7946', code: 'length', note: 'too short' },
    { input: '+44 20 7946 0123 4567', code: 'length', note: 'too long' },
    { input: '+1 201 555 012', code: 'length', note: 'one digit missing' },
    { input: '+1 (101) 555-0123', code: 'range', note: 'NANP area codes never start with 1' },
    { input: '9'.repeat(300), code: 'length', note: 'far too long' },
  ],
);

describe('phone: details', () => {
  it('reads national numbers with the default region', () => {
    const result = parseIdentifier('phone', '020 7946 0123', { defaultPhoneRegion: 'GB' });
    expect(result.ok && result.canonical).toBe('+442079460123');
    expect(result.ok && result.country).toBe('GB');
  });

  it('accepts a lower-case default region and ignores an unknown one', () => {
    expect(parseIdentifier('phone', '(201) 555-0123', { defaultPhoneRegion: 'us' }).ok).toBe(true);
    const unknown = parseIdentifier('phone', '(201) 555-0123', { defaultPhoneRegion: 'XX' });
    expect(!unknown.ok && unknown.error.code).toBe('format');
  });

  it('still honours an explicit +country code when a default region is set', () => {
    const result = parseIdentifier('phone', '+33 1 99 00 12 34', { defaultPhoneRegion: 'GB' });
    expect(result.ok && result.country).toBe('FR');
  });

  it('masks all but the country code and the last two digits', () => {
    const result = parseIdentifier('phone', '+44 20 7946 0123');
    expect(result.ok && result.masked).toBe('+44 ••••••23');
  });
});

describeKindProperties('phone', { separators: [' ', '-'] });
