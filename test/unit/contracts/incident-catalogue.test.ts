import { describe, expect, it } from 'vitest';
import { IDENTIFIER_KINDS } from '../../../src/core/identifiers/types.ts';
import { incidentSchema } from '../../../src/contracts/incidents/incident-schema.ts';
import incidentsRaw from '../../../src/contracts/incidents/incidents.json';
import { knownIncidentsForKind } from '../../../src/contracts/incidents/known-incidents.ts';
import { PORTAL_CATALOGUE } from '../../../src/contracts/portal-catalogue-data.ts';

const incidents = PORTAL_CATALOGUE.incidents;

/** Every string value anywhere in a JSON tree that looks like a link. */
function urlsIn(value: unknown): string[] {
  if (typeof value === 'string') return /^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? [value] : [];
  if (Array.isArray(value)) return value.flatMap(urlsIn);
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(urlsIn);
  return [];
}

const byId = (id: string) => incidents.find((i) => i.id === id);

const SEED_BREACHES = [
  'alab-2023',
  'alles-laegehus-2024',
  'clinical-diagnostics-nmdl-2025',
  'synnovis-2024',
  'ch-cannes-2024',
  'dedalus-labs-2021',
  'change-healthcare-2024',
];

describe('incident catalogue data', () => {
  it('holds every seed breach, each with an identifier kind a person can type', () => {
    for (const id of SEED_BREACHES) {
      const incident = incidents.find((i) => i.id === id);
      expect(incident, id).toBeDefined();
      expect(incident?.identifierKinds.length, id).toBeGreaterThan(0);
    }
  });

  it('gives every incident at least one source, and every helpline and lookup its own', () => {
    for (const incident of incidentsRaw.incidents) {
      expect(incident.sources.length, incident.id).toBeGreaterThan(0);
    }
    for (const incident of incidents) {
      for (const line of incident.helplines) expect(line.sourceUrl, incident.id).toMatch(/^https:\/\//);
      if (incident.officialLookup !== undefined)
        expect(incident.officialLookup.sourceUrl, incident.id).toMatch(/^https:\/\//);
    }
  });

  it('names only identifier kinds the engine knows', () => {
    const known = new Set<string>(IDENTIFIER_KINDS);
    for (const incident of incidentsRaw.incidents) {
      for (const kind of incident.identifierKinds)
        expect(known.has(kind), `${incident.id}: ${kind}`).toBe(true);
      const lookup = (incident as { officialLookup?: { kinds: string[] } }).officialLookup;
      for (const kind of lookup?.kinds ?? []) expect(known.has(kind), `${incident.id}: ${kind}`).toBe(true);
    }
  });

  it('links only over https, wherever a link appears', () => {
    const urls = urlsIn(incidentsRaw);
    expect(urls.length).toBeGreaterThan(40);
    for (const url of urls) expect(url, url).toMatch(/^https:\/\//);
  });

  it('carries the official routes the victims of the seed breaches can use', () => {
    expect(byId('alab-2023')?.officialLookup).toMatchObject({
      url: 'https://bezpiecznedane.gov.pl',
      loginRequired: true,
    });
    expect(byId('synnovis-2024')?.helplines.map((h) => h.phone)).toContain('0345 877 8967');
    expect(byId('change-healthcare-2024')?.helplines.map((h) => h.phone)).toContain('1-866-262-5342');
    expect(byId('alles-laegehus-2024')?.helplines.map((h) => h.phone)).toContain('+45 33 98 00 98');
  });

  it('ships no private check that does not exist yet', () => {
    expect(incidents.filter((i) => i.privateCheck !== undefined)).toEqual([]);
  });
});

describe('incidentSchema rejects', () => {
  const alab = incidentsRaw.incidents.find((i) => i.id === 'alab-2023');
  const plant = (change: (copy: Record<string, unknown>) => void) => {
    const copy = structuredClone(alab) as unknown as Record<string, unknown>;
    change(copy);
    return incidentSchema.safeParse(copy).success;
  };

  it('accepts the ALAB entry as it stands', () => {
    expect(plant(() => undefined)).toBe(true);
  });

  it('an incident without a source', () => {
    expect(plant((copy) => (copy.sources = []))).toBe(false);
  });

  it('a kind the engine does not know', () => {
    expect(plant((copy) => (copy.identifierKinds = ['pesel', 'passport-number']))).toBe(false);
  });

  it('a link that is not https', () => {
    expect(plant((copy) => (copy.privateCheck = { sourceUrl: 'http://example.org/source.json' }))).toBe(
      false,
    );
    expect(plant((copy) => (copy.sources = ['http://example.org/notice']))).toBe(false);
    expect(
      plant(
        (copy) =>
          (copy.helplines = [
            { name: 'X', phone: '+48 22 000 00 00', sourceUrl: 'ftp://x.org', verification: 'verified' },
          ]),
      ),
    ).toBe(false);
  });

  it('a helpline with neither a phone nor a site', () => {
    const line = { name: 'X', sourceUrl: 'https://x.org/', verification: 'verified' };
    expect(plant((copy) => (copy.helplines = [line]))).toBe(false);
  });
});

describe('knownIncidentsForKind', () => {
  it('lists the ALAB leak for a PESEL', () => {
    expect(knownIncidentsForKind('pesel', undefined, PORTAL_CATALOGUE).map((i) => i.id)).toContain(
      'alab-2023',
    );
  });

  it('puts the identifier’s own country first, newest first within it', () => {
    const email = knownIncidentsForKind('email', 'DK', PORTAL_CATALOGUE);
    expect(email[0]?.country).toBe('DK');
    const nir = knownIncidentsForKind('nir', 'PL', PORTAL_CATALOGUE);
    expect(nir.every((i) => i.country === 'FR')).toBe(true);
    const dates = nir.map((i) => i.disclosed);
    expect(dates).toEqual(dates.toSorted().toReversed());
  });

  it('finds nothing for a kind no incident exposed', () => {
    expect(knownIncidentsForKind('password', 'PL', PORTAL_CATALOGUE)).toEqual([]);
  });
});
