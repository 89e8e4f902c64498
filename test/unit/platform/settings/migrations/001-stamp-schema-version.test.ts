import { describe, expect, it } from 'vitest';
import { migration001 } from '../../../../../src/platform/settings/migrations/001-stamp-schema-version.ts';

describe('settings migration 001: stamp the schema version', () => {
  it('goes from version 0 to 1', () => {
    expect([migration001.from, migration001.to]).toEqual([0, 1]);
  });

  it('keeps what the portal content script stored and stamps version 1', () => {
    expect(migration001.migrate({ portalWarnings: false })).toEqual({
      portalWarnings: false,
      schemaVersion: 1,
    });
  });

  it('does not change its input', () => {
    const raw = { countries: ['DK'] };
    migration001.migrate(raw);
    expect(raw).toEqual({ countries: ['DK'] });
  });
});
