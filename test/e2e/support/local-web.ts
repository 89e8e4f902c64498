import { createServer as createHttpServer } from 'node:http';
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { createServer as createNetServer } from 'node:net';
import type { AddressInfo, Socket } from 'node:net';
import type { HostMap } from './chromium-args.ts';
import { loadTlsFixture } from './tls-fixture.ts';

export type SiteHandler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

/** One request as the server saw it: this is the "access log" privacy tests assert on. */
export interface LoggedRequest {
  scheme: 'http' | 'https';
  host: string;
  method: string;
  /** Path plus query string, exactly as requested. */
  path: string;
  headers: IncomingHttpHeaders;
}

/**
 * A stand-in for the internet on one loopback port. The port speaks both plain HTTP and TLS (told apart
 * by the first byte), and requests are dispatched by their Host header, so Chromium's host-resolver
 * rules can send any number of names, over http or https, to this single port.
 */
export interface LocalWeb {
  port: number;
  requests: LoggedRequest[];
  /** Add or replace the site that answers for a host name. */
  setSite(host: string, handler: SiteHandler): void;
  /** Host map for chromiumArgs/launchExtensionBrowser: every site host (or the given ones) → this port. */
  hostMap(hosts?: readonly string[]): HostMap;
  url(host: string, path?: string, scheme?: 'http' | 'https'): string;
  close(): Promise<void>;
}

const TLS_HANDSHAKE = 0x16;

function hostOf(req: IncomingMessage): string {
  return (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
}

export async function startLocalWeb(sites: Readonly<Record<string, SiteHandler>> = {}): Promise<LocalWeb> {
  const siteMap = new Map(Object.entries(sites).map(([host, h]) => [host.toLowerCase(), h]));
  const requests: LoggedRequest[] = [];
  const dispatch = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const host = hostOf(req);
    const scheme = 'encrypted' in req.socket ? 'https' : 'http';
    requests.push({ scheme, host, method: req.method ?? 'GET', path: req.url ?? '/', headers: req.headers });
    const site = siteMap.get(host);
    try {
      if (site) await site(req, res);
      else res.writeHead(404, { 'content-type': 'text/plain' }).end(`no local site for host "${host}"`);
    } catch (error) {
      res.writeHead(500, { 'content-type': 'text/plain' }).end(`local site failed: ${String(error)}`);
    }
  };
  const tls = loadTlsFixture();
  const plain = createHttpServer((req, res) => void dispatch(req, res));
  const secure = createHttpsServer({ key: tls.key, cert: tls.cert }, (req, res) => void dispatch(req, res));

  const sockets = new Set<Socket>();
  const front = createNetServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.once('data', (first) => {
      socket.pause();
      socket.unshift(first);
      (first[0] === TLS_HANDSHAKE ? secure : plain).emit('connection', socket);
      process.nextTick(() => socket.resume());
    });
  });
  await new Promise<void>((resolve) => front.listen(0, '127.0.0.1', resolve));
  const port = (front.address() as AddressInfo).port;

  return {
    port,
    requests,
    setSite: (host, handler) => void siteMap.set(host.toLowerCase(), handler),
    hostMap: (hosts = [...siteMap.keys()]) =>
      Object.fromEntries(hosts.filter((h) => h !== '127.0.0.1' && h !== 'localhost').map((h) => [h, port])),
    url: (host, path = '/', scheme = 'https') => {
      // Mapped names reach this port whatever port the URL names; loopback needs the real one.
      const loopback = host === '127.0.0.1' || host === 'localhost';
      return `${scheme}://${host}${loopback ? `:${port}` : ''}${path}`;
    },
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => front.close(() => resolve()));
    },
  };
}
