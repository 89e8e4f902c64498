import { describe, expect, it } from 'vitest';
import { exposureTags } from '../../../../src/core/guidance/index.ts';

const tags = (kind: Parameters<typeof exposureTags>[0], classes: string[]) =>
  [...exposureTags(kind, classes)].toSorted();

describe('exposureTags', () => {
  it('counts a national ID finding as a national ID exposure whatever the breach lists', () => {
    expect(tags('pesel', [])).toEqual(['national-id']);
  });

  it('treats an NHS number as health data, not as a credit key', () => {
    expect(tags('nhs', ['name', 'nhs-number'])).toEqual(['health']);
  });

  it('reads HIBP-style and catalogue-style data classes', () => {
    expect(tags('email', ['Email addresses', 'Passwords', 'Phone numbers'])).toEqual([
      'email',
      'password',
      'phone',
    ]);
    expect(tags('email', ['lab-results', 'id-documents', 'Physical addresses'])).toEqual([
      'address',
      'email',
      'health',
      'id-document',
    ]);
    expect(tags('phone', ['payment', 'Credit cards'])).toEqual(['bank', 'phone']);
  });

  it('does not mistake email or IP addresses for a home address', () => {
    expect(tags('email', ['Email addresses', 'IP addresses'])).toEqual(['email']);
  });

  it('ignores data classes it does not know', () => {
    expect(tags('password', ['Genders', 'Usernames', 'Job titles'])).toEqual(['password']);
  });
});
