import { describe, expect, it } from 'vitest';
import { portalWarningsEnabled } from '../../../src/platform/portal-warnings-setting.ts';
import { FakeEvent } from '../../support/fake-event.ts';
import { FakeStorageArea } from '../../support/fake-storage-area.ts';

async function storageWith(items: Record<string, unknown>): Promise<FakeStorageArea> {
  const storage = new FakeStorageArea(new FakeEvent());
  await storage.set(items);
  return storage;
}

describe('portalWarningsEnabled', () => {
  it('is on when nothing is stored', async () => {
    expect(await portalWarningsEnabled(await storageWith({}))).toBe(true);
  });

  it('follows settings.portalWarnings', async () => {
    expect(await portalWarningsEnabled(await storageWith({ settings: { portalWarnings: false } }))).toBe(
      false,
    );
    expect(await portalWarningsEnabled(await storageWith({ settings: { portalWarnings: true } }))).toBe(true);
  });

  it('falls back to on for anything malformed', async () => {
    for (const settings of [null, 'off', 0, { portalWarnings: 'no' }, { other: false }]) {
      expect(await portalWarningsEnabled(await storageWith({ settings })), JSON.stringify(settings)).toBe(
        true,
      );
    }
  });
});
