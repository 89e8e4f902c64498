// Builds a small synthetic xc-oprf-v1 source in the whole-list layout and serves it on 127.0.0.1 the
// way a CDN would (ETag, If-None-Match → 304, application/octet-stream), plus the evaluation endpoint.
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { IdentifierKind, ParsedIdentifier } from '../../../../src/core/identifiers/types.ts';
import { parseSourceDescriptor } from '../../../../src/core/range/source-descriptor.ts';
import type { SourceDescriptor } from '../../../../src/core/range/types.ts';
import {
  buildOprfListSource,
  createEvaluateHandler,
  generateOprfKey,
  loadOprfEvaluator,
  writeOprfKeyFile,
  type EvaluateEndpointOptions,
  type OprfListBuildReport,
  type OprfRecord,
} from '../../../../src/publisher/oprf/index.ts';
import { BREACHES } from './oprf-fixture.ts';

export interface BuiltList {
  dir: string;
  keyPath: string;
  report: OprfListBuildReport;
  cleanup: () => Promise<void>;
}

/** Breached: every id given; the first third is in both breaches, the rest in breaches[0] only. */
export async function buildListFixture(
  kinds: Record<string, ParsedIdentifier[]>,
  options: { sourceId?: string } = {},
): Promise<BuiltList> {
  const root = await mkdtemp(path.join(tmpdir(), 'xc-oprf-list-'));
  const dir = path.join(root, 'out');
  const keyPath = path.join(root, 'secret', 'source.key.json');
  const key = generateOprfKey(new Date('2026-06-01T00:00:00Z'));
  await writeOprfKeyFile(keyPath, key, [dir]);
  const records: OprfRecord[] = [];
  for (const ids of Object.values(kinds)) {
    ids.forEach((id, i) => {
      records.push({ kind: id.kind, canonical: id.canonical, breach: 0 });
      if (i < ids.length / 3) records.push({ kind: id.kind, canonical: id.canonical, breach: 1 });
    });
  }
  const report = await buildOprfListSource({
    outDir: dir,
    key,
    keyPath,
    kinds: Object.keys(kinds) as IdentifierKind[],
    records,
    meta: {
      id: options.sourceId ?? 'demo-oprf-list',
      name: 'Demo OPRF list source',
      publisher: 'Exposure Check tests',
      breaches: BREACHES,
      updated: '2026-06-01T00:00:00.000Z',
    },
  });
  return { dir, keyPath, report, cleanup: () => rm(root, { recursive: true, force: true }) };
}

export interface RecordedRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: string;
}

export interface ServedList {
  baseUrl: string;
  source: SourceDescriptor;
  requests: RecordedRequest[];
  /** Replace what a path serves (tampering tests); undefined restores the file. */
  override: Map<string, (res: ServerResponse) => void>;
  close: () => Promise<void>;
}

function serveFile(dir: string, pathname: string, req: IncomingMessage, res: ServerResponse): void {
  const file = path.join(dir, ...pathname.split('/').filter((p) => p !== '' && p !== '..'));
  readFile(file)
    .then((bytes) => {
      const etag = `"${createHash('sha256').update(bytes).digest('base64url').slice(0, 16)}"`;
      const type = file.endsWith('.json') ? 'application/json' : 'application/octet-stream';
      const headers = { 'content-type': type, etag, 'access-control-allow-origin': '*' };
      if (req.headers['if-none-match'] === etag) res.writeHead(304, headers).end();
      else res.writeHead(200, headers).end(bytes);
    })
    .catch(() => res.writeHead(404, { 'content-type': 'text/plain' }).end('not found'));
}

export async function serveListFixture(
  built: BuiltList,
  endpoint: Partial<Omit<EvaluateEndpointOptions, 'evaluator'>> = {},
): Promise<ServedList> {
  const requests: RecordedRequest[] = [];
  const override = new Map<string, (res: ServerResponse) => void>();
  const { evaluator, evaluatePath } = await loadOprfEvaluator(built.dir, built.keyPath);
  const evaluate = createEvaluateHandler({ evaluator, ...endpoint });
  const server: Server = createServer((req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://x').pathname;
    const chunks: Buffer[] = [];
    const headers = Object.fromEntries(
      Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(',') : (v ?? '')]),
    );
    const record = { method: req.method ?? '-', path: pathname, headers, body: '' };
    requests.push(record);
    if (pathname === evaluatePath) {
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => (record.body = Buffer.concat(chunks).toString('utf8')));
      evaluate(req, res);
      return;
    }
    const replaced = override.get(pathname);
    if (replaced !== undefined) replaced(res);
    else serveFile(built.dir, pathname, req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const json: unknown = JSON.parse(await readFile(path.join(built.dir, 'source.json'), 'utf8'));
  const source = parseSourceDescriptor(json, `${baseUrl}/source.json`);
  return {
    baseUrl,
    source,
    requests,
    override,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
