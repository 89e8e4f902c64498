// xc-oprf-v1: client CPU per check, server evaluations/s, checks/s against a local server, publisher
// records/s, and the suite/mode comparison behind the choice of POPRF over ristretto255.
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { ristretto255_oprf } from '@noble/curves/ed25519.js';
import { p256_oprf } from '@noble/curves/nist.js';
import { parseIdentifier } from '../../../src/core/identifiers/index.ts';
import type { ParsedIdentifier } from '../../../src/core/identifiers/types.ts';
import {
  checkOprf,
  lineKeyFromOutput,
  oprfInfo,
  oprfInput,
  oprfPublicPrefix,
  parseOprfBucket,
  poprfFor,
} from '../../../src/core/oprf/index.ts';
import { createRangeClient } from '../../../src/core/range/range-client.ts';
import { parseSourceDescriptor } from '../../../src/core/range/source-descriptor.ts';
import { seededRandom, SYNTHETIC } from '../../../src/core/synthetic/index.ts';
import {
  buildOprfSource,
  createEvaluateHandler,
  generateOprfKey,
  type OprfKey,
  type OprfRecord,
} from '../../../src/publisher/oprf/index.ts';
import { startServer } from '../../../src/publisher/serve/start-server.ts';
import { BENCH_BREACHES } from '../lib/bench-breaches.ts';
import type { BenchContext, Benchmark } from '../lib/context.ts';
import { SectionBuilder } from '../lib/figures.ts';
import { cpuMs, perSecond, runPool, timed } from '../lib/timing.ts';

function pesels(count: number, seed: number): ParsedIdentifier[] {
  const random = seededRandom(seed);
  const out = new Map<string, ParsedIdentifier>();
  while (out.size < count) {
    const parsed = parseIdentifier('pesel', SYNTHETIC.pesel(random), { today: new Date('2026-06-01') });
    if (parsed.ok) out.set(parsed.canonical, parsed);
  }
  return [...out.values()];
}

/** Everything a check computes, without the network: prefix, blind, proof check + unblind, bucket parse. */
async function clientCpuPerCheck(ids: ParsedIdentifier[], key: OprfKey): Promise<number> {
  const poprf = poprfFor('bench', 'pesel');
  const bucket = `${Array.from({ length: 40 }, (_, i) => `${i.toString(16).toUpperCase().padStart(24, '0')}:1`).join('\n')}\n`;
  // The server's answers are made outside the measurement; each belongs to its own blind.
  const pairs = ids.map((id) => {
    const blinded = poprf.blind(oprfInput(id.kind, id.canonical), key.publicKey);
    return { blinded, answer: poprf.blindEvaluate(key.secretKey, blinded.blinded) };
  });
  const ms = await cpuMs(async () => {
    for (const [i, id] of ids.entries()) {
      const input = oprfInput(id.kind, id.canonical);
      await oprfPublicPrefix(id.kind, id.canonical, 15);
      poprf.blind(input, key.publicKey);
      const { blinded: b, answer: a } = pairs[i]!;
      const output = poprf.finalize(input, b.blind, a.evaluated, b.blinded, a.proof, b.tweakedKey);
      parseOprfBucket(bucket, { lines: 40, bitmapHexLength: 1 }).get(lineKeyFromOutput(output, 1).tag);
    }
  });
  return ms / ids.length;
}

type Suite = typeof ristretto255_oprf;

/** Client and server CPU per evaluation for one suite and mode (the numbers behind the design choice). */
async function suiteCost(suite: Suite, mode: 'oprf' | 'poprf', n: number) {
  const inputs = Array.from({ length: n }, (_, i) => new TextEncoder().encode(`xc-oprf-v1\0pesel\0${i}`));
  if (mode === 'oprf') {
    const { secretKey } = suite.oprf.generateKeyPair();
    const blinds = inputs.map((x) => suite.oprf.blind(x));
    const server = await cpuMs(() => {
      for (const b of blinds) suite.oprf.blindEvaluate(secretKey, b.blinded);
    });
    const evaluated = blinds.map((b) => suite.oprf.blindEvaluate(secretKey, b.blinded));
    const client = await cpuMs(() => {
      inputs.forEach((x, i) => {
        suite.oprf.blind(x);
        suite.oprf.finalize(x, blinds[i]!.blind, evaluated[i]!);
      });
    });
    return { client: client / n, server: server / n };
  }
  const poprf = suite.poprf(oprfInfo('bench', 'pesel'));
  const keys = poprf.generateKeyPair();
  const blinds = inputs.map((x) => poprf.blind(x, keys.publicKey));
  const server = await cpuMs(() => {
    for (const b of blinds) poprf.blindEvaluate(keys.secretKey, b.blinded);
  });
  const answers = blinds.map((b) => poprf.blindEvaluate(keys.secretKey, b.blinded));
  const client = await cpuMs(() => {
    inputs.forEach((x, i) => {
      const b = blinds[i]!;
      const a = answers[i]!;
      poprf.blind(x, keys.publicKey);
      poprf.finalize(x, b.blind, a.evaluated, b.blinded, a.proof, b.tweakedKey);
    });
  });
  return { client: client / n, server: server / n };
}

/** Static files from the publisher's server, evaluations from the endpoint on a second port. */
async function serveSource(dir: string, key: OprfKey) {
  const files = await startServer(dir, {});
  const evaluate = createEvaluateHandler({
    evaluator: { sourceId: 'bench', kinds: ['pesel'], key },
    rateLimit: { capacity: 1e9, refillPerSecond: 1e9 },
  });
  const evalServer = createServer(evaluate);
  await new Promise<void>((resolve) => evalServer.listen(0, '127.0.0.1', resolve));
  const evaluateUrl = `http://127.0.0.1:${(evalServer.address() as AddressInfo).port}/evaluate`;
  const json = (await (await fetch(files.sourceUrl)).json()) as { hash: Record<string, unknown> };
  const source = parseSourceDescriptor({ ...json, hash: { ...json.hash, evaluateUrl } }, files.sourceUrl);
  const close = async () => {
    await files.close();
    evalServer.closeAllConnections();
    await new Promise<void>((resolve) => evalServer.close(() => resolve()));
  };
  return { source, close };
}

export const oprfBench: Benchmark = {
  id: 'oprf',
  async run(ctx: BenchContext) {
    const s = new SectionBuilder('oprf', 'Keyed private checks (xc-oprf-v1, POPRF over ristretto255)');
    const records = ctx.quick ? 100 : 2_000;
    // Quick mode: 256 bucket files instead of 32,768 (the unit test runs it).
    const prefixBits = ctx.quick ? { prefixBits: { pesel: 8 } } : {};
    const samples = ctx.quick ? 4 : 100;
    const checks = ctx.quick ? 10 : 200;
    const key = generateOprfKey();
    const root = await mkdtemp(path.join(ctx.scratchDir, 'xc-oprf-bench-'));
    try {
      ctx.log('oprf: client and server CPU');
      s.add(
        'client.cpuMsPerCheck',
        'client CPU per check (prefix, blind, proof check, unblind, bucket)',
        await clientCpuPerCheck(pesels(samples, 7), key),
        'ms',
      );
      for (const [name, suite] of [
        ['ristretto255', ristretto255_oprf],
        ['p256', p256_oprf],
      ] as const) {
        for (const mode of ['poprf', 'oprf'] as const) {
          const cost = await suiteCost(suite as Suite, mode, samples);
          s.add(
            `suite.${name}.${mode}.clientMs`,
            `${name} ${mode}: client CPU per evaluation`,
            cost.client,
            'ms',
          );
          s.add(
            `suite.${name}.${mode}.serverPerSec`,
            `${name} ${mode}: evaluations/s on one core`,
            1000 / cost.server,
            'evals/s',
          );
        }
      }
      ctx.log(`oprf: build of ${records} PESEL`);
      const ids = pesels(records, 11);
      const rows: OprfRecord[] = ids.map((id) => ({ kind: 'pesel', canonical: id.canonical, breach: 0 }));
      // One POPRF evaluation per distinct identifier, in pure JavaScript (@noble/curves), as a build
      // with the noble backend does it.
      const poprf = poprfFor('bench', 'pesel');
      let evaluation: { ms: number } = { ms: 0 };
      const evaluationCpu = await cpuMs(async () => {
        evaluation = await timed(() => {
          for (const r of rows) poprf.evaluate(key.secretKey, oprfInput('pesel', r.canonical));
        });
      });
      s.add(
        'build.evaluationsPerCoreSec',
        `publisher POPRF evaluations per core (CPU time, ${records} PESEL)`,
        perSecond(records, evaluationCpu),
        'records/s',
      );
      s.add(
        'build.evaluationsPerSec',
        `publisher POPRF evaluations (${records} PESEL)`,
        perSecond(records, evaluation.ms),
        'records/s',
      );
      const dir = path.join(root, 'site');
      const meta = {
        id: 'bench',
        name: 'Bench',
        publisher: 'Bench',
        breaches: BENCH_BREACHES,
        updated: '2026-01-01T00:00:00Z',
      };
      const full = await timed(() =>
        buildOprfSource({ outDir: dir, key, meta, kinds: ['pesel'], records: rows, ...prefixBits }),
      );
      s.add(
        'build.recordsPerSec',
        `publisher full build (${records} PESEL, ${full.result.files} files)`,
        perSecond(records, full.ms),
        'records/s',
      );
      ctx.log('oprf: checks against a local server');
      const served = await serveSource(dir, key);
      try {
        const sample = ids.slice(0, checks);
        const oneShot = await timed(() => runPool(sample, 4, (id) => checkOprf(id, served.source)));
        const client = createRangeClient();
        const viaClient = await timed(() =>
          runPool(sample, 4, (id) => client.checkIdentifier(id, served.source)),
        );
        const wrong = [...oneShot.result, ...viaClient.result].filter((o) => o.status !== 'found').length;
        s.add(
          'checks.oneShotPerSec',
          'checkOprf against the local server, 4 at a time',
          perSecond(checks, oneShot.ms),
          'checks/s',
        );
        s.add(
          'checks.rangeClientPerSec',
          'createRangeClient().checkIdentifier, 4 at a time',
          perSecond(checks, viaClient.ms),
          'checks/s',
        );
        s.add('checks.wrong', 'breached PESELs not reported found (must be 0)', wrong, 'checks');
      } finally {
        await served.close();
      }
      s.note(
        'CPU figures are process.cpuUsage over the loop (pure JavaScript, @noble/curves, no WebCrypto curve ' +
          'code), so they hold on a loaded machine better than wall time. Checks/s share the machine between ' +
          'the client, the static server and the evaluator; the evaluator is the bottleneck (one POPRF ' +
          'evaluation with its proof per check).',
      );
    } finally {
      await rm(root, { recursive: true, force: true });
    }
    return s.build();
  },
};
