import { runDemo } from '../../../src/publisher/demo/run-demo.ts';
import type { DemoOptions, DemoResult } from '../../../src/publisher/demo/run-demo.ts';
import { startServer } from '../../../src/publisher/serve/start-server.ts';

/** The publisher's own server on 127.0.0.1, with its access log captured in memory. */
export interface RangeServer {
  /** Base URL with a trailing slash, e.g. http://127.0.0.1:40123/ */
  url: string;
  /** What a person adds to the extension. */
  sourceUrl: string;
  port: number;
  /** One line per request, as the publisher logs it: `GET /ranges/… 200`. Privacy tests assert on this. */
  accessLog: string[];
  close(): Promise<void>;
}

export async function startRangeServer(sourceDir: string): Promise<RangeServer> {
  const accessLog: string[] = [];
  const server = await startServer(sourceDir, { log: (line) => void accessLog.push(line.trimEnd()) });
  return {
    url: server.url,
    sourceUrl: server.sourceUrl,
    port: server.port,
    accessLog,
    close: () => server.close(),
  };
}

/**
 * Builds the publisher's synthetic demo source into `out` (out/source is servable). Defaults are kept small
 * for tests: a few kinds and people, and the lowest work factor clients accept, so a build takes seconds rather than the CLI
 * demo's tens of seconds. Pass `kinds` for what a scenario needs.
 */
export function publishDemoSource(out: string, options: Omit<DemoOptions, 'out'> = {}): Promise<DemoResult> {
  return runDemo({ count: 60, iterations: 1000, kinds: ['pesel', 'email'], ...options, out });
}

export type { DemoResult, DemoSample } from '../../../src/publisher/demo/run-demo.ts';
