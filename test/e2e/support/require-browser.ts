import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { TestProject } from 'vitest/node';
import { chromiumPath, firefoxPath } from './paths.ts';

// vitest globalSetup of both e2e projects: before any test file starts, the project's browser must be
// installed and runnable. A missing browser fails the whole project with one message saying what to
// install; it is never skipped, so a CI machine without Firefox cannot report a green Firefox suite.

const run = promisify(execFile);

const BROWSERS = {
  chromium: {
    path: chromiumPath,
    variable: 'CHROMIUM_PATH',
    install: 'apt-get install -y chromium',
    otherSuite: 'npm run test:e2e:firefox',
  },
  firefox: {
    path: firefoxPath,
    variable: 'FIREFOX_PATH',
    install: 'apt-get install -y firefox-esr',
    otherSuite: 'npm run test:e2e:chromium',
  },
} as const;

export default async function requireBrowser(project: TestProject): Promise<void> {
  const name = project.config.env['E2E_BROWSER'];
  if (name !== 'chromium' && name !== 'firefox') {
    throw new Error(`vitest project ${project.name}: E2E_BROWSER must be chromium or firefox, got ${name}`);
  }
  const browser = BROWSERS[name];
  const path = browser.path();
  try {
    const { stdout } = await run(path, ['--version'], { timeout: 30_000 });
    console.log(`${project.name}: ${stdout.trim()} (${path})`);
  } catch (error) {
    throw new Error(
      `The ${project.name} tests need ${name} at ${path}, which did not run (${(error as Error).message.split('\n')[0]}). ` +
        `Install it (${browser.install}; .ci/run does this) or set ${browser.variable} to its binary. ` +
        `To run only the other browser's suite: ${browser.otherSuite}.`,
      { cause: error },
    );
  }
}
