// @vitest-environment node
// Behind a reverse proxy every request comes from the proxy's address; without a way to name the proxy,
// all clients share one evaluation rate limit. The client address is taken from X-Forwarded-For only
// when the connection comes from a proxy the publisher named, never by default.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveCommand } from '../../../src/publisher/commands/serve-command.ts';
import { startServer, type RunningServer } from '../../../src/publisher/serve/start-server.ts';
import { captureIo } from './support/capture-io.ts';
import { buildFixtureSource, syntheticIds, type BuiltSource } from './oprf/oprf-fixture.ts';

let built: BuiltSource;
let evaluatePath: string;
const running: RunningServer[] = [];

beforeAll(async () => {
  built = await buildFixtureSource({ pesel: syntheticIds('pesel', 3, 7) }, { prefixBits: { pesel: 4 } });
  const json = JSON.parse(await readFile(path.join(built.dir, 'source.json'), 'utf8'));
  evaluatePath = new URL(json.hash.evaluateUrl, 'http://x/').pathname;
});
afterAll(async () => {
  await Promise.all(running.map((s) => s.close()));
  await built.cleanup();
});

const ONE_EACH = { capacity: 1, refillPerSecond: 0.001 };

async function serve(trustedProxies?: string[]): Promise<RunningServer> {
  const server = await startServer(built.dir, {
    oprfKeyFile: built.keyPath,
    oprfRateLimit: ONE_EACH,
    ...(trustedProxies === undefined ? {} : { trustedProxies }),
  });
  running.push(server);
  return server;
}

/** Status of one evaluation POST claiming to be forwarded for `client`. */
async function post(server: RunningServer, client: string): Promise<number> {
  const response = await fetch(new URL(evaluatePath, server.url), {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': client },
    body: '{}',
  });
  await response.arrayBuffer();
  return response.status;
}

describe('serve: client address behind a reverse proxy', () => {
  it('ignores X-Forwarded-For by default: a client cannot pick its own rate-limit bucket', async () => {
    const server = await serve();
    expect(await post(server, '203.0.113.1')).not.toBe(429);
    expect(await post(server, '203.0.113.2')).toBe(429);
  });

  it('with the proxy named, each forwarded client gets its own bucket', async () => {
    const server = await serve(['127.0.0.1']);
    expect(await post(server, '203.0.113.1')).not.toBe(429);
    expect(await post(server, '203.0.113.2')).not.toBe(429);
    expect(await post(server, '203.0.113.1')).toBe(429);
  });

  it('takes the address the named proxy saw, not one the client prepended', async () => {
    const server = await serve(['127.0.0.1']);
    expect(await post(server, '198.51.100.9, 203.0.113.5')).not.toBe(429);
    expect(await post(server, '198.51.100.10, 203.0.113.5')).toBe(429);
  });

  it('ignores X-Forwarded-For from a connection that is not a named proxy', async () => {
    const server = await serve(['192.0.2.44']);
    expect(await post(server, '203.0.113.1')).not.toBe(429);
    expect(await post(server, '203.0.113.2')).toBe(429);
  });

  it('serve --trusted-proxy names the proxies; a malformed address is a usage error', async () => {
    const io = captureIo();
    const { server } = await serveCommand(
      [built.dir, '--port', '0', '--key-file', built.keyPath, '--trusted-proxy', '127.0.0.1,::1'],
      io,
      process.cwd(),
    );
    if (server !== undefined) running.push(server);
    expect(io.stdout()).toMatch(/client address from X-Forwarded-For.*127\.0\.0\.1/);
    await expect(
      serveCommand([built.dir, '--trusted-proxy', 'proxy.example'], captureIo(), process.cwd()),
    ).rejects.toThrow(/--trusted-proxy takes IP addresses/);
  });
});
