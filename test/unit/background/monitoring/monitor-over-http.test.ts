// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest';
import { pwnedPasswordsSource } from '../../../../src/core/index.ts';
import { createInMemoryBackground } from '../../../support/in-memory-background.ts';
import { sha1Hex, startPwnedRangeServer } from '../../../support/pwned-range-server.ts';

const servers: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

/** The real range client against a local Pwned-Passwords-style server; only the clock is fake. */
async function setup() {
  const server = await startPwnedRangeServer();
  servers.push(server);
  const bg = createInMemoryBackground({
    builtInSources: [pwnedPasswordsSource(server.baseUrl)],
    realRangeClient: true,
  });
  return { server, bg };
}

const HOUR = 3_600_000;

describe('monitoring against a real HTTP range server', () => {
  it('finds, notifies once, and sends only 5-character prefixes', async () => {
    const { server, bg } = await setup();
    const password = 'monitor me please 42';
    await bg.client.watchlistAdd({ kind: 'password', input: password, monitorPassword: true });
    expect(bg.browser.notifications).toEqual([]);
    server.breach(password);
    bg.clock.advance(24 * HOUR);
    expect((await bg.runMonitor()).newFindings).toBe(1);
    bg.clock.advance(24 * HOUR);
    expect((await bg.runMonitor()).newFindings).toBe(0);
    expect(bg.browser.notifications).toHaveLength(1);
    expect(server.requests.every((p) => /^\/range\/[0-9A-F]{5}$/.test(p))).toBe(true);
    expect(server.requests.join()).not.toContain(sha1Hex(password).slice(5));
  });

  it('fetches a prefix shared by several entries once per run', async () => {
    const { server, bg } = await setup();
    // Two passwords whose SHA-1 hashes share the first five hex digits.
    const [a, b] = sharedPrefixPair();
    await bg.client.watchlistAdd({ kind: 'password', input: a, monitorPassword: true });
    await bg.client.watchlistAdd({ kind: 'password', input: b, monitorPassword: true });
    server.requests.length = 0;
    bg.clock.advance(24 * HOUR);
    await bg.runMonitor();
    expect(server.requests).toEqual([`/range/${sha1Hex(a).slice(0, 5)}`]);
  });

  it('a server error keeps the last result and backs off', async () => {
    const { server, bg } = await setup();
    const password = 'still breached 7';
    server.breach(password);
    await bg.client.watchlistAdd({ kind: 'password', input: password, monitorPassword: true });
    server.setMode({ kind: 'status', status: 503 });
    bg.clock.advance(24 * HOUR);
    const start = bg.clock.now().getTime();
    const summary = await bg.runMonitor();
    expect(summary.failedChecks).toBe(1);
    expect(Date.parse(summary.nextRunAt ?? '') - start).toBe(15 * 60_000);
    const [entry] = (await bg.client.watchlistList()).entries;
    expect(entry?.results[0]).toMatchObject({ last: { status: 'found' }, lastError: { code: 'http' } });
  });

  it('waits as long as Retry-After asks', async () => {
    const { server, bg } = await setup();
    await bg.client.watchlistAdd({ kind: 'password', input: 'rate limited 1', monitorPassword: true });
    server.setMode({ kind: 'rate-limited', retryAfterSeconds: 7200 });
    bg.clock.advance(24 * HOUR);
    const start = bg.clock.now().getTime();
    const summary = await bg.runMonitor();
    expect(Date.parse(summary.nextRunAt ?? '') - start).toBe(2 * HOUR);
    expect((await bg.client.monitoringStatus()).state.lastError?.code).toBe('rate-limited');
  });
});

/** Brute-forces two short strings with the same 5-hex-digit SHA-1 prefix (about 1M tries worst case). */
function sharedPrefixPair(): [string, string] {
  const seen = new Map<string, string>();
  for (let i = 0; ; i++) {
    const candidate = `pw-${i}`;
    const prefix = sha1Hex(candidate).slice(0, 5);
    const other = seen.get(prefix);
    if (other !== undefined) return [other, candidate];
    seen.set(prefix, candidate);
  }
}
