import type { SenderRole } from '../../contracts/index.ts';
import type { MessageSenderLike } from '../extension-api-types.ts';
import { matchesPattern } from './match-pattern.ts';

export interface SenderPolicy {
  /** Our runtime.id. */
  extensionId: string;
  /** Our origin with trailing slash, from runtime.getURL(''), e.g. `chrome-extension://abc/`. */
  extensionOrigin: string;
  /** The content_scripts match patterns of our manifest: the only pages a content message may come from. */
  contentScriptMatches: readonly string[];
}

export type Preflight = { allowed: true; role: SenderRole } | { allowed: false; reason: string };

/**
 * Who sent this? Our own pages (popup, options) are `ui`; our content script on a catalogued portal is
 * `content`; everything else — other extensions, web pages via externally_connectable, content scripts
 * on pages we never injected into — is refused.
 */
export function classifySender(sender: MessageSenderLike, policy: SenderPolicy): Preflight {
  if (sender.id !== policy.extensionId) return { allowed: false, reason: 'sender is another extension' };
  const url = sender.url;
  if (url === undefined) return { allowed: false, reason: 'sender has no URL' };
  if (url.startsWith(policy.extensionOrigin)) return { allowed: true, role: 'ui' };
  // A content script's sender always carries its tab; a missing tab means something unusual.
  if (sender.tab !== undefined && policy.contentScriptMatches.some((p) => matchesPattern(p, url))) {
    return { allowed: true, role: 'content' };
  }
  return { allowed: false, reason: 'sender page is not one of ours' };
}

/** Reads the content-script match patterns from the manifest, so the allowlist cannot drift from it. */
export function contentScriptMatchesOf(manifest: {
  content_scripts?: { matches?: string[] | undefined }[] | undefined;
}): string[] {
  return (manifest.content_scripts ?? []).flatMap((entry) => entry.matches ?? []);
}
