import { describe, expect, it, vi } from 'vitest';
import { keysForSources } from '../../../../src/background/check/keys-for-sources.ts';
import type { ConfiguredSource } from '../../../../src/background/sources/configured-sources.ts';
import {
  CheckFailure,
  parseIdentifier,
  type ParsedIdentifier,
  type RangeKey,
} from '../../../../src/core/index.ts';
import { DEMO_SOURCE_URL, demoDescriptor } from '../../../support/demo-source.ts';
import { SAMPLE } from '../../../support/sample-identifiers.ts';

const parsed = parseIdentifier('email', SAMPLE.email) as ParsedIdentifier;
const custom = (scheme: 'xc-v1' | 'xc-oprf-v1'): ConfiguredSource => {
  const descriptor = { ...demoDescriptor(), scheme };
  return {
    descriptor,
    builtIn: false,
    enabled: true,
    custom: { url: DEMO_SOURCE_URL, descriptor, enabled: true, addedAt: '2026-01-01T00:00:00.000Z' },
  };
};
const oprfKey: RangeKey = {
  sourceId: 'demo-lab-2026',
  scheme: 'xc-oprf-v1',
  kind: 'email',
  prefix: 'AB',
  suffix: 'A'.repeat(25),
  params: 'p',
};

describe('keysForSources', () => {
  it('hashes offline for xc-v1, without asking for permission or the network', async () => {
    const deps = { hostPermissions: { has: vi.fn(async () => false) }, oprfKey: vi.fn() };
    const [attempt] = await keysForSources(parsed, [custom('xc-v1')], deps);
    expect(attempt && 'key' in attempt ? attempt.key.scheme : undefined).toBe('xc-v1');
    expect(deps.oprfKey).not.toHaveBeenCalled();
  });

  it('does not contact an xc-oprf-v1 key holder whose host is not allowed', async () => {
    const deps = { hostPermissions: { has: async () => false }, oprfKey: vi.fn() };
    const [attempt] = await keysForSources(parsed, [custom('xc-oprf-v1')], deps);
    expect(attempt).toMatchObject({ outcome: { status: 'error', code: 'permission-missing' } });
    expect(deps.oprfKey).not.toHaveBeenCalled();
  });

  it('uses the evaluated key when allowed, and turns an evaluation failure into its outcome', async () => {
    const ok = await keysForSources(parsed, [custom('xc-oprf-v1')], {
      hostPermissions: { has: async () => true },
      oprfKey: async () => oprfKey,
    });
    expect(ok[0]).toMatchObject({ key: oprfKey });
    const limited = await keysForSources(parsed, [custom('xc-oprf-v1')], {
      hostPermissions: { has: async () => true },
      oprfKey: async () => {
        throw new CheckFailure('rate-limited', 'HTTP 429', 30);
      },
    });
    expect(limited[0]).toMatchObject({
      outcome: { status: 'error', code: 'rate-limited', retryAfterSeconds: 30 },
    });
  });
});
