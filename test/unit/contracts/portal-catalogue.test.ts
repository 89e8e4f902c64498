import { describe, expect, it } from 'vitest';
import portalsRaw from '../../../src/contracts/data/health-portals.json';
import incidentsRaw from '../../../src/contracts/incidents/incidents.json';
import { portalCatalogueSchema } from '../../../src/contracts/portal-catalogue.ts';
import { PORTAL_CATALOGUE } from '../../../src/contracts/portal-catalogue-data.ts';
import { warnedDomains } from '../../../src/contracts/portal-lookup.ts';

// The JSON's inferred types are too narrow to plant mistakes in (an empty array is `never[]`).
interface Raw {
  portals: { domain: string }[];
  incidents: {
    portals: { domain: string; role: string }[];
    notice: { url: string };
    dataClasses: string[];
    identifierKinds: string[];
  }[];
}
const raw = { ...portalsRaw, incidents: incidentsRaw.incidents } as unknown as Raw;
const clone = (): Raw => structuredClone(raw);

describe('health-portal catalogue data', () => {
  it('validates against the schema', () => {
    expect(portalCatalogueSchema.safeParse(raw).success).toBe(true);
    expect(PORTAL_CATALOGUE.portals.length).toBeGreaterThan(50);
  });

  it('warns on the seeded breaches the issue names, and stays silent on unverified domains', () => {
    const warned = warnedDomains(PORTAL_CATALOGUE);
    expect(warned).toEqual(expect.arrayContaining(['alablaboratoria.pl', 'bevolkingsonderzoeknederland.nl']));
    // alab.pl and alleslaegehus.dk are plausible but unconfirmed: a wrong domain would accuse a stranger.
    expect(warned).not.toContain('alab.pl');
    expect(warned).not.toContain('alleslaegehus.dk');
    for (const domain of warned) {
      expect(PORTAL_CATALOGUE.portals.find((p) => p.domain === domain)?.domainStatus).not.toBe('unverified');
    }
  });

  it('links ALAB to the PESEL and the Dutch screening service to the BSN', () => {
    const alab = PORTAL_CATALOGUE.incidents.find((i) => i.id === 'alab-2023');
    expect(alab?.identifierKinds).toEqual(['pesel']);
    expect(alab?.notice.official).toBe(true);
    const nmdl = PORTAL_CATALOGUE.incidents.find((i) => i.id === 'clinical-diagnostics-nmdl-2025');
    expect(nmdl?.portals).toContainEqual({ domain: 'bevolkingsonderzoeknederland.nl', role: 'client' });
  });

  it('keeps the publishers’ own wording next to the normalised data classes', () => {
    for (const incident of PORTAL_CATALOGUE.incidents) {
      expect(incident.dataClassesAsReported.length, incident.id).toBeGreaterThan(0);
    }
  });
});

describe('portalCatalogueSchema rejects', () => {
  it('an incident that names an uncatalogued portal', () => {
    const data = clone();
    data.incidents[0]?.portals.push({ domain: 'no-such-portal.example', role: 'operator' });
    const result = portalCatalogueSchema.safeParse(data);
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error?.issues)).toContain('uncatalogued portal no-such-portal.example');
  });

  it('a domain listed twice', () => {
    const data = clone();
    const first = data.portals[0];
    if (first !== undefined) data.portals.push(structuredClone(first));
    expect(portalCatalogueSchema.safeParse(data).success).toBe(false);
  });

  it('a notice that is not https', () => {
    const data = clone();
    const incident = data.incidents[0];
    if (incident !== undefined) incident.notice.url = 'http://example.org/notice';
    expect(portalCatalogueSchema.safeParse(data).success).toBe(false);
  });

  it('an upper-case or malformed domain', () => {
    for (const domain of ['ALAB.pl', 'alab', 'https://alab.pl', 'alab.pl.', '-alab.pl']) {
      const data = clone();
      const portal = data.portals[0];
      if (portal !== undefined) portal.domain = domain;
      expect(portalCatalogueSchema.safeParse(data).success, domain).toBe(false);
    }
  });

  it('a data class outside the vocabulary the banner can translate', () => {
    const data = clone();
    data.incidents[0]?.dataClasses.push('horoscope');
    expect(portalCatalogueSchema.safeParse(data).success).toBe(false);
  });

  it('an identifier kind the engine does not know', () => {
    const data = clone();
    data.incidents[0]?.identifierKinds.push('passport-number');
    expect(portalCatalogueSchema.safeParse(data).success).toBe(false);
  });
});
