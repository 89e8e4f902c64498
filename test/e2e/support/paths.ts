import { join } from 'node:path';

// Every e2e helper resolves paths from the repository root, so tests work from any working directory.
export const REPO_ROOT = join(import.meta.dirname, '../../..');
export const CHROME_DIST = join(REPO_ROOT, 'dist/chrome');
export const FIREFOX_DIST = join(REPO_ROOT, 'dist/firefox');
export const ARTIFACTS_DIR = join(REPO_ROOT, 'artifacts');
export const SCREENSHOTS_DIR = join(ARTIFACTS_DIR, 'screenshots');
export const TLS_FIXTURE_DIR = join(REPO_ROOT, 'test/e2e/fixtures/tls');

/** The browser binary: Debian's Chromium unless CHROMIUM_PATH points elsewhere. */
export function chromiumPath(): string {
  return process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
}

/** Firefox for the e2e suite: Debian's Firefox ESR unless FIREFOX_PATH points elsewhere. */
export function firefoxPath(): string {
  return process.env['FIREFOX_PATH'] ?? '/usr/bin/firefox-esr';
}
