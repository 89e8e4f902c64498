// Child process: one local server for a benchmark (see server-config.ts), counting what it answers.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createEvaluateHandler, readOprfKeyFile } from '../../../src/publisher/oprf/index.ts';
import { startServer } from '../../../src/publisher/serve/start-server.ts';
import type { ChildMessage } from '../lib/child.ts';
import { groupHits, pwnedBucket } from './pwned-buckets.ts';
import { emptyCounts, type RequestCounts, type ServerConfig } from './server-config.ts';

let counts = emptyCounts();

function listen(server: Server): Promise<string> {
  return new Promise((resolve) => {
    server.keepAliveTimeout = 30_000;
    server.listen(0, '127.0.0.1', () =>
      resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`),
    );
  });
}

function counted(res: ServerResponse, bucket: 'range' | 'evaluate'): void {
  counts.total++;
  counts[bucket]++;
  res.once('finish', () => {
    if (res.statusCode !== 200) counts.failed++;
  });
}

/** The Pwned Passwords range API shape: GET /range/{5 hex}, query string ignored (the hibp package adds one). */
async function startPwned(config: Extract<ServerConfig, { mode: 'pwned' }>): Promise<string> {
  const hits = groupHits(config.hits);
  const buckets = new Map<string, Buffer>();
  const bucketFor = (prefix: string): Buffer => {
    let body = buckets.get(prefix);
    if (body === undefined) {
      body = Buffer.from(pwnedBucket(prefix, config.lines, hits.get(prefix) ?? new Map()));
      buckets.set(prefix, body);
    }
    return body;
  };
  for (const prefix of config.prefixes) bucketFor(prefix.toUpperCase());
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const match = /^\/range\/([0-9A-Fa-f]{5})(\?.*)?$/.exec(req.url ?? '');
    counted(res, 'range');
    if (req.method !== 'GET' || match === null) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found\n');
      return;
    }
    const body = bucketFor((match[1] as string).toUpperCase());
    res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8', 'content-length': body.length });
    res.end(body);
  });
  return listen(server);
}

async function startStatic(config: Extract<ServerConfig, { mode: 'static' }>): Promise<string> {
  const server = await startServer(config.dir, {
    log: (line) => {
      const [, path = '', status = ''] = line.trim().split(' ');
      if (!path.startsWith('/range')) return;
      counts.total++;
      counts.range++;
      if (status !== '200') counts.failed++;
    },
  });
  return server.url;
}

async function startEvaluate(config: Extract<ServerConfig, { mode: 'oprf-evaluate' }>): Promise<string> {
  const key = await readOprfKeyFile(config.keyPath);
  const handle = createEvaluateHandler({
    evaluator: { sourceId: config.sourceId, kinds: config.kinds, key },
    // One benchmark client would hit the default (60 at once, then 1/s) at once; this measures speed.
    rateLimit: { capacity: 1e9, refillPerSecond: 1e9 },
  });
  const server = createServer((req, res) => {
    if (req.method === 'POST') counted(res, 'evaluate');
    handle(req, res);
  });
  return listen(server);
}

const START = { pwned: startPwned, static: startStatic, 'oprf-evaluate': startEvaluate } as const;

const send = (message: ChildMessage): void => void process.send?.(message);

process.once('message', (config: ServerConfig) => {
  const start = START[config.mode] as (c: ServerConfig) => Promise<string>;
  start(config).then(
    (url) => send({ type: 'ready', info: { url } }),
    (error: unknown) => send({ type: 'error', message: String((error as Error)?.stack ?? error) }),
  );
  process.on('message', (message: ChildMessage) => {
    if (message.type !== 'call') return;
    let value: RequestCounts | null = null;
    if (message.name === 'counts') value = { ...counts };
    if (message.name === 'reset') counts = emptyCounts();
    process.send?.({ type: 'reply', id: message.id, value } satisfies ChildMessage, () => {
      if (message.name === 'close') process.exit(0);
    });
  });
});
