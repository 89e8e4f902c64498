import { describe, expect, it } from 'vitest';
import { pwnedPasswordsSource } from '../../../../src/core/index.ts';
import { backgroundWithDemoSource } from '../../../support/background-fixture.ts';
import { createInMemoryBackground } from '../../../support/in-memory-background.ts';
import { SAMPLE } from '../../../support/sample-identifiers.ts';

describe('ui/watchlist.*', () => {
  it('never stores a password unless the user asked to monitor it', async () => {
    const bg = createInMemoryBackground();
    await expect(bg.client.watchlistAdd({ kind: 'password', input: SAMPLE.password })).rejects.toMatchObject({
      code: 'consent-required',
    });
    await expect(
      bg.client.watchlistAdd({ kind: 'password', input: SAMPLE.password, monitorPassword: false }),
    ).rejects.toMatchObject({ code: 'consent-required' });
    expect(await bg.deps.db.watchlist.list()).toEqual([]);
    const { entry } = await bg.client.watchlistAdd({
      kind: 'password',
      input: SAMPLE.password,
      monitorPassword: true,
    });
    expect(entry.kind).toBe('password');
    expect((await bg.deps.db.watchlist.get(entry.id))?.passwordConsent).toBe(true);
  });

  it('stores range keys and the masked hint, and seeds outcomes from the check the user just saw', async () => {
    const bg = await backgroundWithDemoSource();
    bg.range.found(bg.demo, ['demo-lab-2026']);
    const report = await bg.client.check({ kind: 'pesel', input: SAMPLE.pesel });
    const callsAfterCheck = bg.range.calls.length;
    const { entry } = await bg.client.watchlistAdd({
      kind: 'pesel',
      input: SAMPLE.pesel,
      checkId: report.checkId,
    });
    expect(bg.range.calls.length).toBe(callsAfterCheck);
    expect(entry).toMatchObject({ kind: 'pesel', country: 'PL', hint: report.hint, unseenFindings: 0 });
    expect(entry.results[0]).toMatchObject({
      last: { status: 'found', breachIds: ['demo-lab-2026'] },
      breaches: [{ id: 'demo-lab-2026' }],
    });
    const stored = await bg.deps.db.watchlist.get(entry.id);
    expect(stored?.keys.map((k) => k.sourceId)).toEqual(['demo-lab-2026']);
    expect(stored?.seenBreachIds).toEqual({ 'demo-lab-2026': ['demo-lab-2026'] });
  });

  it('checks right away when added without a previous check', async () => {
    const bg = await backgroundWithDemoSource();
    const { entry } = await bg.client.watchlistAdd({ kind: 'email', input: SAMPLE.email });
    expect(bg.range.calls.flat()).toHaveLength(1);
    expect(entry.results[0]?.last?.status).toBe('not-found');
  });

  it('ignores a checkId that belongs to another identifier', async () => {
    const bg = await backgroundWithDemoSource();
    const other = await bg.client.check({ kind: 'email', input: 'someone.else@example.org' });
    await bg.client.watchlistAdd({ kind: 'email', input: SAMPLE.email, checkId: other.checkId });
    expect(bg.range.calls).toHaveLength(2);
  });

  it('checks afresh when the referenced check is more than a few minutes old', async () => {
    const bg = await backgroundWithDemoSource();
    const report = await bg.client.check({ kind: 'email', input: SAMPLE.email });
    bg.clock.advance(11 * 60_000);
    await bg.client.watchlistAdd({ kind: 'email', input: SAMPLE.email, checkId: report.checkId });
    expect(bg.range.calls).toHaveLength(2);
  });

  it('does not add the same identifier twice', async () => {
    const bg = await backgroundWithDemoSource();
    const first = await bg.client.watchlistAdd({ kind: 'email', input: SAMPLE.email });
    const second = await bg.client.watchlistAdd({ kind: 'email', input: ` ${SAMPLE.email.toUpperCase()} ` });
    expect(second.entry.id).toBe(first.entry.id);
    expect((await bg.client.watchlistList()).entries).toHaveLength(1);
  });

  it('makes keys for disabled sources too, so switching one on later covers existing entries', async () => {
    const bg = await backgroundWithDemoSource();
    await bg.client.sourcesSetEnabled({ id: 'demo-lab-2026', enabled: false });
    const pwned = pwnedPasswordsSource();
    bg.range.found(pwned, ['pwned-passwords']);
    const { entry } = await bg.client.watchlistAdd({
      kind: 'password',
      input: SAMPLE.password,
      monitorPassword: true,
    });
    expect(entry.results.map((r) => r.source.id)).toEqual([pwned.id]);
  });

  it('lists entries oldest first and removes one together with its guidance progress', async () => {
    const bg = await backgroundWithDemoSource();
    const a = await bg.client.watchlistAdd({ kind: 'email', input: SAMPLE.email });
    bg.clock.advance(1000);
    const b = await bg.client.watchlistAdd({ kind: 'pesel', input: SAMPLE.pesel });
    await bg.client.guidanceSetStep({ findingId: a.entry.id, stepId: 'change-password', done: true });
    expect((await bg.client.watchlistList()).entries.map((e) => e.id)).toEqual([a.entry.id, b.entry.id]);
    expect(await bg.client.watchlistRemove({ id: a.entry.id })).toEqual({ removed: true });
    expect(await bg.client.watchlistRemove({ id: a.entry.id })).toEqual({ removed: false });
    expect((await bg.client.guidanceGet({ findingId: a.entry.id })).progress.doneStepIds).toEqual([]);
    expect((await bg.client.watchlistList()).entries.map((e) => e.id)).toEqual([b.entry.id]);
  });

  it('a manual re-check reports new findings without a notification', async () => {
    const bg = await backgroundWithDemoSource();
    const { entry } = await bg.client.watchlistAdd({ kind: 'pesel', input: SAMPLE.pesel });
    bg.range.found(bg.demo, ['demo-lab-2026']);
    const answer = await bg.client.watchlistRecheck({ id: entry.id });
    expect(answer.newFindings).toBe(1);
    expect(answer.entries[0]?.results[0]?.last?.status).toBe('found');
    expect(bg.browser.notifications).toEqual([]);
    expect((await bg.client.watchlistRecheck({})).newFindings).toBe(0);
    await expect(bg.client.watchlistRecheck({ id: 'missing' })).rejects.toMatchObject({ code: 'not-found' });
  });
});
