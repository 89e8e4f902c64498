import { createHash } from 'node:crypto';
import { openDB } from 'idb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { backgroundWithDemoSource } from '../../support/background-fixture.ts';
import { leakForms, SAMPLE } from '../../support/sample-identifiers.ts';

const captured: string[] = [];
beforeEach(() => {
  captured.length = 0;
  for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
    vi.spyOn(console, method).mockImplementation(
      (...args: unknown[]) => void captured.push(JSON.stringify(args)),
    );
  }
});
afterEach(() => vi.restoreAllMocks());

/** Every IndexedDB database, store and record, as text. */
async function dumpIndexedDb(): Promise<string> {
  const out: string[] = [];
  for (const info of await indexedDB.databases()) {
    const db = await openDB(info.name ?? '');
    for (const name of db.objectStoreNames) out.push(JSON.stringify(await db.getAll(name)));
    db.close();
  }
  return out.join('\n');
}

describe('privacy: no plaintext identifier is ever stored or logged', () => {
  it('after checks, watching, a re-check, monitoring, errors and an export', async () => {
    const bg = await backgroundWithDemoSource({ logToConsole: true });
    bg.range.found(bg.demo, ['demo-lab-2026'], { kind: 'pesel' });
    const pesel = await bg.client.check({ kind: 'pesel', input: SAMPLE.pesel });
    await bg.client.watchlistAdd({ kind: 'pesel', input: SAMPLE.pesel, checkId: pesel.checkId });
    await bg.client.check({ kind: 'email', input: SAMPLE.email });
    await bg.client.watchlistAdd({ kind: 'email', input: SAMPLE.email });
    await bg.client.check({ kind: 'password', input: SAMPLE.password });
    await expect(bg.client.watchlistAdd({ kind: 'password', input: SAMPLE.password })).rejects.toBeDefined();
    // No source covers phones: a "not checkable privately yet" report, recorded in history too.
    await expect(bg.client.check({ kind: 'phone', input: SAMPLE.phone })).resolves.toMatchObject({
      coverage: 'not-checkable',
    });
    await expect(bg.client.check({ kind: 'pesel', input: `${SAMPLE.pesel}9` })).rejects.toBeDefined();
    await bg.browser.sendFrom(
      { id: 'intruder', url: 'https://evil.example/' },
      { name: 'ui/check', request: { kind: 'email', input: SAMPLE.email } },
    );
    bg.range.script({ outcome: { status: 'error', code: 'network', message: 'Offline.' } });
    await bg.client.watchlistRecheck({});
    bg.range.reset();
    bg.range.found(bg.demo, ['demo-shop-2025']);
    await bg.runMonitor();
    const { file } = await bg.client.dataExport();

    const haystacks = {
      storage: bg.browser.local.dump(),
      indexedDb: await dumpIndexedDb(),
      console: captured.join('\n'),
      export: JSON.stringify(file),
      notifications: JSON.stringify(bg.browser.notifications),
    };
    expect(haystacks.indexedDb).toContain(pesel.hint); // the dump really holds the records
    expect(captured.length).toBeGreaterThan(0); // and the console really was captured
    const passwordSha1 = createHash('sha1').update(SAMPLE.password).digest('hex');
    for (const [where, text] of Object.entries(haystacks)) {
      for (const value of Object.values(SAMPLE)) {
        for (const form of leakForms(value)) expect(text, `${where} leaks ${form}`).not.toContain(form);
      }
      // A password checked but not monitored leaves no hash behind either.
      expect(text.toLowerCase(), `${where} holds the password hash`).not.toContain(passwordSha1.slice(5));
    }
  });
});
