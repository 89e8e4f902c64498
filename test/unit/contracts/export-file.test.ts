import { describe, expect, it } from 'vitest';
import { EXPORT_FORMAT, EXPORT_VERSION, exportFileSchema } from '../../../src/contracts/index.ts';
import { watchlistEntry } from '../../support/records.ts';

const entry = watchlistEntry();

const file = {
  format: EXPORT_FORMAT,
  version: EXPORT_VERSION,
  exportedAt: '2026-01-02T00:00:00.000Z',
  settings: { countries: ['PL'] },
  watchlist: [entry],
  history: [],
  guidance: [],
};

describe('export file', () => {
  it('accepts a well-formed file', () => {
    expect(exportFileSchema.safeParse(file).success).toBe(true);
  });

  it.each([
    ['another format', { ...file, format: 'something-else' }],
    ['a future version', { ...file, version: EXPORT_VERSION + 1 }],
    ['one bad record', { ...file, watchlist: [entry, { ...entry, kind: 'not-a-kind' }] }],
    ['unknown top-level fields', { ...file, extra: true }],
    ['an API key in settings', { ...file, settings: { hibpApiKey: '0123456789abcdef0123456789abcdef' } }],
  ])('rejects %s', (_label, value) => {
    expect(exportFileSchema.safeParse(value).success).toBe(false);
  });
});
