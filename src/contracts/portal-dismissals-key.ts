/**
 * storage.local key holding which portal warnings the user dismissed.
 * Retention: until "delete everything" (a dated record of visiting a portal); one entry per dismissed site.
 * In its own file so the content script can name it without loading the zod schema beside it.
 */
export const PORTAL_DISMISSALS_STORAGE_KEY = 'portalDismissals';
