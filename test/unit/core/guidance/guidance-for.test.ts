import { describe, expect, it } from 'vitest';
import { URGENCIES, guidanceFor, type GuidanceStep } from '../../../../src/core/guidance/index.ts';

const ids = (steps: GuidanceStep[]) => steps.map((step) => step.id);

function expectMostUrgentFirst(steps: GuidanceStep[]): void {
  const ranks = steps.map((step) => URGENCIES.indexOf(step.urgency));
  expect(ranks).toEqual(ranks.toSorted((a, b) => a - b));
}

describe('guidanceFor on real findings', () => {
  it('ALAB: a PESEL with lab results leaked puts "reserve PESEL" first', () => {
    const steps = guidanceFor({
      kind: 'pesel',
      country: 'PL',
      dataClasses: ['name', 'national-id', 'date-of-birth', 'address', 'lab-results'],
    });
    expect(steps[0]?.id).toBe('pl-reserve-pesel');
    expect(steps[0]?.urgency).toBe('now');
    expect(ids(steps)).toEqual(
      expect.arrayContaining([
        'pl-check-bezpiecznedane',
        'pl-bik-alerts',
        'pl-uodo-complaint',
        'pl-patient-ombudsman',
      ]),
    );
    // No ID document leaked, so no document steps.
    expect(ids(steps)).not.toContain('pl-reserve-id-document');
    expectMostUrgentFirst(steps);
  });

  it('follows the issuing country of a national ID, not the country the person lives in', () => {
    const steps = guidanceFor({ kind: 'pesel', country: 'DK', dataClasses: ['national-id'] });
    expect(steps.every((step) => step.scope === 'PL' || step.scope === 'generic')).toBe(true);
  });

  it('adds document steps when ID documents leaked', () => {
    const steps = guidanceFor({ kind: 'pesel', dataClasses: ['national-id', 'id-documents'] });
    expect(ids(steps).slice(0, 2)).toEqual(['pl-reserve-pesel', 'pl-reserve-id-document']);
  });

  it('Change Healthcare: an SSN gets the credit freeze first, then alert and IRS IP PIN', () => {
    const steps = guidanceFor({
      kind: 'ssn',
      dataClasses: ['name', 'address', 'dob', 'ssn', 'health-insurance'],
    });
    expect(steps[0]?.id).toBe('us-credit-freeze');
    expect(steps[0]?.extraLinks.map((link) => link.name)).toEqual(['Equifax', 'Experian', 'TransUnion']);
    expect(ids(steps)).toEqual(
      expect.arrayContaining(['us-fraud-alert', 'us-irs-ip-pin', 'us-identitytheft-gov']),
    );
    expectMostUrgentFirst(steps);
  });

  it('Synnovis: an NHS number warns about scams and does not sell Cifas for it', () => {
    const steps = guidanceFor({
      kind: 'nhs',
      dataClasses: ['name', 'dob', 'nhs-number', 'test-descriptions'],
    });
    expect(steps[0]?.id).toBe('gb-nhs-scam-alert');
    expect(ids(steps)).not.toContain('gb-cifas-protective-registration');
    expect(ids(steps)).not.toContain('gb-hmrc-nino');
  });

  it('a National Insurance number gets Cifas and the HMRC check', () => {
    const steps = guidanceFor({ kind: 'nino', dataClasses: ['name', 'national insurance number'] });
    expect(ids(steps)).toEqual(expect.arrayContaining(['gb-cifas-protective-registration', 'gb-hmrc-nino']));
    expect(ids(steps)).not.toContain('gb-nhs-scam-alert');
  });

  it('NMDL: a BSN leads to the CMI and not to replacing documents that did not leak', () => {
    const steps = guidanceFor({ kind: 'bsn', dataClasses: ['name', 'address', 'bsn', 'lab-results'] });
    expect(steps[0]?.id).toBe('nl-contact-cmi');
    expect(ids(steps)).not.toContain('nl-replace-id-document');
  });

  it('Alles Lægehus: a CPR number gets the credit warning first', () => {
    const steps = guidanceFor({ kind: 'cpr', dataClasses: ['name', 'cpr', 'phone', 'email', 'diagnoses'] });
    expect(steps[0]?.id).toBe('dk-credit-warning');
    expect(ids(steps)).toContain('generic-expect-phishing');
  });

  it('a leaked password: change it everywhere, then two-step, then the mailbox', () => {
    const steps = guidanceFor({ kind: 'password', dataClasses: ['Passwords'] });
    expect(ids(steps).slice(0, 2)).toEqual(['generic-change-password', 'generic-two-step']);
    expect(ids(steps)).toContain('generic-mailbox-sessions');
  });

  it('a password from a cracked-password list gets no breach-notice or complaint steps', () => {
    const steps = guidanceFor({ kind: 'password', country: 'PL', dataClasses: [] });
    expect(ids(steps)).not.toContain('generic-keep-notice');
    expect(ids(steps)).not.toContain('pl-uodo-complaint');
    expect(ids(steps)).toContain('pl-report-cert');
  });

  it('a leaked phone number in Poland: SIM-swap PIN, CERT Polska, no PESEL reservation', () => {
    const steps = guidanceFor({ kind: 'phone', country: 'pl', dataClasses: ['Phone numbers', 'Names'] });
    expect(ids(steps)).toEqual(expect.arrayContaining(['generic-sim-swap-pin', 'pl-report-cert']));
    expect(ids(steps)).not.toContain('pl-reserve-pesel');
  });

  it('an email finding from a country without rules gets generic steps only', () => {
    const steps = guidanceFor({ kind: 'email', country: 'JP', dataClasses: ['Email addresses'] });
    expect(steps.length).toBeGreaterThan(0);
    expect(steps.every((step) => step.scope === 'generic')).toBe(true);
  });

  it('puts a country step before a generic one of the same urgency', () => {
    // Email only: a phone leaked alongside would rank its steps after the email's (see guidance-ranking).
    const steps = guidanceFor({ kind: 'email', country: 'FR', dataClasses: ['Email addresses'] });
    const soon = steps.filter((step) => step.urgency === 'soon');
    const firstGeneric = soon.findIndex((step) => step.scope === 'generic');
    const lastCountry = soon.findLastIndex((step) => step.scope === 'FR');
    expect(lastCountry).toBeGreaterThanOrEqual(0);
    expect(lastCountry).toBeLessThan(firstGeneric);
  });

  it('gives every step resolved message keys, shared where the rule says so', () => {
    const steps = guidanceFor({ kind: 'pesel', dataClasses: ['national-id', 'payment'] });
    const police = steps.find((step) => step.id === 'pl-police-report');
    expect(police?.messages).toEqual({
      title: 'guidance_pl_police_report_title',
      why: 'guidance_why_police_report',
      cost: 'guidance_cost_free',
      lasts: 'guidance_lasts_one_off',
    });
    expect(steps.find((step) => step.id === 'pl-reserve-pesel')?.messages.lasts).toBe(
      'guidance_pl_reserve_pesel_lasts',
    );
  });
});
