import type { z } from '../../core/zod.ts';
import { checkMessages } from './check-messages.ts';
import { dataMessages } from './data-messages.ts';
import { incidentMessages } from './incident-messages.ts';
import { launchMessages } from './launch-messages.ts';
import { settingsMessages } from './settings-messages.ts';
import { sourceMessages } from './source-messages.ts';
import { watchlistMessages } from './watchlist-messages.ts';

/**
 * Every message the background accepts: name → request and response schema. The prefix says who may send
 * it: `ui/` only our own extension pages, `content/` only our content scripts on catalogued hosts.
 */
export const MESSAGES = {
  ...checkMessages,
  ...watchlistMessages,
  ...settingsMessages,
  ...sourceMessages,
  ...dataMessages,
  ...launchMessages,
  ...incidentMessages,
} as const;

export type MessageMap = typeof MESSAGES;
export type MessageName = keyof MessageMap;
export type UiMessageName = Extract<MessageName, `ui/${string}`>;
export type ContentMessageName = Extract<MessageName, `content/${string}`>;

/** What a caller passes (before defaults/transforms). */
export type RequestOf<N extends MessageName> = z.input<MessageMap[N]['request']>;
/** What a handler receives after validation. */
export type ParsedRequestOf<N extends MessageName> = z.output<MessageMap[N]['request']>;
/** What a handler returns and the caller receives after validation. */
export type ResponseOf<N extends MessageName> = z.output<MessageMap[N]['response']>;

export const MESSAGE_NAMES = Object.keys(MESSAGES) as MessageName[];

export function isMessageName(value: unknown): value is MessageName {
  return typeof value === 'string' && Object.hasOwn(MESSAGES, value);
}

export type SenderRole = 'ui' | 'content';

export function roleOfMessage(name: MessageName): SenderRole {
  return name.startsWith('content/') ? 'content' : 'ui';
}
