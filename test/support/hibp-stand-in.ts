import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export const HIBP_HOST = 'haveibeenpwned.com';

/** The fields of HIBP's breach model the stand-in serves (Description is HTML on purpose). */
export interface StandInBreach {
  Name: string;
  Title: string;
  Domain: string;
  BreachDate: string;
  PwnCount: number;
  DataClasses: string[];
  Description: string;
}

/** What the range endpoint does instead of answering normally. */
export type RangeBehaviour =
  | { kind: 'answer' }
  | { kind: 'status'; status: number; retryAfter?: string }
  | { kind: 'malformed-json' }
  | { kind: 'short-suffix' }
  | { kind: 'oversized'; bytes: number };

export interface HibpSite {
  (req: IncomingMessage, res: ServerResponse): void;
  /** "METHOD path" of every request, in order: privacy tests assert on it. */
  log: string[];
  /** Headers of every request, in order. */
  headers: IncomingMessage['headers'][];
  behaviour: RangeBehaviour;
  catalogueStatus: number;
}

/** Upper-case SHA-1 hex of the lower-cased address, as HIBP's email range search indexes it. */
export function emailSha1(email: string): string {
  return createHash('sha1').update(email.toLowerCase(), 'utf8').digest('hex').toUpperCase();
}

export const SAMPLE_BREACHES: StandInBreach[] = [
  {
    Name: 'Adobe',
    Title: 'Adobe',
    Domain: 'adobe.com',
    BreachDate: '2013-10-04',
    PwnCount: 152445165,
    DataClasses: ['Email addresses', 'Password hints', 'Passwords', 'Usernames'],
    Description:
      'In October 2013, <a href="https://example.invalid/">Adobe</a> was breached.<img src=x onerror=alert(1)>',
  },
  {
    Name: 'LinkedIn',
    Title: 'LinkedIn',
    Domain: 'linkedin.com',
    BreachDate: '2012-05-05',
    PwnCount: 164611595,
    DataClasses: ['Email addresses', 'Passwords'],
    Description: '<script>alert(1)</script>In May 2016, LinkedIn had 164 million addresses for sale.',
  },
];

/**
 * A stand-in for haveibeenpwned.com's API v3: `GET /api/v3/breachedaccount/range/{6 hex}` (needs
 * `hibp-api-key`; JSON array of `{ hashSuffix, websites }` with decoy suffixes), `GET /api/v3/breaches`
 * (keyless catalogue) and the plaintext `GET /api/v3/breachedaccount/{account}`.
 */
export function hibpSite(
  accounts: Readonly<Record<string, string[]>>,
  breaches: readonly StandInBreach[] = SAMPLE_BREACHES,
): HibpSite {
  const byHash = new Map(Object.entries(accounts).map(([email, names]) => [emailSha1(email), names]));
  const site = ((req, res) => {
    const path = req.url ?? '/';
    site.log.push(`${req.method ?? 'GET'} ${path}`);
    site.headers.push(req.headers);
    const json = (status: number, body: unknown, extra: Record<string, string> = {}) =>
      void res.writeHead(status, { 'content-type': 'application/json', ...extra }).end(JSON.stringify(body));
    if (path === '/api/v3/breaches') {
      if (site.catalogueStatus !== 200) return json(site.catalogueStatus, { message: 'no' });
      return json(200, breaches);
    }
    const range = /^\/api\/v3\/breachedaccount\/range\/([^/?]*)$/.exec(path);
    const plain = /^\/api\/v3\/breachedaccount\/([^/?]+)/.exec(path);
    if (range === null && plain === null) return json(404, { message: 'not found' });
    if (req.headers['hibp-api-key'] === undefined) return json(401, { message: 'no key' });
    if (range === null) {
      const account = decodeURIComponent(plain?.[1] ?? '').toLowerCase();
      const names = byHash.get(emailSha1(account));
      return names === undefined
        ? void res.writeHead(404).end()
        : json(
            200,
            names.map((Name) => ({ Name })),
          );
    }
    const prefix = (range[1] ?? '').toUpperCase();
    if (!/^[0-9A-F]{6}$/.test(prefix)) return json(400, { message: 'bad prefix' });
    const b = site.behaviour;
    if (b.kind === 'status') {
      return json(
        b.status,
        { message: 'refused' },
        b.retryAfter === undefined ? {} : { 'retry-after': b.retryAfter },
      );
    }
    if (b.kind === 'malformed-json')
      return void res.writeHead(200, { 'content-type': 'application/json' }).end('[{"hashSuffix":');
    if (b.kind === 'oversized') {
      return void res.writeHead(200, { 'content-type': 'application/json' }).end(`[${' '.repeat(b.bytes)}]`);
    }
    const entries = [...byHash]
      .filter(([hash]) => hash.startsWith(prefix))
      .map(([hash, websites]) => ({ hashSuffix: hash.slice(6), websites }));
    // Decoys: other addresses under the same prefix, as the real range always has.
    for (let i = 0; i < 5; i++) {
      const suffix = createHash('sha1').update(`decoy:${prefix}:${i}`).digest('hex').toUpperCase().slice(6);
      entries.push({ hashSuffix: suffix, websites: ['Adobe'] });
    }
    if (b.kind === 'short-suffix') entries.push({ hashSuffix: 'ABC', websites: ['Adobe'] });
    return json(200, entries);
  }) as HibpSite;
  site.log = [];
  site.headers = [];
  site.behaviour = { kind: 'answer' };
  site.catalogueStatus = 200;
  return site;
}

export interface HibpStandIn {
  site: HibpSite;
  origin: string;
  /** A fetch that sends https://haveibeenpwned.com/… to the stand-in (and nothing else anywhere). */
  fetch: typeof fetch;
  close(): Promise<void>;
}

/** The stand-in on 127.0.0.1, port 0. */
export async function startHibpStandIn(site: HibpSite): Promise<HibpStandIn> {
  const server = createServer(site);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const standInFetch: typeof fetch = (input, init) => {
    const url = String(input instanceof Request ? input.url : input);
    if (!url.startsWith(`https://${HIBP_HOST}/`)) throw new TypeError(`unexpected request to ${url}`);
    return globalThis.fetch(url.replace(`https://${HIBP_HOST}`, origin), init);
  };
  return {
    site,
    origin,
    fetch: standInFetch,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
