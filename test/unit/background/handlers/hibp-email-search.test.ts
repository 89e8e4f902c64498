import { describe, expect, it } from 'vitest';
import { HIBP_SEARCH_ID } from '../../../../src/background/check/hibp-email-check.ts';
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
        source: expect.objectContaining({ id: HIBP_SEARCH_ID, publisher: 'Have I Been Pwned' }),
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
