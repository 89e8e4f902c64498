import { existsSync } from 'node:fs';
import { lstat, readFile, realpath } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve, sep } from 'node:path';
import { oprfEvaluateRoute } from '../oprf/serve-evaluate.ts';
import type { RateLimitOptions } from '../oprf/rate-limiter.ts';
import { accessLogger, type AccessLogTarget } from './access-log.ts';
import { clientKeyFor } from './client-address.ts';
import { etagMatches, strongEtag } from './etag.ts';
import { sourceIndexText } from './source-index.ts';
import { routeFor, type StaticRoute } from './static-routes.ts';

export interface ServeOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Default 127.0.0.1. Clients accept plain http only on loopback addresses. */
  host?: string;
  /** A file to append the access log to, or a function receiving each line. No log by default. */
  log?: AccessLogTarget;
  /** max-age for range files in seconds (default 300); source.json is always revalidated. */
  rangeMaxAge?: number;
  /** xc-oprf-v1: the source's key file; turns on `POST <evaluate path>` (must be outside `dir`). */
  oprfKeyFile?: string;
  /** xc-oprf-v1: per-client token bucket for evaluations (default 60 burst, 1/s). */
  oprfRateLimit?: Partial<RateLimitOptions>;
  /**
   * Addresses of reverse proxies in front of this server. Only for connections from one of them is the
   * client address read from X-Forwarded-For (for the evaluation rate limit); none by default, because
   * anyone can send that header.
   */
  trustedProxies?: readonly string[];
}

export interface RunningServer {
  /** Base URL with a trailing slash, e.g. http://127.0.0.1:8080/ */
  url: string;
  /** URL of source.json: what people add to the extension. */
  sourceUrl: string;
  port: number;
  host: string;
  close(): Promise<void>;
}

const CORS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, HEAD, OPTIONS',
  'Access-Control-Allow-Headers': 'Add-Padding, If-None-Match',
  'Access-Control-Max-Age': '86400',
};
const COMMON = { ...CORS, 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer' };

/** Reads the file a route names, refusing symlinks and anything resolving outside the root. */
async function readRouted(root: string, route: StaticRoute): Promise<Buffer | undefined> {
  const path = join(root, route.file);
  try {
    const info = await lstat(path);
    if (!info.isFile()) return undefined;
    const real = await realpath(path);
    if (!real.startsWith(root + sep)) return undefined;
    return await readFile(real);
  } catch {
    return undefined;
  }
}

function pathnameOf(req: IncomingMessage): string | undefined {
  try {
    return new URL(req.url ?? '/', 'http://localhost').pathname;
  } catch {
    return undefined;
  }
}

/** source.json as JSON, or undefined when it is missing or not JSON (the index then says so). */
async function readDescriptor(root: string): Promise<unknown> {
  const body = await readRouted(root, { file: 'source.json', contentType: '', kind: 'descriptor' });
  try {
    return body === undefined ? undefined : (JSON.parse(body.toString('utf8')) as unknown);
  } catch {
    return undefined;
  }
}

function handler(root: string, options: ServeOptions, baseUrl: () => string) {
  const log = accessLogger(options.log);
  const maxAge = options.rangeMaxAge ?? 300;
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const method = req.method ?? 'GET';
    const pathname = pathnameOf(req);
    const route = pathname === undefined ? undefined : routeFor(pathname);
    const logged = route === undefined ? undefined : `/${route.file}`;
    const finish = (status: number, headers: Record<string, string>, body?: Buffer | string): void => {
      res.writeHead(status, { ...COMMON, ...headers });
      res.end(method === 'HEAD' ? undefined : body);
      log(method, logged, status);
    };
    if (method === 'OPTIONS') return finish(204, {});
    if (method !== 'GET' && method !== 'HEAD') return finish(405, { Allow: 'GET, HEAD, OPTIONS' });
    if ((req.url ?? '').split('?')[0] === '/') {
      // The root, as requested (not a path that only normalises to it), answers with an index of what
      // is served, read from source.json on each request.
      const text = sourceIndexText(await readDescriptor(root), baseUrl());
      return finish(200, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-cache' }, text);
    }
    const body = route === undefined ? undefined : await readRouted(root, route);
    if (route === undefined || body === undefined) {
      return finish(
        404,
        { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
        'Not found\n',
      );
    }
    const etag = strongEtag(body);
    // A list changes with its source.json, so caches revalidate it (a 304 when unchanged).
    const cache =
      route.kind === 'descriptor'
        ? 'no-cache'
        : route.kind === 'list'
          ? 'public, no-cache'
          : `public, max-age=${maxAge}`;
    const headers = { ETag: etag, 'Cache-Control': cache };
    if (etagMatches(req.headers['if-none-match'], etag)) return finish(304, headers);
    finish(
      200,
      { ...headers, 'Content-Type': route.contentType, 'Content-Length': String(body.length) },
      body,
    );
  };
}

function listen(server: Server, port: number, host: string): Promise<AddressInfo> {
  return new Promise((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolveListen(server.address() as AddressInfo);
    });
  });
}

/**
 * Serves a built source directory over HTTP for local use, demos and tests: the right content
 * types, CORS for the extension, strong ETags with 304s, and an access log of prefixes only.
 */
export async function startServer(dir: string, options: ServeOptions = {}): Promise<RunningServer> {
  if (!existsSync(join(dir, 'source.json'))) {
    throw new Error(`${dir} holds no source.json: build a source first (for the demo, serve <dir>/source).`);
  }
  const root = await realpath(resolve(dir));
  // The index names the server's own address, never what a request's Host header claims.
  let base = 'http://127.0.0.1/';
  const serve = handler(root, options, () => base);
  const evaluate =
    options.oprfKeyFile === undefined
      ? undefined
      : await oprfEvaluateRoute(root, { ...options, clientKey: clientKeyFor(options.trustedProxies) });
  const server = createServer((req, res) => {
    if (evaluate?.matches(req) === true) return evaluate.handle(req, res);
    serve(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500, CORS);
      res.end();
    });
  });
  const address = await listen(server, options.port ?? 0, options.host ?? '127.0.0.1');
  const hostPart = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const url = `http://${hostPart}:${address.port}/`;
  base = url;
  return {
    url,
    sourceUrl: `${url}source.json`,
    port: address.port,
    host: address.address,
    close: () =>
      new Promise<void>((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}
