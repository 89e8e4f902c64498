import { verdictOf } from '../../../../src/contracts/report-verdict.ts';
import { describe, expect, it } from 'vitest';
import { PWNED_PASSWORDS_SOURCE_ID, pwnedPasswordsSource } from '../../../../src/core/index.ts';
import { backgroundWithDemoSource } from '../../../support/background-fixture.ts';
import { DEMO_SOURCE_URL, demoSourceJson } from '../../../support/demo-source.ts';
import { createInMemoryBackground } from '../../../support/in-memory-background.ts';
import { SAMPLE } from '../../../support/sample-identifiers.ts';

describe('ui/check', () => {
  it('answers per source with its name, publisher and date, the masked hint and the kind', async () => {
    const bg = await backgroundWithDemoSource();
    bg.range.found(bg.demo, ['demo-lab-2026'], { kind: 'pesel' });
    const report = await bg.client.check({ kind: 'pesel', input: SAMPLE.pesel });
    expect(report.kind).toBe('pesel');
    expect(report.country).toBe('PL');
    expect(report.hint).not.toContain(SAMPLE.pesel);
    expect(report.results).toHaveLength(1);
    expect(report.results[0]?.source).toMatchObject({
      id: 'demo-lab-2026',
      publisher: 'Exposure Check demo',
      builtIn: false,
    });
    expect(report.results[0]?.outcome).toMatchObject({
      status: 'found',
      count: 1,
      breaches: [{ id: 'demo-lab-2026' }],
    });
  });

  it('sends the range client keys only, one per enabled source covering the kind', async () => {
    const bg = await backgroundWithDemoSource();
    await bg.client.check({ kind: 'email', input: SAMPLE.email });
    const keys = bg.range.calls.flat();
    expect(keys.map((k) => [k.sourceId, k.kind])).toEqual([['demo-lab-2026', 'email']]);
    expect(JSON.stringify(keys)).not.toContain('example.com');
  });

  it('checks passwords against Pwned Passwords', async () => {
    const bg = createInMemoryBackground();
    bg.range.found(pwnedPasswordsSource(), ['pwned-passwords']);
    const report = await bg.client.check({ kind: 'password', input: SAMPLE.password });
    expect(report.results.map((r) => [r.source.id, r.outcome.status])).toEqual([
      [PWNED_PASSWORDS_SOURCE_ID, 'found'],
    ]);
  });

  it('records the check in history with the masked hint and breach ids', async () => {
    const bg = await backgroundWithDemoSource();
    bg.range.found(bg.demo, ['demo-lab-2026']);
    const report = await bg.client.check({ kind: 'pesel', input: SAMPLE.pesel });
    const { records } = await bg.client.historyList({});
    expect(records[0]).toMatchObject({
      id: report.checkId,
      hint: report.hint,
      trigger: 'manual',
      results: [{ sourceId: 'demo-lab-2026', status: 'found', breachIds: ['demo-lab-2026'] }],
    });
  });

  it('refuses an invalid identifier with a reason that does not repeat it', async () => {
    const bg = await backgroundWithDemoSource();
    const wrong = `${SAMPLE.pesel.slice(0, 10)}${(Number(SAMPLE.pesel.at(-1)) + 1) % 10}`;
    const attempt = bg.client.check({ kind: 'pesel', input: wrong });
    await expect(attempt).rejects.toMatchObject({ code: 'invalid-identifier' });
    await expect(attempt).rejects.not.toHaveProperty('message', expect.stringContaining(wrong));
    expect(bg.range.calls).toEqual([]);
  });

  it('answers "not checkable privately yet" when no enabled source covers the kind, and records it', async () => {
    const bg = createInMemoryBackground();
    const report = await bg.client.check({ kind: 'cpr', input: SAMPLE.cpr });
    expect(report).toMatchObject({ kind: 'cpr', country: 'DK', coverage: 'not-checkable', results: [] });
    expect(verdictOf(report)).toBe('not-checkable');
    expect(report.hint).not.toContain(SAMPLE.cpr);
    const { records } = await bg.client.historyList({});
    expect(records).toEqual([
      expect.objectContaining({ id: report.checkId, kind: 'cpr', coverage: 'not-checkable', results: [] }),
    ]);
    expect(JSON.stringify(records)).not.toContain(SAMPLE.cpr);
    expect(bg.range.calls).toEqual([]);
  });

  it('skips a disabled source', async () => {
    const bg = await backgroundWithDemoSource();
    await bg.client.sourcesSetEnabled({ id: 'demo-lab-2026', enabled: false });
    const report = await bg.client.check({ kind: 'pesel', input: SAMPLE.pesel });
    expect(report).toMatchObject({ coverage: 'not-checkable', results: [] });
    expect(bg.range.calls).toEqual([]);
  });

  it('marks a report with a covering source as checked', async () => {
    const bg = await backgroundWithDemoSource();
    const report = await bg.client.check({ kind: 'pesel', input: SAMPLE.pesel });
    expect(report.coverage).toBe('checked');
  });

  it('does not contact a custom source whose host permission was withdrawn', async () => {
    const bg = await backgroundWithDemoSource();
    bg.browser.granted.clear();
    const report = await bg.client.check({ kind: 'pesel', input: SAMPLE.pesel });
    expect(report.results[0]?.outcome).toMatchObject({ status: 'error', code: 'permission-missing' });
    expect(bg.range.calls.flat()).toEqual([]);
  });

  it('passes a range error through as a per-source outcome, never as not-found', async () => {
    const bg = await backgroundWithDemoSource({ sourceFiles: { [DEMO_SOURCE_URL]: demoSourceJson() } });
    bg.range.script({ outcome: { status: 'error', code: 'timeout', message: 'Too slow.' } });
    const report = await bg.client.check({ kind: 'pesel', input: SAMPLE.pesel });
    expect(report.results[0]?.outcome).toEqual({ status: 'error', code: 'timeout', message: 'Too slow.' });
  });

  it('reads national phone numbers in the user’s region (first country unless one is chosen)', async () => {
    const bg = createInMemoryBackground();
    const national = '0161 496 0572';
    // No source covers phones here, so "not checkable" means the number parsed and "invalid" means it did not.
    await expect(bg.client.check({ kind: 'phone', input: national })).rejects.toMatchObject({
      code: 'invalid-identifier',
    });
    await bg.client.settingsUpdate({ patch: { countries: ['GB'] } });
    await expect(bg.client.check({ kind: 'phone', input: national })).resolves.toMatchObject({
      coverage: 'not-checkable',
    });
    await bg.client.settingsUpdate({ patch: { phoneRegion: 'PL' } });
    await expect(bg.client.check({ kind: 'phone', input: national })).rejects.toMatchObject({
      code: 'invalid-identifier',
    });
  });
});
