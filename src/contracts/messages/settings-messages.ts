import { z } from '../../core/zod.ts';
import { settingsPatchSchema, settingsSchema } from '../settings.ts';
import { defineMessage } from './define-message.ts';

const settingsResponse = z.object({ settings: settingsSchema });

export const settingsMessages = {
  'ui/settings.get': defineMessage(z.object({}).strict(), settingsResponse),
  /** Partial update; unknown fields or invalid values refuse the whole patch. */
  'ui/settings.update': defineMessage(z.object({ patch: settingsPatchSchema }).strict(), settingsResponse),
};
