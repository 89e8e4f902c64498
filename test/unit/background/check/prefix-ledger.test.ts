import { describe, expect, it, vi } from 'vitest';
import { PrefixLedger } from '../../../../src/background/check/prefix-ledger.ts';
import { runRangeChecks } from '../../../../src/background/check/run-range-checks.ts';
import type { RangeClientPort } from '../../../../src/background/range-adapter.ts';
import type { ConfiguredSource } from '../../../../src/background/sources/configured-sources.ts';
import type { RangeKey } from '../../../../src/core/index.ts';
import { DEMO_SOURCE_URL, demoDescriptor } from '../../../support/demo-source.ts';

const descriptor = demoDescriptor();
const source: ConfiguredSource = {
  descriptor,
  builtIn: false,
  enabled: true,
  custom: { url: DEMO_SOURCE_URL, descriptor, enabled: true, addedAt: '2026-01-01T00:00:00.000Z' },
};
const key = (prefix: string): RangeKey => ({
  sourceId: descriptor.id,
  scheme: 'xc-v1',
  kind: 'pesel',
  prefix,
  suffix: 'A'.repeat(24),
  params: 'p',
});

function deps() {
  const sent: string[] = [];
  const rangeClient: RangeClientPort = {
    checkMany: vi.fn(async (keys: readonly RangeKey[]) => {
      sent.push(...keys.map((k) => k.prefix));
      return keys.map(() => ({ status: 'not-found' as const }));
    }),
  };
  return { sent, rangeClient, hostPermissions: { has: async () => true, request: async () => true } };
}

describe('one prefix per identifier and source within one check', () => {
  it('refuses a second, different prefix of the same identifier to the same source', async () => {
    const d = deps();
    const ledger = new PrefixLedger();
    await runRangeChecks([{ source, key: key('4B6') }], d, { ledger });
    const [second] = await runRangeChecks([{ source, key: key('1F1') }], d, { ledger, fresh: true });
    expect(d.sent).toEqual(['4B6']);
    expect(second).toMatchObject({ status: 'error', code: 'unsupported' });
    expect(second?.status === 'error' && second.message).toMatch(/second, different prefix/);
  });

  it('allows the same prefix again (a fresh bucket), and other identifiers their own prefixes', async () => {
    const d = deps();
    const ledger = new PrefixLedger();
    await runRangeChecks(
      [
        { source, key: key('4B6'), identifier: 0 },
        { source, key: key('777'), identifier: 1 },
      ],
      d,
      { ledger },
    );
    await runRangeChecks([{ source, key: key('4B6'), identifier: 0 }], d, { ledger, fresh: true });
    expect(d.sent).toEqual(['4B6', '777', '4B6']);
  });

  it('a new check starts a new ledger', async () => {
    const d = deps();
    await runRangeChecks([{ source, key: key('4B6') }], d, { ledger: new PrefixLedger() });
    await runRangeChecks([{ source, key: key('1F1') }], d, { ledger: new PrefixLedger() });
    expect(d.sent).toEqual(['4B6', '1F1']);
  });
});
