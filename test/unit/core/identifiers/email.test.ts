import { describe, expect, it } from 'vitest';
import { parseIdentifier } from '../../../../src/core/identifiers/index.ts';
import { describeKindProperties } from './property-suite.ts';
import { describeVectors } from './vector-table.ts';

describeVectors(
  'email',
  [
    { input: 'jane@example.org', canonical: 'jane@example.org', note: 'plain' },
    {
      input: '  Jane.Doe+News@Example.ORG ',
      canonical: 'jane.doe+news@example.org',
      note: 'trimmed, lowered',
    },
    {
      input: 'o’brien@mail.example.co.uk'.replace('’', "'"),
      canonical: "o'brien@mail.example.co.uk",
      note: 'apostrophe',
    },
    { input: 'zoë@exämple.test', canonical: 'zoë@exämple.test', note: 'internationalised' },
    { input: 'a@b.co', canonical: 'a@b.co', note: 'shortest sensible' },
  ],
  [
    { input: '', code: 'empty', note: 'nothing' },
    { input: '   ', code: 'empty', note: 'only spaces' },
    { input: 'jane.example.org', code: 'format', note: 'no @' },
    { input: 'jane@doe@example.org', code: 'format', note: 'two @' },
    { input: '@example.org', code: 'format', note: 'empty local part' },
    { input: 'jane@', code: 'format', note: 'empty domain' },
    { input: 'jane@localhost', code: 'format', note: 'domain without dot' },
    { input: 'jane@example..org', code: 'format', note: 'empty label' },
    { input: 'jane@-example.org', code: 'format', note: 'label starts with hyphen' },
    { input: 'jane@example.123', code: 'format', note: 'numeric top-level domain' },
    { input: '.jane@example.org', code: 'format', note: 'leading dot' },
    { input: 'ja..ne@example.org', code: 'format', note: 'double dot' },
    { input: 'ja ne@example.org', code: 'charset', note: 'inner space' },
    { input: 'ja(ne)@example.org', code: 'charset', note: 'parentheses' },
    { input: 'jane@exa_mple.org', code: 'charset', note: 'underscore in domain' },
    { input: `${'j'.repeat(65)}@example.org`, code: 'length', note: 'local part > 64' },
    { input: `jane@${'e'.repeat(64)}.org`, code: 'length', note: 'label > 63' },
    { input: `jane@${'abcdefghi.'.repeat(25)}org`, code: 'length', note: 'address > 254' },
    { input: `${'x'.repeat(300)}@example.org`, code: 'length', note: 'far too long' },
  ],
);

describe('email: details', () => {
  it.each([
    ['jane@example.org', 'j•••@e•••.org'],
    ['Zoë.Doe@Mail.Example.co.uk', 'z•••@m•••.uk'],
    ['a@b.co', 'a•••@b•••.co'],
  ])('masks %s as %s', (input, masked) => {
    const result = parseIdentifier('email', input);
    expect(result.ok && result.masked).toBe(masked);
  });

  it('composes decomposed accents so both spellings hash the same', () => {
    const composed = parseIdentifier('email', 'zo\u00eb@example.org');
    const decomposed = parseIdentifier('email', 'zoe\u0308@example.org');
    expect(composed.ok && decomposed.ok && composed.canonical === decomposed.canonical).toBe(true);
  });
});

describeKindProperties('email', { caseInsensitive: true });
