import { describe, expect, it } from 'vitest';
import { assert, property, string } from 'fast-check';
import { parseIdentifier } from '../../../../src/core/identifiers/index.ts';
import { describeKindProperties } from './property-suite.ts';

describe('password', () => {
  it.each([' Secret ', 'SECRET', 'secret', 'pa ss\tword', 'ﬁ', 'e\u0301'])(
    'keeps %j exactly as typed',
    (input) => {
      const result = parseIdentifier('password', input);
      expect(result.ok && result.canonical).toBe(input);
    },
  );

  it('rejects only the empty string and over-long input', () => {
    const empty = parseIdentifier('password', '');
    expect(!empty.ok && empty.error.code).toBe('empty');
    expect(parseIdentifier('password', 'x'.repeat(1024)).ok).toBe(true);
    const long = parseIdentifier('password', 'x'.repeat(1025));
    expect(!long.ok && long.error.code).toBe('length');
    expect(parseIdentifier('password', ' ').ok).toBe(true);
  });

  it('masks every password with the same 8 bullets, so length never leaks', () => {
    assert(
      property(string({ minLength: 1, maxLength: 1024, unit: 'grapheme' }), (input) => {
        const result = parseIdentifier('password', input);
        expect(result.ok && result.masked).toBe('••••••••');
      }),
    );
  });

  it('never puts the password into an error message', () => {
    const long = parseIdentifier('password', 'hunter2'.repeat(200));
    expect(!long.ok && long.error.message).not.toContain('hunter2');
  });
});

describeKindProperties('password', {});
