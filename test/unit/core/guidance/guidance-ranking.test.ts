import { describe, expect, it } from 'vitest';
import {
  guidanceFor,
  leadingTags,
  otherCheckableKinds,
  type GuidanceStep,
} from '../../../../src/core/guidance/index.ts';

const ids = (steps: GuidanceStep[]) => steps.map((step) => step.id);
const position = (steps: GuidanceStep[], id: string) => {
  const at = ids(steps).indexOf(id);
  if (at < 0) throw new Error(`${id} missing from ${ids(steps).join(', ')}`);
  return at;
};

// The data classes of real incidents (reference/guidance.md), as publishers write them.
const LAB_BREACH = ['name', 'cpr', 'phone', 'email', 'address', 'diagnoses', 'lab-results'];
const ACCOUNT_BREACH = ['Email addresses', 'Passwords', 'Usernames'];

describe('steps ranked by what leaked', () => {
  it('ID-only lab breach: the number’s protection, the scam warning and the official route lead', () => {
    const steps = guidanceFor({ kind: 'cpr', country: 'DK', dataClasses: LAB_BREACH });
    const top = ids(steps).slice(0, 3);
    expect(top[0]).toBe('dk-credit-warning');
    expect(top).toEqual(expect.arrayContaining(['dk-identity-theft-hotline', 'generic-expect-phishing']));
    // Emails leaked too, so two-step verification is offered, but after everything the number needs.
    expect(position(steps, 'generic-two-step')).toBeGreaterThan(position(steps, 'dk-police-report'));
  });

  it('ID-only lab breach in Poland: PESEL reservation first, no two-step verification in the first three', () => {
    const steps = guidanceFor({
      kind: 'pesel',
      country: 'PL',
      dataClasses: ['name', 'pesel', 'email', 'phone', 'address', 'lab-results'],
    });
    expect(steps[0]?.id).toBe('pl-reserve-pesel');
    expect(ids(steps).slice(0, 3)).not.toContain('generic-two-step');
    expect(ids(steps).slice(0, 4)).toContain('generic-expect-phishing');
  });

  it('an SSN in a health breach: freeze first, two-step nowhere near the top', () => {
    const steps = guidanceFor({ kind: 'ssn', dataClasses: ['name', 'ssn', 'email', 'medical-records'] });
    expect(steps[0]?.id).toBe('us-credit-freeze');
    expect(position(steps, 'generic-two-step')).toBeGreaterThan(position(steps, 'us-medical-identity-theft'));
  });

  it('email+password breach: change the password and turn on two-step verification first', () => {
    const steps = guidanceFor({ kind: 'email', country: 'PL', dataClasses: ACCOUNT_BREACH });
    expect(ids(steps).slice(0, 2)).toEqual(['generic-change-password', 'generic-two-step']);
  });

  it('a password from a password list gets the reused-password steps first', () => {
    const steps = guidanceFor({ kind: 'password', dataClasses: ['password'] });
    expect(ids(steps).slice(0, 2)).toEqual(['generic-change-password', 'generic-two-step']);
  });

  it('mixed: an ID number leaked with passwords gets the number’s protection and the password steps first', () => {
    const steps = guidanceFor({ kind: 'pesel', dataClasses: ['pesel', 'email', 'passwords', 'address'] });
    const leading = ids(steps).slice(0, 4);
    expect(leading[0]).toBe('pl-reserve-pesel');
    expect(leading).toEqual(expect.arrayContaining(['generic-change-password', 'generic-two-step']));
    // The complaint to the data-protection authority matters, but never before those.
    expect(position(steps, 'pl-uodo-complaint')).toBeGreaterThan(3);
  });

  it('an email or phone leaked next to an ID number is context, not what leads', () => {
    expect([...leadingTags({ kind: 'cpr', dataClasses: LAB_BREACH })].toSorted()).toEqual([
      'health',
      'national-id',
    ]);
    expect([...leadingTags({ kind: 'email', dataClasses: ACCOUNT_BREACH })].toSorted()).toEqual([
      'email',
      'password',
    ]);
  });
});

describe('other data the person can check', () => {
  it.each<[string, string[], string[]]>([
    ['cpr', LAB_BREACH, ['email', 'phone']],
    ['email', ACCOUNT_BREACH, []],
    ['phone', ['Phone numbers', 'Email addresses'], ['email']],
    ['pesel', ['pesel', 'lab-results'], []],
  ])('%s in a breach of %j: %j', (kind, dataClasses, expected) => {
    expect(otherCheckableKinds(kind as 'cpr', dataClasses)).toEqual(expected);
  });
});
