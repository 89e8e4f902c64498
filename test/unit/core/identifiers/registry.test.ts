import { describe, expect, it } from 'vitest';
import { IDENTIFIER_KINDS, KIND_SPECS } from '../../../../src/core/identifiers/index.ts';
import { SYNTHETIC } from '../../../../src/core/synthetic/index.ts';

describe('identifier registry', () => {
  it('has exactly one spec per kind', () => {
    expect(Object.keys(KIND_SPECS).toSorted()).toEqual([...IDENTIFIER_KINDS].toSorted());
    expect(new Set(IDENTIFIER_KINDS).size).toBe(IDENTIFIER_KINDS.length);
  });

  it.each(IDENTIFIER_KINDS)('%s: spec.kind matches its key and the sizing number is usable', (kind) => {
    const spec = KIND_SPECS[kind];
    expect(spec.kind).toBe(kind);
    expect(spec.label.length).toBeGreaterThan(0);
    expect(Number.isFinite(spec.validSpace)).toBe(true);
    expect(spec.validSpace).toBeGreaterThan(0);
  });

  it.each(IDENTIFIER_KINDS.filter((k) => KIND_SPECS[k].category === 'national-id'))(
    '%s: a national ID names its issuing country',
    (kind) => {
      expect(KIND_SPECS[kind].country).toMatch(/^[A-Z]{2}$/);
    },
  );

  it('classifies the three non-national kinds by their own category', () => {
    expect(KIND_SPECS.email.category).toBe('email');
    expect(KIND_SPECS.phone.category).toBe('phone');
    expect(KIND_SPECS.password.category).toBe('password');
  });

  it('has a synthetic generator for every kind', () => {
    expect(Object.keys(SYNTHETIC).toSorted()).toEqual([...IDENTIFIER_KINDS].toSorted());
  });
});
