import type { StorageAreaLike, StorageChange } from '../../src/platform/extension-api-types.ts';
import { FakeEvent } from './fake-event.ts';

type ChangeListener = (changes: Record<string, StorageChange>, areaName: string) => void;

/**
 * storage.local with the semantics that matter: values are JSON-cloned on the way in and out (so a
 * caller mutating an object never changes what is stored), and every write emits onChanged.
 */
export class FakeStorageArea implements StorageAreaLike {
  readonly data = new Map<string, string>();
  constructor(
    private readonly onChanged: FakeEvent<ChangeListener>,
    private readonly areaName = 'local',
  ) {}

  async get(keys?: string | string[] | null): Promise<Record<string, unknown>> {
    const wanted = keys === undefined || keys === null ? [...this.data.keys()] : [keys].flat();
    const out: Record<string, unknown> = {};
    for (const key of wanted) {
      const value = this.data.get(key);
      if (value !== undefined) out[key] = JSON.parse(value) as unknown;
    }
    return out;
  }

  async set(items: Record<string, unknown>): Promise<void> {
    const changes: Record<string, StorageChange> = {};
    for (const [key, value] of Object.entries(items)) {
      if (value === undefined) continue;
      const old = this.data.get(key);
      const json = JSON.stringify(value);
      this.data.set(key, json);
      changes[key] = {
        newValue: JSON.parse(json) as unknown,
        ...(old === undefined ? {} : { oldValue: JSON.parse(old) as unknown }),
      };
    }
    this.emit(changes);
  }

  async remove(keys: string | string[]): Promise<void> {
    const changes: Record<string, StorageChange> = {};
    for (const key of [keys].flat()) {
      const old = this.data.get(key);
      if (old === undefined) continue;
      this.data.delete(key);
      changes[key] = { oldValue: JSON.parse(old) as unknown };
    }
    this.emit(changes);
  }

  async clear(): Promise<void> {
    await this.remove([...this.data.keys()]);
  }

  /** Everything stored, as one string: what privacy tests search for leaked identifiers. */
  dump(): string {
    return [...this.data.entries()].map(([k, v]) => `${k}=${v}`).join('\n');
  }

  private emit(changes: Record<string, StorageChange>): void {
    if (Object.keys(changes).length > 0) this.onChanged.emit(changes, this.areaName);
  }
}
