import { describe, expect, it } from 'vitest';
import { IDENTIFIER_KINDS } from '../../../../src/core/identifiers/types.ts';
import {
  GUIDANCE_COUNTRIES,
  GUIDANCE_RULES,
  guidanceCountry,
  guidanceFor,
  type GuidanceCountry,
  type GuidanceFinding,
} from '../../../../src/core/guidance/index.ts';

// Hosts of national authorities and national public services, by country. A step shown for a
// finding of country X may link X's hosts or neutral ones (companies, NGOs, EU bodies), never
// another country's authority: a person in Poland has no use for a US agency's page.
const NATIONAL_HOSTS: Readonly<Record<GuidanceCountry, readonly string[]>> = {
  US: ['gov', 'mil'],
  GB: ['gov.uk', 'nhs.uk', 'police.uk', 'ico.org.uk'],
  PL: ['gov.pl', 'policja.pl', 'cert.pl', 'nask.pl'],
  FR: ['gouv.fr', 'cnil.fr', 'ameli.fr', 'banque-france.fr', 'service-public.fr'],
  NL: [
    'overheid.nl',
    'rijksoverheid.nl',
    'rvig.nl',
    'politie.nl',
    'autoriteitpersoonsgegevens.nl',
    'digid.nl',
    'fraudehelpdesk.nl',
    'ncsc.nl',
  ],
  DK: ['borger.dk', 'cpr.dk', 'sikkerdigital.dk', 'politi.dk', 'datatilsynet.dk', 'mitid.dk', 'skat.dk'],
  DE: ['bund.de', 'polizei.de', 'personalausweisportal.de'],
  SE: ['polisen.se', 'imy.se', 'skatteverket.se', 'transportstyrelsen.se'],
  NO: ['politiet.no', 'datatilsynet.no', 'nettvett.no'],
  FI: ['suomi.fi', 'dvv.fi', 'poliisi.fi', 'tietosuoja.fi', 'kyberturvallisuuskeskus.fi', 'vero.fi'],
  BE: [
    'fgov.be',
    'belgium.be',
    'police.be',
    'safeonweb.be',
    'docstop.be',
    'checkdoc.be',
    'dataprotectionauthority.be',
    'nbb.be',
  ],
  ES: ['gob.es', 'incibe.es', 'policia.es', 'guardiacivil.es', 'aepd.es', 'bde.es', 'dnielectronico.es'],
  IT: ['gov.it', 'interno.it', 'commissariatodips.it', 'garanteprivacy.it', 'bancaditalia.it'],
  EE: ['politsei.ee', 'eesti.ee', 'ria.ee', 'aki.ee', 'id.ee'],
  CZ: ['gov.cz', 'policie.cz', 'mvcr.cz'],
  IE: ['gov.ie', 'garda.ie', 'dataprotection.ie', 'hse.ie', 'centralcreditregister.ie', 'ireland.ie'],
  AT: ['gv.at', 'bundeskriminalamt.at'],
};

/** The country whose authority runs this URL's host, or undefined for a neutral host. */
function hostCountry(url: string): GuidanceCountry | undefined {
  const host = new URL(url).hostname;
  return GUIDANCE_COUNTRIES.find((country) =>
    NATIONAL_HOSTS[country].some((suffix) => host === suffix || host.endsWith(`.${suffix}`)),
  );
}

// Every tag a breach can expose, so every rule that could apply does.
const ALL_CLASSES = [
  'national-id',
  'id-documents',
  'lab-results',
  'email',
  'phone',
  'password',
  'address',
  'payment',
];

function foreignLinks(finding: GuidanceFinding): string[] {
  const country = guidanceCountry(finding);
  return guidanceFor(finding).flatMap((step) =>
    [step.officialUrl, ...step.extraLinks.map((link) => link.url)]
      .filter((url) => {
        const owner = hostCountry(url);
        return owner !== undefined && owner !== country;
      })
      .map((url) => `${step.id} → ${url}`),
  );
}

describe('guidance links stay in the finding’s country', () => {
  it('knows the hosts it is checking against', () => {
    expect(hostCountry('https://www.fcc.gov/consumers')).toBe('US');
    expect(hostCountry('https://www.ncsc.gov.uk/guidance')).toBe('GB');
    expect(hostCountry('https://incydent.cert.pl')).toBe('PL');
    expect(hostCountry('https://www.cybermalveillance.gouv.fr')).toBe('FR');
    expect(hostCountry('https://ssd.eff.org/module/creating-strong-passwords')).toBeUndefined();
    expect(hostCountry('https://www.europol.europa.eu')).toBeUndefined();
  });

  it('sends a Polish PESEL finding to no US or UK agency', () => {
    expect(foreignLinks({ kind: 'pesel', country: 'PL', dataClasses: ALL_CLASSES })).toEqual([]);
  });

  it.each([...GUIDANCE_COUNTRIES, 'JP', undefined])(
    'country %s: no step links another country’s authority',
    (country) => {
      const offenders = IDENTIFIER_KINDS.flatMap((kind) =>
        foreignLinks({ kind, country, dataClasses: ALL_CLASSES }),
      );
      expect(offenders).toEqual([]);
    },
  );

  it('gives generic steps a neutral default link and local links only of their own country', () => {
    for (const rule of GUIDANCE_RULES.filter((r) => r.scope === 'generic')) {
      const defaults = [rule.officialUrl, ...(rule.extraLinks ?? []).map((link) => link.url)];
      for (const url of defaults) expect(hostCountry(url), `${rule.id} → ${url}`).toBeUndefined();
      for (const [country, link] of Object.entries(rule.localLinks ?? {})) {
        const owner = hostCountry(link.url);
        if (owner !== undefined) expect(owner, `${rule.id}[${country}] → ${link.url}`).toBe(country);
      }
    }
  });

  it('uses a country’s own page for a generic step when it has one', () => {
    const us = guidanceFor({ kind: 'phone', country: 'US', dataClasses: ['Phone numbers'] });
    expect(us.find((step) => step.id === 'generic-sim-swap-pin')?.officialUrl).toMatch(
      /^https:\/\/www\.fcc\.gov\//,
    );
    const pl = guidanceFor({ kind: 'phone', country: 'PL', dataClasses: ['Phone numbers'] });
    const phishing = pl.find((step) => step.id === 'generic-expect-phishing');
    expect(phishing?.officialUrl).toBe('https://incydent.cert.pl');
    expect(phishing?.officialLanguages).toContain('pl');
  });
});
