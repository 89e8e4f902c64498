import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { SCREENSHOTS_DIR } from './paths.ts';

export function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Saves `artifacts/screenshots/<test>-<state>.png` (full page) and returns its path. */
export async function saveScreenshot(page: Page, test: string, state: string): Promise<string> {
  await mkdir(SCREENSHOTS_DIR, { recursive: true });
  const path = join(SCREENSHOTS_DIR, `${slug(test)}-${slug(state)}.png`);
  await page.screenshot({ path, fullPage: true, animations: 'disabled' });
  return path;
}
