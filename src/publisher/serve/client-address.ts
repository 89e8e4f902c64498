import type { IncomingMessage } from 'node:http';
import { isIP } from 'node:net';
import { clientKeyFromAddress } from '../oprf/rate-limiter.ts';

/** `::ffff:192.0.2.1` (an IPv4 peer on a dual-stack socket) is the IPv4 address. */
function plain(address: string): string {
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address);
  return (mapped?.[1] ?? address).toLowerCase();
}

/**
 * Checks `--trusted-proxy` values: IP addresses only (a host name would be resolved by someone else,
 * and a range is more trust than anyone needs to give). Returns the normalised list or an error.
 */
export function parseTrustedProxies(values: readonly string[]): string[] | string {
  const list = values
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter((v) => v !== '');
  const bad = list.find((v) => isIP(v) === 0);
  if (bad !== undefined) return `"${bad}" is not an IP address`;
  return [...new Set(list.map(plain))];
}

/**
 * The address of the client behind a request. The TCP peer, unless the peer is one of the reverse
 * proxies the publisher named: then the right-most X-Forwarded-For entry that is not a named proxy (what
 * the outermost proxy saw; entries further left are whatever the client chose to send). A header that
 * is missing or malformed leaves the proxy's own address, never a value the client picked.
 */
export function clientAddressOf(req: IncomingMessage, trusted: ReadonlySet<string>): string | undefined {
  const peer = req.socket.remoteAddress === undefined ? undefined : plain(req.socket.remoteAddress);
  if (peer === undefined || !trusted.has(peer)) return peer;
  const header = req.headers['x-forwarded-for'];
  const text = Array.isArray(header) ? header.join(',') : (header ?? '');
  const hops = text
    .split(',')
    .map((h) => h.trim())
    .filter((h) => h !== '');
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = plain(hops[i] as string);
    if (isIP(hop) === 0) return peer;
    if (!trusted.has(hop)) return hop;
  }
  return peer;
}

/** Rate-limit key per request: the TCP peer by default, the forwarded client behind named proxies. */
export function clientKeyFor(trustedProxies: readonly string[] = []): (req: IncomingMessage) => string {
  const trusted = new Set(trustedProxies.map(plain));
  return (req) => clientKeyFromAddress(clientAddressOf(req, trusted));
}
