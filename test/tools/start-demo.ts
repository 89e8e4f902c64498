// `npm start`: build the extension, publish the synthetic demo breach, serve it on 127.0.0.1 and open
// Chromium with the extension loaded. Without a display, explain how to load dist/chrome by hand and keep
// serving. Options: --no-build (use dist/ as it is), --fresh (rebuild the demo source, new profile).
// Ctrl+C or SIGTERM at any moment stops everything it started: the build, the publisher, the server and
// Chromium (see demo-children.ts).
import type { BrowserContext } from 'playwright-core';
import type { RunningServer } from '../../src/publisher/serve/start-server.ts';
import { startServer } from '../../src/publisher/serve/start-server.ts';
import { CHROME_DIST } from '../e2e/support/paths.ts';
import { hasDisplay, openDemoBrowser } from './demo-browser.ts';
import { stopChildren } from './demo-children.ts';
import { DEMO_SOURCE_DIR, ensureDemoSource, npmRun } from './demo-source.ts';

const DEFAULT_PORT = 8787; // fixed, so the source URL a profile remembers still works next time

async function serveDemo(): Promise<RunningServer> {
  const port = Number(process.env['DEMO_PORT'] ?? DEFAULT_PORT);
  try {
    return await startServer(DEMO_SOURCE_DIR, { port });
  } catch (error) {
    if ((error as { code?: string }).code !== 'EADDRINUSE') throw error;
    console.warn(`Port ${port} is busy; serving on a free port instead (set DEMO_PORT to choose).`);
    return startServer(DEMO_SOURCE_DIR, { port: 0 });
  }
}

function loadByHandInstructions(sourceUrl: string): string {
  return [
    'No display here (neither DISPLAY nor WAYLAND_DISPLAY is set), so no browser is opened. To try it:',
    '  1. In Chrome or Chromium, open chrome://extensions and switch on "Developer mode".',
    `  2. "Load unpacked" and choose ${CHROME_DIST}`,
    '     (Firefox: about:debugging → This Firefox → Load Temporary Add-on → dist/firefox/manifest.json).',
    `  3. In the extension's settings, add the source ${sourceUrl}`,
    '     (the browser must run on this machine, or forward the port: ssh -L 8787:127.0.0.1:8787 …).',
  ].join('\n');
}

let server: RunningServer | undefined;
let browser: BrowserContext | undefined;
let stopping = false;

/** Stops whatever is running (build or publisher children, Chromium, the server), then exits. */
async function stop(): Promise<void> {
  if (stopping) return;
  stopping = true;
  await stopChildren();
  // Close Chromium properly so the demo profile (and a watchlist in it) is saved.
  await browser?.close().catch(() => undefined);
  await server?.close();
  process.exit(0);
}

async function main(): Promise<void> {
  // First, so a signal during the build or the publishing stops those children too.
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
  const args = new Set(process.argv.slice(2));
  if (!args.has('--no-build')) await npmRun('build');
  await ensureDemoSource(args.has('--fresh'));
  if (stopping) return;
  server = await serveDemo();
  console.log(`\nServing the demo source at ${server.url}\nSource to add: ${server.sourceUrl}\n`);
  if (!hasDisplay()) {
    console.log(`${loadByHandInstructions(server.sourceUrl)}\n\nServing until Ctrl+C.`);
    return;
  }
  browser = await openDemoBrowser(server.sourceUrl);
  console.log('Chromium is open with Exposure Check loaded (pin it from the puzzle-piece menu).');
  console.log('Close the browser window or press Ctrl+C to stop.');
  browser.on('close', () => void stop());
}

main().catch(async (error: unknown) => {
  // A child stopped by a signal rejects too: that is the stop under way, not a failure to report.
  if (stopping) return;
  console.error(error instanceof Error ? error.message : error);
  await stopChildren();
  await server?.close();
  process.exit(1);
});
