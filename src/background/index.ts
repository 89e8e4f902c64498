// Service worker entry. MV3 may stop this worker at any moment, so listeners are
// registered synchronously at top level and no state lives only in memory.
// Placeholder: message handlers and monitoring are wired in by the extension issue.
export const BACKGROUND_PLACEHOLDER = true;
