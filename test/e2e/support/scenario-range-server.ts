import { startServer } from '../../../src/publisher/index.ts';
import type { RunningServer } from '../../../src/publisher/index.ts';

/**
 * The publisher's own server, like startRangeServer(), but it can be stopped and started again on the
 * same port: a source's descriptor names its range URL with the port, so "the server is back" has to
 * mean the same address. One access log spans every start, so privacy assertions see the whole run.
 */
export interface SwitchableRangeServer {
  /** URL of source.json: what a person adds to the extension. */
  readonly sourceUrl: string;
  readonly port: number;
  readonly accessLog: string[];
  /** Closes the listening socket: the browser's requests are refused, as when a host is down. */
  stop(): Promise<void>;
  start(): Promise<void>;
  close(): Promise<void>;
}

export async function startSwitchableRangeServer(sourceDir: string): Promise<SwitchableRangeServer> {
  const accessLog: string[] = [];
  const log = (line: string): void => void accessLog.push(line.trimEnd());
  let running: RunningServer | undefined = await startServer(sourceDir, { log });
  const { port, sourceUrl } = running;
  const stop = async (): Promise<void> => {
    await running?.close();
    running = undefined;
  };
  return {
    sourceUrl,
    port,
    accessLog,
    stop,
    start: async () => {
      if (running === undefined) running = await startServer(sourceDir, { log, port });
    },
    close: stop,
  };
}
