// @vitest-environment node
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import {
  fetchSourceJson,
  MAX_SOURCE_JSON_BYTES,
} from '../../../../src/background/sources/fetch-source-json.ts';

const MiB = 1024 * 1024;
let server: Server | undefined;

afterEach(async () => {
  server?.closeAllConnections();
  await new Promise((done) => server?.close(done) ?? done(undefined));
  server = undefined;
});

/** A local server whose source.json is `total` bytes of JSON-ish filler; counts what it managed to write. */
async function hugeSource(options: { total: number; declareLength: boolean; stall?: boolean }) {
  const sent = { bytes: 0, closedEarly: false };
  let markClosed: (() => void) | undefined;
  const closed = new Promise<void>((done) => (markClosed = done));
  server = createServer((_req, res) => {
    const headers: Record<string, string> = { 'Content-Type': 'application/json' };
    if (options.declareLength) headers['Content-Length'] = String(options.total);
    res.writeHead(200, headers);
    res.on('close', () => {
      if (sent.bytes < options.total) sent.closedEarly = true;
      markClosed?.();
    });
    if (options.stall === true) {
      res.flushHeaders();
      return;
    }
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    const pump = (): void => {
      while (sent.bytes < options.total && !res.destroyed) {
        sent.bytes += chunk.length;
        if (!res.write(chunk)) {
          res.once('drain', pump);
          return;
        }
      }
      if (!res.destroyed) res.end();
    };
    pump();
  });
  await new Promise<void>((done) => server?.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/source.json`, sent, closed };
}

describe('fetchSourceJson reads under a byte cap', () => {
  it('refuses a declared Content-Length over the cap before reading the body', async () => {
    const { url } = await hugeSource({ total: 200 * MiB, declareLength: true, stall: true });
    const started = Date.now();
    await expect(fetchSourceJson(url, fetch, 5_000)).rejects.toThrow(/too large/);
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('stops reading a body without Content-Length soon after it passes the cap', async () => {
    const { url, sent, closed } = await hugeSource({ total: 64 * MiB, declareLength: false });
    await expect(fetchSourceJson(url, fetch, 10_000)).rejects.toThrow(/too large/);
    // The server learns of the cancelled read when its socket closes: wait for that (a loaded machine
    // can take a while), not a fixed delay. A client that read everything would close with all sent.
    await Promise.race([closed, new Promise((done) => setTimeout(done, 5_000))]);
    expect(sent.closedEarly).toBe(true);
    // Socket buffers hold a few MiB at most; reading the whole 64 MiB is what the cap must prevent.
    expect(sent.bytes).toBeLessThan(16 * MiB);
  });

  it('still reads a source.json under the cap', async () => {
    server = createServer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ pad: 'x'.repeat(MAX_SOURCE_JSON_BYTES - 100) }));
    });
    await new Promise<void>((done) => server?.listen(0, '127.0.0.1', done));
    const { port } = server.address() as AddressInfo;
    const json = await fetchSourceJson(`http://127.0.0.1:${port}/source.json`, fetch);
    expect(json).toMatchObject({ pad: expect.any(String) });
  });

  it('fails with a readable message on HTTP errors and bad JSON', async () => {
    server = createServer((req, res) => {
      if (req.url === '/missing') res.writeHead(404).end();
      else res.writeHead(200, { 'Content-Type': 'application/json' }).end('{not json');
    });
    await new Promise<void>((done) => server?.listen(0, '127.0.0.1', done));
    const { port } = server.address() as AddressInfo;
    await expect(fetchSourceJson(`http://127.0.0.1:${port}/missing`, fetch)).rejects.toThrow(/HTTP 404/);
    await expect(fetchSourceJson(`http://127.0.0.1:${port}/bad`, fetch)).rejects.toThrow(/not valid JSON/);
  });
});
