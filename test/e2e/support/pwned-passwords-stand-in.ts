import { createHash } from 'node:crypto';
import type { SiteHandler } from './local-web.ts';

export const PWNED_PASSWORDS_HOST = 'api.pwnedpasswords.com';

/** Upper-case SHA-1 hex of a UTF-8 password, as the public range API indexes it. */
export function pwnedSha1(password: string): string {
  return createHash('sha1').update(password, 'utf8').digest('hex').toUpperCase();
}

/**
 * A local stand-in for `GET https://api.pwnedpasswords.com/range/{prefix}`: 5-hex prefix in, CRLF lines of
 * `SUFFIX:COUNT` out, count-0 padding lines when `Add-Padding: true` is sent, 400 for a malformed prefix,
 * 404 outside /range/. `breached` maps a password to how often it was "seen".
 */
export function pwnedPasswordsSite(breached: Readonly<Record<string, number>>): SiteHandler {
  const byPrefix = new Map<string, string[]>();
  for (const [password, count] of Object.entries(breached)) {
    const hash = pwnedSha1(password);
    const lines = byPrefix.get(hash.slice(0, 5)) ?? [];
    lines.push(`${hash.slice(5)}:${count}`);
    byPrefix.set(hash.slice(0, 5), lines);
  }
  return (req, res) => {
    const match = /^\/range\/([^/?]*)/.exec(req.url ?? '');
    const headers = { 'content-type': 'text/plain', 'access-control-allow-origin': '*' };
    if (!match) return void res.writeHead(404, headers).end('not found');
    const prefix = (match[1] ?? '').toUpperCase();
    if (!/^[0-9A-F]{5}$/.test(prefix)) return void res.writeHead(400, headers).end('bad prefix');
    const lines = [...(byPrefix.get(prefix) ?? [])];
    if (req.headers['add-padding'] === 'true') lines.push(...paddingLines(prefix, 12));
    res.writeHead(200, headers).end(lines.join('\r\n'));
  };
}

// Deterministic fake suffixes with count 0, which clients must ignore.
function paddingLines(prefix: string, n: number): string[] {
  return Array.from({ length: n }, (_, i) => `${pwnedSha1(`padding:${prefix}:${i}`).slice(5)}:0`);
}
