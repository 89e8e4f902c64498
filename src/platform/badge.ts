import type { ExtensionApi } from './extension-api-types.ts';

/** Toolbar badge: the number of findings the user has not looked at yet; empty when there are none. */
export interface Badge {
  showCount(count: number): Promise<void>;
}

const BADGE_COLOR = '#B3261E';

export function createBadge(action: ExtensionApi['action']): Badge {
  return {
    showCount: async (count) => {
      if (count > 0) await action.setBadgeBackgroundColor({ color: BADGE_COLOR });
      await action.setBadgeText({ text: count > 0 ? String(Math.min(count, 99)) : '' });
    },
  };
}
