import type { BrowserContext, ConsoleMessage, Worker } from 'playwright-core';

/** Something the extension logged as an error, or threw without catching. */
export interface ConsoleProblem {
  where: 'page' | 'worker';
  /** URL of the page or worker script it came from. */
  url: string;
  kind: 'console.error' | 'uncaught';
  text: string;
}

// Playwright reports a service worker's console calls but not its uncaught errors, so each worker gets
// listeners that turn those into console.error lines. Errors thrown while the worker script first runs
// happen before this can be installed; they make registration fail, which launch reports instead.
const UNCAUGHT_PREFIX = 'exposure-check-e2e uncaught: ';

async function forwardUncaughtErrors(worker: Worker): Promise<void> {
  await worker
    .evaluate((prefix) => {
      self.addEventListener('error', (e) => console.error(prefix + e.message));
      self.addEventListener('unhandledrejection', (e) => console.error(`${prefix}${String(e.reason)}`));
    }, UNCAUGHT_PREFIX)
    .catch(() => undefined); // the worker may already be gone; nothing to watch then
}

/**
 * Collects errors from the extension's own pages and service worker (anything whose URL is under the
 * extension origin). Web pages' own errors are ignored: a portal look-alike may log whatever it likes.
 * One log lives across browser restarts, so a test sees every error of its run.
 */
export class ConsoleErrorLog {
  readonly problems: ConsoleProblem[] = [];
  private closing = false;

  constructor(private readonly extensionOrigin: () => string | undefined) {}

  attach(context: BrowserContext): void {
    context.on('console', (msg) => this.onConsole(msg));
    context.on('weberror', (error) => {
      const url = error.page()?.url() ?? '';
      if (this.fromExtension(url)) this.record('page', url, 'uncaught', String(error.error()));
    });
    for (const worker of context.serviceWorkers()) void forwardUncaughtErrors(worker);
    context.on('serviceworker', (worker) => void forwardUncaughtErrors(worker));
  }

  /**
   * While Chromium shuts down, extension API calls fail with "The browser is shutting down"; those are
   * artifacts of ending the test, not defects, so nothing is recorded between close start and relaunch.
   */
  closingBrowser(closing: boolean): void {
    this.closing = closing;
  }

  /** Problems not matched by any of the allowed patterns. */
  unexpected(allowed: readonly RegExp[] = []): ConsoleProblem[] {
    return this.problems.filter((p) => !allowed.some((re) => re.test(p.text)));
  }

  private onConsole(msg: ConsoleMessage): void {
    if (msg.type() !== 'error') return;
    const page = msg.page();
    const url = page?.url() ?? msg.worker()?.url() ?? msg.location().url;
    if (!this.fromExtension(url) && !this.fromExtension(msg.location().url)) return;
    const text = msg.text();
    if (text.startsWith(UNCAUGHT_PREFIX)) {
      this.record('worker', url, 'uncaught', text.slice(UNCAUGHT_PREFIX.length));
    } else {
      this.record(page ? 'page' : 'worker', url, 'console.error', text);
    }
  }

  private fromExtension(url: string): boolean {
    const origin = this.extensionOrigin();
    return origin !== undefined && url.startsWith(origin);
  }

  private record(
    where: ConsoleProblem['where'],
    url: string,
    kind: ConsoleProblem['kind'],
    text: string,
  ): void {
    if (this.closing) return;
    this.problems.push({ where, url, kind, text });
  }
}

export function describeProblems(problems: readonly ConsoleProblem[]): string {
  return problems.map((p) => `  [${p.where} ${p.kind}] ${p.url}\n    ${p.text}`).join('\n');
}
