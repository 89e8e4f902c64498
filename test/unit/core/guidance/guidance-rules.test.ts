import { describe, expect, it } from 'vitest';
import { KIND_SPECS } from '../../../../src/core/identifiers/index.ts';
import { IDENTIFIER_KINDS } from '../../../../src/core/identifiers/types.ts';
import {
  GUIDANCE_COUNTRIES,
  GUIDANCE_RULES,
  NATIONAL_ID_COUNTRY,
  guidanceFor,
} from '../../../../src/core/guidance/index.ts';

// Meta-tests over the rule data: every rule is sourced and linked, ids are stable and unique,
// and every national ID kind the engine supports gets country-specific guidance.
const NATIONAL_ID_KINDS = IDENTIFIER_KINDS.filter((kind) => KIND_SPECS[kind].category === 'national-id');

function isHttps(url: string): boolean {
  try {
    return new URL(url).protocol === 'https:';
  } catch {
    return false;
  }
}

describe('guidance rules', () => {
  it('has rules', () => {
    expect(GUIDANCE_RULES.length).toBeGreaterThan(60);
  });

  it.each(GUIDANCE_RULES.map((rule) => [rule.id, rule] as const))(
    '%s has https official, extra and source links',
    (_, rule) => {
      expect(isHttps(rule.officialUrl), rule.officialUrl).toBe(true);
      expect(isHttps(rule.sourceUrl) || rule.sourceUrl.startsWith('http://'), rule.sourceUrl).toBe(true);
      for (const link of rule.extraLinks ?? []) expect(isHttps(link.url), link.url).toBe(true);
      for (const link of Object.values(rule.localLinks ?? {})) expect(isHttps(link.url), link.url).toBe(true);
    },
  );

  it('gives per-country links only to generic rules, each with its page languages', () => {
    for (const rule of GUIDANCE_RULES) {
      const local = Object.entries(rule.localLinks ?? {});
      if (rule.scope !== 'generic') expect(local, rule.id).toEqual([]);
      for (const [country, link] of local) {
        expect(GUIDANCE_COUNTRIES, `${rule.id}[${country}]`).toContain(country);
        expect(link.languages.length, `${rule.id}[${country}]`).toBeGreaterThan(0);
        for (const lang of link.languages) expect(lang).toMatch(/^[a-z]{2}$/);
      }
    }
  });

  it('takes every official link over https; sources may be older http pages only where no https copy exists', () => {
    const plainHttpSources = GUIDANCE_RULES.filter((rule) => !isHttps(rule.sourceUrl)).map((rule) => rule.id);
    // wiwo.de's 2016 article is only archived over http; keep the list short and explicit.
    expect(plainHttpSources).toEqual(['de-schufa-data-copy']);
  });

  it('has unique, kebab-case ids that start with their scope', () => {
    const ids = GUIDANCE_RULES.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of GUIDANCE_RULES) {
      expect(rule.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(rule.id.startsWith(`${rule.scope.toLowerCase()}-`), rule.id).toBe(true);
    }
  });

  it('dates every rule and names the official page languages', () => {
    for (const rule of GUIDANCE_RULES) {
      expect(rule.lastChecked, rule.id).toMatch(/^\d{4}-(0[1-9]|1[0-2])$/);
      expect(rule.officialLanguages.length, rule.id).toBeGreaterThan(0);
      for (const lang of rule.officialLanguages) expect(lang).toMatch(/^[a-z]{2}$/);
    }
  });

  it('never restricts a rule to a kind from another country', () => {
    for (const rule of GUIDANCE_RULES) {
      for (const kind of rule.kinds ?? []) {
        const country = NATIONAL_ID_COUNTRY[kind];
        if (country !== undefined) expect(country, `${rule.id} names ${kind}`).toBe(rule.scope);
      }
    }
  });

  it('has a rule file for every guidance country', () => {
    for (const country of GUIDANCE_COUNTRIES) {
      expect(GUIDANCE_RULES.filter((rule) => rule.scope === country).length, country).toBeGreaterThanOrEqual(
        4,
      );
    }
  });

  it('maps every national ID kind to its issuing country, as the identifier registry says', () => {
    expect(Object.keys(NATIONAL_ID_COUNTRY).toSorted()).toEqual([...NATIONAL_ID_KINDS].toSorted());
    for (const kind of NATIONAL_ID_KINDS) {
      const registryCountry = KIND_SPECS[kind].country;
      // The registry is being filled in by the identifier work; compare where it already says.
      if (registryCountry !== undefined) expect(NATIONAL_ID_COUNTRY[kind], kind).toBe(registryCountry);
    }
  });

  it.each(NATIONAL_ID_KINDS)('%s gets guidance from its own country', (kind) => {
    const steps = guidanceFor({ kind, dataClasses: ['name', 'national-id', 'address'] });
    const own = steps.filter((step) => step.scope === NATIONAL_ID_COUNTRY[kind]);
    expect(own.length, kind).toBeGreaterThanOrEqual(2);
    // The first step is always country-specific: the local tool beats generic advice.
    expect(steps[0]?.scope, kind).toBe(NATIONAL_ID_COUNTRY[kind]);
  });
});
