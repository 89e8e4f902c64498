// A real HTTP server on 127.0.0.1 that answers like the Pwned Passwords range API, for tests that run the
// background against the real range client. Only usable from `// @vitest-environment node` files.
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export type ServerMode =
  { kind: 'ok' } | { kind: 'status'; status: number } | { kind: 'rate-limited'; retryAfterSeconds: number };

export function sha1Hex(text: string): string {
  return createHash('sha1').update(text, 'utf8').digest('hex').toUpperCase();
}

/** Serves `/range/{prefix}` with the given passwords as breached (count 3) plus zero-count padding. */
export async function startPwnedRangeServer() {
  const breached = new Set<string>();
  const requests: string[] = [];
  let mode: ServerMode = { kind: 'ok' };
  const server = createServer((req, res) => {
    const path = req.url ?? '';
    requests.push(path);
    if (mode.kind === 'status') return void res.writeHead(mode.status).end();
    if (mode.kind === 'rate-limited') {
      return void res.writeHead(429, { 'Retry-After': String(mode.retryAfterSeconds) }).end();
    }
    const prefix = /^\/range\/([0-9A-F]{5})$/.exec(path)?.[1];
    if (prefix === undefined) return void res.writeHead(404).end();
    const lines = [...breached].filter((h) => h.startsWith(prefix)).map((h) => `${h.slice(5)}:3`);
    lines.push(`${'0'.repeat(35)}:0`);
    res.writeHead(200, { 'Content-Type': 'text/plain' }).end(lines.join('\r\n'));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    requests,
    breach: (password: string) => void breached.add(sha1Hex(password)),
    setMode: (next: ServerMode) => void (mode = next),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
