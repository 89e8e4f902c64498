// @vitest-environment node
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildSource } from '../../../src/publisher/build/build-source.ts';
import { startServer, type RunningServer } from '../../../src/publisher/serve/start-server.ts';
import { synthetic, xcPlan } from './support/build-fixtures.ts';
import { rawRequest } from './support/raw-request.ts';
import { useTempDir } from './support/temp-dir.ts';

const tmp = useTempDir();
let server: RunningServer;
let logPath: string;
let root: string;

beforeEach(async () => {
  root = join(tmp.dir(), 'site', 'source');
  const csv = tmp.file('in.csv', `pesel\n${synthetic('pesel', 5).join('\n')}\n`);
  await buildSource(
    xcPlan(root, {
      maxPrefixBits: 4,
      inputs: [{ path: csv, format: 'csv', kinds: ['pesel'], columns: {}, breach: 'breach-a' }],
    }),
  );
  writeFileSync(join(tmp.dir(), 'site', 'secret.txt'), 'TOP SECRET');
  logPath = join(tmp.dir(), 'access.log');
  server = await startServer(root, { log: logPath });
});
afterEach(async () => server.close());

describe('startServer', () => {
  it('serves source.json and range files with their content types, CORS and cache headers', async () => {
    expect(server.sourceUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/source\.json$/);
    const descriptor = await fetch(server.sourceUrl);
    expect(descriptor.status).toBe(200);
    expect(descriptor.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(descriptor.headers.get('cache-control')).toBe('no-cache');
    expect(descriptor.headers.get('access-control-allow-origin')).toBe('*');
    expect((await descriptor.json()) as unknown).toMatchObject({ id: 'test-source' });
    const range = await fetch(`${server.url}ranges/pesel/0.txt`, { headers: { 'Add-Padding': 'true' } });
    expect(range.status).toBe(200);
    expect(range.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(range.headers.get('cache-control')).toMatch(/^public, max-age=\d+$/);
    expect(await range.text()).toBe(readFileSync(join(root, 'ranges/pesel/0.txt'), 'utf8'));
  });

  it('answers CORS preflights for the Add-Padding header', async () => {
    const res = await rawRequest(server.url, '/ranges/pesel/8.txt', {
      method: 'OPTIONS',
      headers: {
        Origin: 'chrome-extension://abcdefghijklmnop',
        'Access-Control-Request-Method': 'GET',
        'Access-Control-Request-Headers': 'add-padding',
      },
    });
    expect(res.status).toBe(204);
    expect(res.headers['access-control-allow-origin']).toBe('*');
    expect(String(res.headers['access-control-allow-headers']).toLowerCase()).toContain('add-padding');
    expect(String(res.headers['access-control-allow-methods'])).toContain('GET');
  });

  it('sends a strong ETag and answers 304 to a matching If-None-Match', async () => {
    const first = await rawRequest(server.url, '/ranges/pesel/4.txt');
    const etag = String(first.headers.etag);
    expect(etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
    const again = await rawRequest(server.url, '/ranges/pesel/4.txt', { headers: { 'If-None-Match': etag } });
    expect(again.status).toBe(304);
    expect(again.body).toBe('');
    const other = await rawRequest(server.url, '/ranges/pesel/C.txt', { headers: { 'If-None-Match': etag } });
    expect(other.status).toBe(200);
    const head = await rawRequest(server.url, '/source.json', { method: 'HEAD' });
    expect([head.status, head.body, Number(head.headers['content-length']) > 0]).toEqual([200, '', true]);
  });

  it.each([
    '/../secret.txt',
    '/ranges/pesel/../../../secret.txt',
    '/%2e%2e/secret.txt',
    '/ranges/pesel/..%2F..%2F..%2Fsecret.txt',
    '/ranges/..%5c..%5csecret.txt',
    '//etc/passwd',
    '/ranges/pesel/0.txt%00',
    '/source.json/..',
  ])('refuses path traversal: %s', async (path) => {
    const res = await rawRequest(server.url, path);
    expect(res.status).toBe(404);
    expect(res.body).not.toContain('SECRET');
  });

  it('does not follow a symlink out of the source directory, and 404s unknown paths', async () => {
    mkdirSync(join(root, 'ranges', 'cpr'), { recursive: true });
    symlinkSync(join(tmp.dir(), 'site', 'secret.txt'), join(root, 'ranges', 'cpr', 'ABC.txt'));
    expect((await rawRequest(server.url, '/ranges/cpr/ABC.txt')).status).toBe(404);
    expect((await rawRequest(server.url, '/ranges/pesel/FFFF.txt')).status).toBe(404);
    expect((await rawRequest(server.url, '/input/lab-records.csv')).status).toBe(404);
    expect((await rawRequest(server.url, '/source.json', { method: 'POST' })).status).toBe(405);
  });

  it('logs only method, prefix path and status: no query, header, address or full hash', async () => {
    const fullHash = 'A'.repeat(64);
    await rawRequest(server.url, '/ranges/pesel/0.txt?pesel=44051401458&email=a@example.org', {
      headers: {
        'X-Identifier': '44051401458',
        Cookie: 'session=abc',
        Referer: 'http://x/?pesel=44051401458',
      },
    });
    await rawRequest(server.url, `/ranges/pesel/${fullHash}.txt`);
    await rawRequest(server.url, '/44051401458');
    await rawRequest(server.url, '/source.json', { method: 'OPTIONS' });
    const log = readFileSync(logPath, 'utf8');
    expect(log).toBe('GET /ranges/pesel/0.txt 200\nGET - 404\nGET - 404\nOPTIONS /source.json 204\n');
    expect(log).not.toMatch(/[0-9A-F]{20,}|44051401458|127\.0\.0\.1|example|session/);
  });

  it('answers the root URL with an index of what it serves, not a 404', async () => {
    const res = await rawRequest(server.url, '/', { headers: { Host: 'evil.example' } });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(res.body).toContain(
      `Add this address in the extension's settings (Add a source): ${server.sourceUrl}`,
    );
    expect(res.body).toContain(`${server.url}ranges/pesel/{prefix}.txt  pesel range files by hash prefix`);
    // The server's own address, never the Host header a request claims.
    expect(res.body).not.toContain('evil.example');
    expect(res.body).not.toContain('SECRET');
    expect(readFileSync(logPath, 'utf8')).toBe('GET - 200\n');
  });
});
