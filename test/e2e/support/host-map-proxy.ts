import { createServer, connect } from 'node:net';
import type { AddressInfo, Socket } from 'node:net';
import type { HostMap } from './chromium-args.ts';

/**
 * Firefox's stand-in for Chromium's `--host-resolver-rules`: an HTTP proxy on 127.0.0.1 that Firefox is
 * told to use for every request (`network.proxy.*` prefs). A mapped host is tunnelled to its local port
 * (CONNECT for https, so TLS and the certificate check stay end to end; plain http is forwarded with the
 * Host header kept), and every other host is refused with 502, as Chromium's `MAP * ~NOTFOUND` makes
 * every unmapped name fail. Loopback addresses bypass the proxy (Firefox never proxies them).
 */
export interface HostMapProxy {
  port: number;
  /** `host:port` of every request refused because its host was not mapped, for diagnosis. */
  refused: string[];
  close(): Promise<void>;
}

const HEADER_END = '\r\n\r\n';

export async function startHostMapProxy(hostMap: HostMap): Promise<HostMapProxy> {
  const refused: string[] = [];
  const sockets = new Set<Socket>();
  const portOf = (host: string): number | undefined => hostMap[host.toLowerCase()];

  const server = createServer((client) => {
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    client.on('error', () => client.destroy());
    let head = Buffer.alloc(0);
    const onData = (chunk: Buffer): void => {
      head = Buffer.concat([head, chunk]);
      const end = head.indexOf(HEADER_END);
      if (end === -1) return;
      client.off('data', onData);
      const text = head.subarray(0, end).toString('latin1');
      const [requestLine = ''] = text.split('\r\n');
      const connectTo = /^CONNECT ([^\s:]+):(\d+) /.exec(requestLine);
      const absolute = /^([A-Z]+) http:\/\/([^/\s:]+)(?::\d+)?(\S*) (HTTP\/1\.[01])$/.exec(requestLine);
      const host = connectTo?.[1] ?? absolute?.[2] ?? '';
      const port = portOf(host);
      if (port === undefined) {
        refused.push(connectTo ? `${host}:${connectTo[2]}` : host || requestLine);
        client.end('HTTP/1.1 502 Bad Gateway\r\ncontent-length: 0\r\nconnection: close\r\n\r\n');
        return;
      }
      const upstream = connect(port, '127.0.0.1');
      sockets.add(upstream);
      upstream.on('close', () => sockets.delete(upstream));
      upstream.on('error', () => client.destroy());
      upstream.on('connect', () => {
        if (connectTo) {
          client.write('HTTP/1.1 200 Connection established\r\n\r\n');
          const rest = head.subarray(end + HEADER_END.length);
          if (rest.length > 0) upstream.write(rest);
        } else if (absolute) {
          // Origin-form request line for the local server; headers (Host included) pass unchanged.
          const [, method, , path, version] = absolute;
          upstream.write(`${method} ${path || '/'} ${version}`);
          upstream.write(head.subarray(requestLine.length));
        }
        client.pipe(upstream);
        upstream.pipe(client);
      });
    };
    client.on('data', onData);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    refused,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
