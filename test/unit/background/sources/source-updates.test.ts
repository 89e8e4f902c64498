// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { SOURCE_REFRESH_MAX_AGE_MS } from '../../../../src/background/sources/refresh-sources.ts';
import { demoSourceJson } from '../../../support/demo-source.ts';
import { SAMPLE } from '../../../support/sample-identifiers.ts';
import { backgroundWithPublisher } from '../support/publisher-background.ts';

const NEW_BREACH = {
  id: 'demo-clinic-2026',
  title: 'Demo clinic',
  operator: 'Demo Clinic',
  date: '2026-09-01',
  dataClasses: ['national-id', 'name'],
};
const base = demoSourceJson();
const breaches = base['breaches'] as object[];
/** The update docs/publishing.md asks for: same salt and prefixes, a new breach after the old ones. */
const appended = (extra: Record<string, unknown> = {}) =>
  demoSourceJson({ breaches: [...breaches, NEW_BREACH], updated: '2026-12-01T00:00:00.000Z', ...extra });

const lines = (n: number) => ({
  buckets: { pesel: { prefixBits: 12, lines: n }, email: { prefixBits: 16 } },
});

async function watchingClean() {
  const bg = await backgroundWithPublisher();
  await bg.client.watchlistAdd({ kind: 'pesel', input: SAMPLE.pesel });
  return bg;
}

describe('publisher updates of a saved source', () => {
  it('a monitoring run reads source.json again and announces a finding in an appended breach', async () => {
    const bg = await watchingClean();
    bg.republish(appended());
    bg.publisher.list('pesel', SAMPLE.pesel, ['demo-clinic-2026']);
    bg.clock.advance(60_000);
    expect(await bg.runMonitor()).toMatchObject({ newFindings: 1, failedChecks: 0 });
    expect(bg.browser.notifications).toHaveLength(1);
    const [entry] = (await bg.client.watchlistList()).entries;
    expect(entry?.results[0]?.breaches.map((b) => b.title)).toEqual(['Demo clinic']);
    const stored = await bg.stored();
    expect(stored.descriptor.breaches).toHaveLength(3);
    expect(stored.fetchedAt).toBe(bg.clock.now().toISOString());
  });

  it('every monitoring run reads source.json again, however recent the stored copy', async () => {
    const bg = await watchingClean();
    const before = bg.sourceReads();
    await bg.runMonitor();
    await bg.runMonitor();
    expect(bg.sourceReads()).toBe(before + 2);
  });

  it('a manual check reuses a copy younger than the window and re-reads an older one', async () => {
    const bg = await backgroundWithPublisher();
    const before = bg.sourceReads();
    await bg.client.check({ kind: 'pesel', input: SAMPLE.pesel });
    expect(bg.sourceReads()).toBe(before);
    bg.clock.advance(SOURCE_REFRESH_MAX_AGE_MS);
    bg.republish(appended());
    await bg.client.check({ kind: 'pesel', input: SAMPLE.pesel });
    expect(bg.sourceReads()).toBe(before + 1);
    expect((await bg.stored()).descriptor.breaches).toHaveLength(3);
  });

  it('a bucket naming an unknown breach makes a manual check re-read source.json and retry once', async () => {
    const bg = await backgroundWithPublisher();
    bg.republish(appended());
    bg.publisher.list('pesel', SAMPLE.pesel, ['demo-clinic-2026']);
    const report = await bg.client.check({ kind: 'pesel', input: SAMPLE.pesel });
    expect(report.results[0]?.outcome).toMatchObject({
      status: 'found',
      breaches: [{ id: 'demo-clinic-2026' }],
    });
    expect(bg.publisher.requests).toHaveLength(2);
  });

  it('a wider bitmap (five breaches) is also recognised as an update', async () => {
    const bg = await backgroundWithPublisher();
    const more = [1, 2, 3].map((n) => ({ ...NEW_BREACH, id: `demo-extra-${n}`, title: `Extra ${n}` }));
    bg.republish(demoSourceJson({ breaches: [...breaches, ...more] }));
    bg.publisher.list('pesel', SAMPLE.pesel, ['demo-extra-3']);
    const report = await bg.client.check({ kind: 'pesel', input: SAMPLE.pesel });
    expect(report.results[0]?.outcome).toMatchObject({ status: 'found', breaches: [{ id: 'demo-extra-3' }] });
  });

  it('a changed line count is accepted after one re-read', async () => {
    const bg = await backgroundWithPublisher({}, demoSourceJson(lines(4)));
    await bg.client.watchlistAdd({ kind: 'pesel', input: SAMPLE.pesel });
    bg.republish(demoSourceJson(lines(8)));
    const { entries } = await bg.client.watchlistRecheck({});
    expect(entries[0]?.results[0]).toMatchObject({ last: { status: 'not-found' } });
    expect(entries[0]?.results[0]?.lastError).toBeUndefined();
    expect((await bg.stored()).descriptor.buckets.pesel?.lines).toBe(8);
  });

  it('a source.json that no longer validates keeps the old one; the check is an honest error', async () => {
    const bg = await backgroundWithPublisher();
    bg.publisher.publish(appended());
    bg.publisher.list('pesel', SAMPLE.pesel, ['demo-clinic-2026']);
    bg.sourceFiles.set(
      'http://localhost:8787/source.json',
      appended({ hash: { algorithm: 'pbkdf2-sha256', iterations: 1000, salt: 'c2hvcnQ' } }),
    );
    const report = await bg.client.check({ kind: 'pesel', input: SAMPLE.pesel });
    expect(report.results[0]?.outcome).toMatchObject({ status: 'error', code: 'malformed' });
    const stored = await bg.stored();
    expect(stored.descriptor.breaches).toHaveLength(2);
    expect(stored.lastRefreshError?.message).toMatch(/salt/i);
    const { sources } = await bg.client.sourcesList();
    expect(sources.find((s) => s.id === 'demo-lab-2026')?.lastRefreshError?.message).toMatch(/salt/i);
  });

  it('a source.json that cannot be fetched keeps the old one; monitoring records an error, never "clear"', async () => {
    const bg = await watchingClean();
    bg.publisher.publish(appended());
    bg.publisher.list('pesel', SAMPLE.pesel, ['demo-clinic-2026']);
    bg.sourceFiles.clear();
    const summary = await bg.runMonitor();
    expect(summary).toMatchObject({ newFindings: 0, failedChecks: 1 });
    const [entry] = (await bg.client.watchlistList()).entries;
    expect(entry?.results[0]?.lastError).toMatchObject({ code: 'malformed' });
    const stored = await bg.stored();
    expect(stored.descriptor.breaches).toHaveLength(2);
    expect(stored.lastRefreshError?.message).toContain('404');
  });

  it('a new salt is held for confirmation: monitoring sends nothing to the source and says why', async () => {
    const bg = await watchingClean();
    const salted = { algorithm: 'pbkdf2-sha256', iterations: 1000, salt: 'bmV3c2FsdG5ld3NhbHRuZXc' };
    bg.republish(appended({ hash: salted }));
    bg.publisher.list('pesel', SAMPLE.pesel, ['demo-clinic-2026']);
    const requests = bg.publisher.requests.length;
    const summary = await bg.runMonitor();
    expect(summary).toMatchObject({ newFindings: 0 });
    expect(bg.publisher.requests).toHaveLength(requests);
    const stored = await bg.stored();
    expect(stored.descriptor.breaches).toHaveLength(2);
    expect(stored.pendingChange?.descriptor.hash).toMatchObject({ salt: salted.salt });
    const [entry] = (await bg.client.watchlistList()).entries;
    expect(entry?.results[0]?.needsReentry).toBeFalsy();
    expect(entry?.results[0]?.lastError?.message).toMatch(/confirm the change in the settings/);
    expect(entry?.results[0]?.last).toMatchObject({ status: 'not-found' });
  });

  it('once confirmed, watched keys made with the old salt ask to be entered again, nothing sent', async () => {
    const bg = await watchingClean();
    const salted = { algorithm: 'pbkdf2-sha256', iterations: 1000, salt: 'bmV3c2FsdG5ld3NhbHRuZXc' };
    bg.republish(appended({ hash: salted }));
    bg.publisher.list('pesel', SAMPLE.pesel, ['demo-clinic-2026']);
    await bg.runMonitor();
    const { source } = await bg.client.sourcesConfirmChange({ id: 'demo-lab-2026' });
    expect(source.pendingChange).toBeUndefined();
    expect(source.breaches).toHaveLength(3);
    const requests = bg.publisher.requests.length;
    await bg.runMonitor();
    expect(bg.publisher.requests).toHaveLength(requests);
    const [entry] = (await bg.client.watchlistList()).entries;
    expect(entry?.results[0]).toMatchObject({ needsReentry: true, lastError: { code: 'unsupported' } });
    expect(entry?.results[0]?.lastError?.message).toContain(
      'Re-enter the identifier to keep watching it against Demo lab',
    );
    const [stored] = await bg.deps.db.watchlist.list();
    expect(stored?.status['demo-lab-2026']?.lastError?.message).toMatch(/^Re-enter the identifier/);
    const report = await bg.client.check({ kind: 'pesel', input: SAMPLE.pesel });
    expect(report.results[0]?.outcome).toMatchObject({ status: 'found' });
  });

  it('a manual check never adopts a new salt on its own: that source is skipped until confirmed', async () => {
    const bg = await watchingClean();
    const salted = { algorithm: 'pbkdf2-sha256', iterations: 1000, salt: 'bmV3c2FsdG5ld3NhbHRuZXc' };
    bg.republish(appended({ hash: salted }));
    bg.publisher.list('pesel', SAMPLE.pesel, ['demo-clinic-2026']);
    bg.clock.advance(SOURCE_REFRESH_MAX_AGE_MS);
    const requests = bg.publisher.requests.length;
    const report = await bg.client.check({ kind: 'pesel', input: SAMPLE.pesel });
    expect(report.results[0]?.outcome).toMatchObject({ status: 'error', code: 'unsupported' });
    expect(bg.publisher.requests).toHaveLength(requests);
    const { sources } = await bg.client.sourcesList();
    expect(sources.find((s) => s.id === 'demo-lab-2026')?.pendingChange).toMatchObject({
      changes: ['salt'],
    });
  });

  it('a publisher that goes back to the salt in use clears the pending change', async () => {
    const bg = await watchingClean();
    const salted = { algorithm: 'pbkdf2-sha256', iterations: 1000, salt: 'bmV3c2FsdG5ld3NhbHRuZXc' };
    bg.republish(appended({ hash: salted }));
    await bg.runMonitor();
    expect((await bg.stored()).pendingChange).toBeDefined();
    bg.republish(appended());
    await bg.runMonitor();
    const stored = await bg.stored();
    expect(stored.pendingChange).toBeUndefined();
    expect(stored.descriptor.breaches).toHaveLength(3);
  });

  it('sources whose host is not allowed are not contacted', async () => {
    const bg = await watchingClean();
    bg.browser.granted.clear();
    const before = bg.sourceReads();
    await bg.runMonitor();
    expect(bg.sourceReads()).toBe(before);
  });

  it('a source.json that now names another source id is refused and the old one kept', async () => {
    const bg = await watchingClean();
    bg.republish(appended({ id: 'someone-else' }));
    await bg.runMonitor();
    const stored = await bg.stored();
    expect(stored.descriptor.id).toBe('demo-lab-2026');
    expect(stored.lastRefreshError?.message).toContain('someone-else');
  });
});
