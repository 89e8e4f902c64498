import { describe, expect, it } from 'vitest';
import type { PortalCatalogue } from '../../../src/contracts/portal-catalogue.ts';
import { PORTAL_CATALOGUE } from '../../../src/contracts/portal-catalogue-data.ts';
import {
  contentScriptMatches,
  hostMatchesDomain,
  portalForHost,
  portalWarningForHost,
} from '../../../src/contracts/portal-lookup.ts';

describe('hostMatchesDomain', () => {
  it.each([
    ['alablaboratoria.pl', true],
    ['www.alablaboratoria.pl', true],
    ['wyniki.online.alablaboratoria.pl', true],
    ['WWW.AlabLaboratoria.PL', true],
    ['alablaboratoria.pl.', true],
    ['evilalablaboratoria.pl', false],
    ['alablaboratoria.pl.evil.com', false],
    ['alablaboratoria.pl-login.com', false],
    ['xalablaboratoria.pl', false],
    ['', false],
  ])('%s → %s', (host, expected) => {
    expect(hostMatchesDomain(host, 'alablaboratoria.pl')).toBe(expected);
  });

  it('does not let evilalab.pl match alab.pl', () => {
    expect(hostMatchesDomain('evilalab.pl', 'alab.pl')).toBe(false);
    expect(hostMatchesDomain('wyniki.alab.pl', 'alab.pl')).toBe(true);
  });
});

describe('portalForHost', () => {
  it('finds the portal for a subdomain', () => {
    expect(portalForHost('www.alablaboratoria.pl', PORTAL_CATALOGUE)?.operator).toContain('ALAB');
  });

  it('prefers the most specific catalogued domain', () => {
    expect(portalForHost('www.kch.nhs.uk', PORTAL_CATALOGUE)?.domain).toBe('kch.nhs.uk');
    expect(portalForHost('www.nhs.uk', PORTAL_CATALOGUE)?.domain).toBe('nhs.uk');
  });

  it('finds nothing for an uncatalogued host', () => {
    expect(portalForHost('example.org', PORTAL_CATALOGUE)).toBeUndefined();
    expect(portalForHost('evilalab.pl', PORTAL_CATALOGUE)).toBeUndefined();
  });
});

describe('portalWarningForHost', () => {
  it('warns on ALAB with the PESEL to check', () => {
    const warning = portalWarningForHost('www.alablaboratoria.pl', PORTAL_CATALOGUE);
    expect(warning?.incidents.map((link) => link.incident.id)).toEqual(['alab-2023']);
    expect(warning?.leakedKinds).toEqual(['pesel']);
  });

  it('lists the newest incident first and national IDs before contact data', () => {
    const warning = portalWarningForHost('cerballiance.fr', PORTAL_CATALOGUE);
    const disclosed = warning?.incidents.map((link) => link.incident.disclosed) ?? [];
    expect(disclosed).toEqual(disclosed.toSorted().toReversed());
    expect(warning?.leakedKinds[0]).toBe('nir');
  });

  it('stays silent on a catalogued portal without incidents', () => {
    expect(portalWarningForHost('www.luxmed.pl', PORTAL_CATALOGUE)).toBeUndefined();
  });

  it('stays silent on an unverified domain, even with a verified incident', () => {
    expect(portalWarningForHost('alab.pl', PORTAL_CATALOGUE)).toBeUndefined();
  });

  it('skips unverified incidents and stays silent when none is left', () => {
    // ameos.eu: the domain is unverified (AMEOS's own site could not be confirmed at that name).
    expect(portalWarningForHost('ameos.eu', PORTAL_CATALOGUE)).toBeUndefined();
    const catalogue: PortalCatalogue = structuredClone(PORTAL_CATALOGUE);
    const alab = catalogue.incidents.find((incident) => incident.id === 'alab-2023');
    if (alab !== undefined) alab.verification = 'unverified';
    expect(portalWarningForHost('alablaboratoria.pl', catalogue)).toBeUndefined();
  });
});

describe('contentScriptMatches', () => {
  it('covers each warned domain and its subdomains over https only', () => {
    const matches = contentScriptMatches(PORTAL_CATALOGUE);
    expect(matches).toContain('https://alablaboratoria.pl/*');
    expect(matches).toContain('https://*.alablaboratoria.pl/*');
    expect(matches.every((pattern) => pattern.startsWith('https://'))).toBe(true);
    expect(matches).not.toContain('<all_urls>');
    expect(matches.some((pattern) => pattern.includes('alab.pl/'))).toBe(false);
  });
});
