// xc-oprf-v1 benchmark: client CPU per check, server evaluations/s, checks/s against a local server,
// and publisher records/s. Run: npx tsx test/bench/oprf-bench.ts [--records 10000] [--checks 200]
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parseIdentifier } from '../../src/core/identifiers/index.ts';
import type { ParsedIdentifier } from '../../src/core/identifiers/types.ts';
import {
  checkOprf,
  lineKeyFromOutput,
  oprfInput,
  oprfPublicPrefix,
  parseOprfBucket,
  poprfFor,
} from '../../src/core/oprf/index.ts';
import { parseSourceDescriptor } from '../../src/core/range/source-descriptor.ts';
import { seededRandom, SYNTHETIC } from '../../src/core/synthetic/index.ts';
import { startServer } from '../../src/publisher/serve/start-server.ts';
import {
  buildOprfSource,
  createEvaluateHandler,
  generateOprfKey,
  OprfBucketBuilder,
  type OprfRecord,
} from '../../src/publisher/oprf/index.ts';

const cpuMs = (start: NodeJS.CpuUsage): number => {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
};

function pesels(count: number, seed: number): ParsedIdentifier[] {
  const random = seededRandom(seed);
  const out = new Map<string, ParsedIdentifier>();
  while (out.size < count) {
    const parsed = parseIdentifier('pesel', SYNTHETIC.pesel(random), { today: new Date('2026-06-01') });
    if (parsed.ok) out.set(parsed.canonical, parsed);
  }
  return [...out.values()];
}

const BREACHES = [
  { id: 'bench', title: 'Bench', operator: 'Bench', date: '2026-01-01', dataClasses: ['national-id'] },
];

/** Client work per check, without the network: prefix, blind, finalize (proof check), bucket parse. */
async function clientCpu(n: number): Promise<number> {
  const key = generateOprfKey();
  const poprf = poprfFor('bench', 'pesel');
  const ids = pesels(n, 7);
  const bucket = Array.from(
    { length: 40 },
    (_, i) => `${i.toString(16).toUpperCase().padStart(24, '0')}:1`,
  ).join('\n');
  const answers = ids.map((id) => {
    const b = poprf.blind(oprfInput(id.kind, id.canonical), key.publicKey);
    return { b, e: poprf.blindEvaluate(key.secretKey, b.blinded) };
  });
  const start = process.cpuUsage();
  for (const [i, id] of ids.entries()) {
    const input = oprfInput(id.kind, id.canonical);
    await oprfPublicPrefix(id.kind, id.canonical, 15);
    // The blind a real check makes (timed); finalize uses a pair whose server answer was made outside the timer.
    poprf.blind(input, key.publicKey);
    const { b, e } = answers[i]!;
    const out = poprf.finalize(input, b.blind, e.evaluated, b.blinded, e.proof, b.tweakedKey);
    parseOprfBucket(`${bucket}\n`, { lines: 40, bitmapHexLength: 1 }).get(lineKeyFromOutput(out, 1).tag);
  }
  return cpuMs(start) / n;
}

function serverEvalsPerSecond(n: number): number {
  const key = generateOprfKey();
  const poprf = poprfFor('bench', 'pesel');
  const blinded = pesels(n, 9).map(
    (id) => poprf.blind(oprfInput(id.kind, id.canonical), key.publicKey).blinded,
  );
  const start = process.cpuUsage();
  for (const b of blinded) poprf.blindEvaluate(key.secretKey, b);
  return n / (cpuMs(start) / 1000);
}

async function buildRate(records: number, dir: string) {
  const key = generateOprfKey();
  const ids = pesels(records, 11);
  const rows: OprfRecord[] = ids.map((id) => ({ kind: 'pesel', canonical: id.canonical, breach: 0 }));
  const builder = new OprfBucketBuilder({ sourceId: 'bench', key, kinds: ['pesel'], breachCount: 1 });
  for (const r of rows) builder.add(r);
  let t = performance.now();
  await builder.finish();
  const evaluatePerSecond = records / ((performance.now() - t) / 1000);
  t = performance.now();
  const meta = {
    id: 'bench',
    name: 'Bench',
    publisher: 'Bench',
    breaches: BREACHES,
    updated: '2026-01-01T00:00:00Z',
  };
  const report = await buildOprfSource({ outDir: dir, key, meta, kinds: ['pesel'], records: rows });
  const fullSeconds = (performance.now() - t) / 1000;
  return { key, ids, evaluatePerSecond, fullSeconds, files: report.files, lines: report.lines.pesel };
}

async function checksPerSecond(
  dir: string,
  key: ReturnType<typeof generateOprfKey>,
  ids: ParsedIdentifier[],
  n: number,
) {
  // Static files from the publisher's own server; evaluations on a second port (no serve hook needed).
  const files = await startServer(dir, {});
  const evaluate = createEvaluateHandler({
    evaluator: { sourceId: 'bench', kinds: ['pesel'], key },
    rateLimit: { capacity: 1e9, refillPerSecond: 1e9 },
  });
  const evalServer = createServer(evaluate);
  await new Promise<void>((r) => evalServer.listen(0, '127.0.0.1', r));
  const evaluateUrl = `http://127.0.0.1:${(evalServer.address() as AddressInfo).port}/evaluate`;
  const json = JSON.parse(await (await fetch(files.sourceUrl)).text());
  const source = parseSourceDescriptor({ ...json, hash: { ...json.hash, evaluateUrl } }, files.sourceUrl);
  const sample = ids.slice(0, n);
  const t = performance.now();
  let found = 0;
  for (let i = 0; i < sample.length; i += 4) {
    const batch = await Promise.all(sample.slice(i, i + 4).map((id) => checkOprf(id, source)));
    found += batch.filter((o) => o.status === 'found').length;
  }
  const perSecond = sample.length / ((performance.now() - t) / 1000);
  await files.close();
  await new Promise<void>((r) => evalServer.close(() => r()));
  if (found !== sample.length) throw new Error(`only ${found} of ${sample.length} breached ids were found`);
  return perSecond;
}

export async function runOprfBench(records = 10_000, checks = 200): Promise<Record<string, number>> {
  const root = await mkdtemp(path.join(tmpdir(), 'xc-oprf-bench-'));
  try {
    const clientMs = await clientCpu(200);
    const evals = serverEvalsPerSecond(300);
    const built = await buildRate(records, path.join(root, 'site'));
    const cps = await checksPerSecond(path.join(root, 'site'), built.key, built.ids, checks);
    return {
      'client CPU ms per check': +clientMs.toFixed(2),
      'server evaluations/s (one core, CPU time)': Math.round(evals),
      'publisher evaluations/s (records)': Math.round(built.evaluatePerSecond),
      [`publisher full build s (${records} PESEL, ${built.files} files)`]: +built.fullSeconds.toFixed(1),
      'checks/s against the local server (4 at a time)': +cps.toFixed(1),
    };
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

if (process.argv[1]?.endsWith('oprf-bench.ts')) {
  const { values } = parseArgs({ options: { records: { type: 'string' }, checks: { type: 'string' } } });
  const result = await runOprfBench(Number(values.records ?? 10_000), Number(values.checks ?? 200));
  for (const [name, value] of Object.entries(result)) console.log(`${name}: ${value}`);
}
