import { launchIntentSchema, type LaunchIntent } from '../contracts/index.ts';
import { z } from '../core/zod.ts';
import type { StorageAreaLike } from './extension-api-types.ts';

export const LAUNCH_INTENT_STORAGE_KEY = 'launchIntent';
/** An intent older than this is stale: the page it was meant for never opened. */
export const LAUNCH_INTENT_TTL_MS = 2 * 60_000;

const storedSchema = z.object({ intent: launchIntentSchema, expiresAt: z.number() });

/** storage.local `launchIntent`: "open the check for kind X". Retention: taken once, or 2 minutes. */
export interface LaunchIntentStore {
  put(intent: LaunchIntent, now: Date): Promise<void>;
  take(now: Date): Promise<LaunchIntent | null>;
  clear(): Promise<void>;
}

export function createLaunchIntentStore(area: StorageAreaLike): LaunchIntentStore {
  return {
    put: (intent, now) =>
      area.set({ [LAUNCH_INTENT_STORAGE_KEY]: { intent, expiresAt: now.getTime() + LAUNCH_INTENT_TTL_MS } }),
    take: async (now) => {
      const stored = storedSchema.safeParse(
        (await area.get(LAUNCH_INTENT_STORAGE_KEY))[LAUNCH_INTENT_STORAGE_KEY],
      );
      await area.remove(LAUNCH_INTENT_STORAGE_KEY);
      return stored.success && stored.data.expiresAt > now.getTime() ? stored.data.intent : null;
    },
    clear: () => area.remove(LAUNCH_INTENT_STORAGE_KEY),
  };
}
