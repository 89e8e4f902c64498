import type { HistoryRecord, WatchlistEntry } from '../../src/contracts/index.ts';

/** A valid stored watchlist entry (masked hint and a range key only). */
export function watchlistEntry(overrides: Partial<WatchlistEntry> = {}): WatchlistEntry {
  return {
    id: 'entry-1',
    kind: 'pesel',
    country: 'PL',
    hint: '850•••••••4',
    createdAt: '2026-01-01T00:00:00.000Z',
    keys: [
      {
        sourceId: 'demo-lab-2026',
        scheme: 'xc-v1',
        kind: 'pesel',
        prefix: 'ABC',
        suffix: 'ABCDEF0123456789ABCDEF01',
        params: 'xc-v1/pbkdf2-sha256:1000:salt/12',
      },
    ],
    status: {},
    seenBreachIds: {},
    unseenFindings: 0,
    ...overrides,
  };
}

export function historyRecord(overrides: Partial<HistoryRecord> = {}): HistoryRecord {
  return {
    id: 'history-1',
    kind: 'email',
    hint: 'a•••@example.org',
    checkedAt: '2026-01-01T00:00:00.000Z',
    trigger: 'manual',
    results: [{ sourceId: 'demo-lab-2026', sourceName: 'Demo', status: 'not-found' }],
    ...overrides,
  };
}
