// Builds a small synthetic xc-oprf-v1 source and serves it on 127.0.0.1 (buckets + evaluation endpoint).
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseIdentifier } from '../../../../src/core/identifiers/index.ts';
import type { IdentifierKind, ParsedIdentifier } from '../../../../src/core/identifiers/types.ts';
import { parseSourceDescriptor } from '../../../../src/core/range/source-descriptor.ts';
import type { BreachRef, SourceDescriptor } from '../../../../src/core/range/types.ts';
import { seededRandom, SYNTHETIC } from '../../../../src/core/synthetic/index.ts';
import {
  buildOprfSource,
  createEvaluateHandler,
  generateOprfKey,
  loadOprfEvaluator,
  writeOprfKeyFile,
  type EvaluateEndpointOptions,
  type OprfBuildReport,
  type OprfKey,
  type OprfRecord,
} from '../../../../src/publisher/oprf/index.ts';

export const BREACHES: BreachRef[] = [
  {
    id: 'demo-lab',
    title: 'Demo lab',
    operator: 'Demo Lab sp. z o.o.',
    date: '2026-03-01',
    dataClasses: ['national-id'],
  },
  {
    id: 'demo-clinic',
    title: 'Demo clinic',
    operator: 'Demo Clinic',
    date: '2026-05-01',
    dataClasses: ['national-id', 'name'],
  },
];

/** `count` distinct valid identifiers of `kind`, deterministic for a seed. */
export function syntheticIds(kind: IdentifierKind, count: number, seed: number): ParsedIdentifier[] {
  const random = seededRandom(seed);
  const seen = new Map<string, ParsedIdentifier>();
  while (seen.size < count) {
    const parsed = parseIdentifier(kind, SYNTHETIC[kind](random), { today: new Date('2026-06-01') });
    if (parsed.ok) seen.set(parsed.canonical, parsed);
  }
  return [...seen.values()];
}

export interface BuiltSource {
  dir: string;
  keyPath: string;
  report: OprfBuildReport;
  cleanup: () => Promise<void>;
}

/** Small prefixes keep unit tests fast (file creation dominates); real builds use the defaults. */
export const TEST_PREFIX_BITS = { pesel: 6, cpr: 6, bsn: 5 } as const;

/**
 * What both fixture builds (buckets and whole list) start from, in a fresh temporary `root`: a key file
 * outside `dir`, and records where every id is breached: the first third in both breaches, the rest in
 * breaches[0] only.
 */
export async function fixtureInputs(
  tmpPrefix: string,
  kinds: Record<string, ParsedIdentifier[]>,
): Promise<{ root: string; dir: string; keyPath: string; key: OprfKey; records: OprfRecord[] }> {
  const root = await mkdtemp(path.join(tmpdir(), tmpPrefix));
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
  return { root, dir, keyPath, key, records };
}

/** Breached: ids[0..n); the first third is in both breaches, the rest in breaches[0] only. */
export async function buildFixtureSource(
  kinds: Record<string, ParsedIdentifier[]>,
  options: { sourceId?: string; prefixBits?: Partial<Record<IdentifierKind, number>> } = {},
): Promise<BuiltSource> {
  const { root, dir, keyPath, key, records } = await fixtureInputs('xc-oprf-', kinds);
  const report = await buildOprfSource({
    outDir: dir,
    key,
    keyPath,
    kinds: Object.keys(kinds) as IdentifierKind[],
    records,
    ...(options.prefixBits === undefined ? {} : { prefixBits: options.prefixBits }),
    meta: {
      id: options.sourceId ?? 'demo-oprf',
      name: 'Demo OPRF source',
      publisher: 'Exposure Check tests',
      breaches: BREACHES,
      updated: '2026-06-01T00:00:00.000Z',
    },
  });
  return { dir, keyPath, report, cleanup: () => rm(root, { recursive: true, force: true }) };
}

export interface ServedSource {
  baseUrl: string;
  source: SourceDescriptor;
  logs: string[];
  close: () => Promise<void>;
}

function serveStatic(dir: string, req: IncomingMessage, res: ServerResponse): void {
  const pathname = new URL(req.url ?? '/', 'http://x').pathname;
  const file = path.join(dir, ...pathname.split('/').filter((p) => p !== '' && p !== '..'));
  readFile(file)
    .then((bytes) => {
      const type = file.endsWith('.json') ? 'application/json' : 'text/plain; charset=utf-8';
      res.writeHead(200, { 'content-type': type, 'access-control-allow-origin': '*' }).end(bytes);
    })
    .catch(() => res.writeHead(404, { 'content-type': 'text/plain' }).end('not found'));
}

/** Serves `built` like `publisher serve` would: static files, and POST to the evaluate path. */
export async function serveFixture(
  built: BuiltSource,
  endpoint: Partial<Omit<EvaluateEndpointOptions, 'evaluator'>> = {},
): Promise<ServedSource> {
  const logs: string[] = [];
  const { evaluator, evaluatePath } = await loadOprfEvaluator(built.dir, built.keyPath);
  const evaluate = createEvaluateHandler({ evaluator, log: (line) => logs.push(line), ...endpoint });
  const server: Server = createServer((req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://x').pathname;
    logs.push(`${req.method ?? '-'} ${pathname}`);
    if (pathname === evaluatePath) evaluate(req, res);
    else serveStatic(built.dir, req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const json: unknown = JSON.parse(await readFile(path.join(built.dir, 'source.json'), 'utf8'));
  const source = parseSourceDescriptor(json, `${baseUrl}/source.json`);
  return {
    baseUrl,
    source,
    logs,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
