/**
 * Catalogue entries added by a build, validated like the bundled ones. Always empty in what ships: the
 * end-to-end tests build a separate copy with `EXPOSURE_CHECK_TEST_CATALOGUE` set (see vite.config.ts),
 * which swaps this module for a test fixture so a test incident with a private check can exist without
 * test data ever reaching a user.
 */
export const EXTRA_CATALOGUE: { portals: readonly unknown[]; incidents: readonly unknown[] } = {
  portals: [],
  incidents: [],
};
