// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { HIBP_SEARCH_ID } from '../../../../src/background/check/hibp-email-check.ts';
import { createHibpEmailSearch } from '../../../../src/background/hibp/email-search.ts';
import { hibpSite, startHibpStandIn } from '../../../support/hibp-stand-in.ts';
import { createInMemoryBackground } from '../../../support/in-memory-background.ts';
import { SAMPLE } from '../../../support/sample-identifiers.ts';

const KEY = '0123456789abcdef0123456789abcdef';
const breach = {
  id: 'hibp-adobe',
  title: 'Adobe',
  operator: 'adobe.com',
  date: '2013-10-04',
  dataClasses: ['Email addresses'],
};

describe('HIBP email search (optional, with the user’s API key)', () => {
  it('is not used without an API key', async () => {
    const bg = createInMemoryBackground({ grantedOrigins: ['https://haveibeenpwned.com/*'] });
    await expect(bg.client.check({ kind: 'email', input: SAMPLE.email })).resolves.toMatchObject({
      coverage: 'not-checkable',
    });
    expect(bg.hibp.searches).toBe(0);
  });

  it('adds a per-source result for emails when a key is set and the host is allowed', async () => {
    const bg = createInMemoryBackground({ grantedOrigins: ['https://haveibeenpwned.com/*'] });
    await bg.client.settingsUpdate({ patch: { hibpApiKey: KEY } });
    bg.hibp.outcome = { status: 'found', count: 1, breaches: [breach] };
    const report = await bg.client.check({ kind: 'email', input: SAMPLE.email });
    expect(report.results).toEqual([
      {
        source: expect.objectContaining({
          id: HIBP_SEARCH_ID,
          publisher: 'Have I Been Pwned (breach data CC BY 4.0)',
        }),
        outcome: { status: 'found', count: 1, breaches: [breach] },
      },
    ]);
    const { records } = await bg.client.historyList({});
    expect(records[0]?.results).toEqual([
      {
        sourceId: HIBP_SEARCH_ID,
        sourceName: 'Have I Been Pwned (email search)',
        status: 'found',
        breachIds: ['hibp-adobe'],
        count: 1,
      },
    ]);
  });

  it('uses the private range search unless the person chose the plain one', async () => {
    const bg = createInMemoryBackground({ grantedOrigins: ['https://haveibeenpwned.com/*'] });
    await bg.client.settingsUpdate({ patch: { hibpApiKey: KEY } });
    await bg.client.check({ kind: 'email', input: SAMPLE.email });
    await bg.client.settingsUpdate({ patch: { hibpSearchMode: 'plaintext' } });
    await bg.client.check({ kind: 'email', input: SAMPLE.email });
    expect(bg.hibp.modes).toEqual(['range', 'plaintext']);
  });

  it('against a stand-in of HIBP, sends only the 6-hex prefix and shows titles and data classes', async () => {
    const standIn = await startHibpStandIn(hibpSite({ [SAMPLE.email.toLowerCase()]: ['Adobe'] }));
    try {
      let cached: unknown;
      const bg = createInMemoryBackground({
        grantedOrigins: ['https://haveibeenpwned.com/*'],
        overrides: {
          hibpSearch: createHibpEmailSearch({
            fetch: standIn.fetch,
            store: { get: async () => cached, set: async (c) => void (cached = c) },
            now: () => new Date(),
          }),
        },
      });
      await bg.client.settingsUpdate({ patch: { hibpApiKey: KEY } });
      const report = await bg.client.check({ kind: 'email', input: SAMPLE.email });
      expect(report.results[0]?.outcome).toMatchObject({
        status: 'found',
        breaches: [
          { title: 'Adobe', date: '2013-10-04', dataClasses: expect.arrayContaining(['Passwords']) },
        ],
      });
      expect(standIn.site.log.length).toBeGreaterThan(0);
      for (const line of standIn.site.log) {
        expect(line).toMatch(/^GET \/api\/v3\/(breachedaccount\/range\/[0-9A-F]{6}|breaches)$/);
      }
    } finally {
      await standIn.close();
    }
  });

  describe('on Firefox 140+ (the manifest declares the optional data-collection consent)', () => {
    const firefox = {
      content_scripts: [],
      browser_specific_settings: {
        gecko: { data_collection_permissions: { optional: ['personallyIdentifyingInfo'] } },
      },
    };

    it('a refused consent is "couldn\'t check" with its reason, and nothing is sent', async () => {
      const bg = createInMemoryBackground({
        grantedOrigins: ['https://haveibeenpwned.com/*'],
        manifest: firefox,
      });
      await bg.client.settingsUpdate({ patch: { hibpApiKey: KEY } });
      const report = await bg.client.check({ kind: 'email', input: SAMPLE.email });
      expect(report.results[0]?.outcome).toMatchObject({
        status: 'error',
        code: 'consent-missing',
        message: expect.stringContaining('consent'),
      });
      expect(bg.hibp.searches).toBe(0);
    });

    it('searches once the person has consented', async () => {
      const bg = createInMemoryBackground({
        grantedOrigins: ['https://haveibeenpwned.com/*'],
        grantedDataCollection: ['personallyIdentifyingInfo'],
        manifest: firefox,
      });
      await bg.client.settingsUpdate({ patch: { hibpApiKey: KEY } });
      await bg.client.check({ kind: 'email', input: SAMPLE.email });
      expect(bg.hibp.searches).toBe(1);
    });
  });

  it('does not contact HIBP before haveibeenpwned.com is allowed', async () => {
    const bg = createInMemoryBackground();
    await bg.client.settingsUpdate({ patch: { hibpApiKey: KEY } });
    const report = await bg.client.check({ kind: 'email', input: SAMPLE.email });
    expect(report.results[0]?.outcome).toMatchObject({ status: 'error', code: 'permission-missing' });
    expect(bg.hibp.searches).toBe(0);
  });

  it('is never used for other kinds or by monitoring', async () => {
    const bg = createInMemoryBackground({ grantedOrigins: ['https://haveibeenpwned.com/*'] });
    await bg.client.settingsUpdate({ patch: { hibpApiKey: KEY } });
    await bg.client.check({ kind: 'password', input: SAMPLE.password });
    await bg.client.watchlistAdd({ kind: 'password', input: SAMPLE.password, monitorPassword: true });
    await bg.runMonitor();
    expect(bg.hibp.searches).toBe(0);
  });
});
