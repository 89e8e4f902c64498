import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';

// Scenarios written against the browser-neutral harness (test/e2e/support/any-browser.ts) run in both
// browser projects below; every other e2e file is Chromium-only. Add a scenario here once it passes in
// Firefox (test/e2e/README.md, "Firefox").
const BOTH_BROWSERS = [
  'test/e2e/scenarios/check-identifiers.test.ts',
  'test/e2e/scenarios/watchlist-monitoring.test.ts',
  'test/e2e/scenarios/settings-country.test.ts',
  'test/e2e/scenarios/oprf-source.test.ts',
  'test/e2e/scenarios/source-update.test.ts',
  'test/e2e/scenarios/oprf-list-source.test.ts',
  'test/e2e/portal-warning.test.ts',
  'test/e2e/scenarios/hibp-email.test.ts',
  'test/e2e/scenarios/seed-breaches.test.ts',
  'test/e2e/scenarios/first-screen.test.ts',
];
const FIREFOX_ONLY = ['test/e2e/firefox/**/*.test.ts'];

// Kept apart from vite.config.ts so the extension plugin never runs under tests.
export default defineConfig({
  plugins: [preact()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: [
            'src/**/*.test.ts',
            'src/**/*.test.tsx',
            'test/unit/**/*.test.ts',
            'test/unit/**/*.test.tsx',
          ],
          environment: 'happy-dom',
          setupFiles: ['test/setup/unit.ts'],
          testTimeout: 20_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          exclude: FIREFOX_ONLY,
          environment: 'node',
          env: { E2E_BROWSER: 'chromium' },
          // Fails the project at once, with what to install, when its browser is missing.
          globalSetup: ['test/e2e/support/require-browser.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // One browser at a time: the machine has two cores.
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      },
      {
        test: {
          name: 'e2e-firefox',
          include: [...BOTH_BROWSERS, ...FIREFOX_ONLY],
          environment: 'node',
          env: { E2E_BROWSER: 'firefox' },
          globalSetup: ['test/e2e/support/require-browser.ts'],
          testTimeout: 180_000,
          hookTimeout: 180_000,
          fileParallelism: false,
          // After the Chromium project, never beside it.
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
