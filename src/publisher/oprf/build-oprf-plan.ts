import { mkdirSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import type { BuildOptions, BuildReport } from '../build/build-source.ts';
import { StrictModeError } from '../build/build-source.ts';
import { PlanError, planKinds, type BuildPlan } from '../build/build-plan.ts';
import { assertInputQuality } from '../build/input-quality.ts';
import { invalidTotal } from '../build/input-stats.ts';
import { checkReplaceable, createStaging, publishStaging } from '../build/output-dir.ts';
import { assertPublishable, prefixBitsFor } from '../build/source-json.ts';
import { buildOprfListPlan } from './list-build-plan.ts';
import { obtainKey, type OprfBuildExtras, type OprfPlanSettings } from './oprf-plan-key.ts';
import { PartitionedOprfBuild } from './partitioned-build.ts';
import { ShardError } from './shard.ts';
import { readPlanRecords } from './plan-records.ts';

export type { OprfBuildExtras, OprfPlanSettings } from './oprf-plan-key.ts';

/**
 * `build --scheme xc-oprf-v1`: the plan's inputs are read and normalised exactly as for xc-v1, every
 * distinct identifier is evaluated with the source's secret key, and buckets of sealed outputs are
 * written (padded, deterministic for a given key) into a staging directory swapped in for `plan.out`.
 */
export async function buildOprfPlan(
  plan: BuildPlan,
  settings: OprfPlanSettings,
  options: BuildOptions = {},
): Promise<BuildReport & OprfBuildExtras> {
  if (options.shard !== undefined && plan.layout === 'list') {
    throw new ShardError(
      '--shard slices the bucket layout; a whole list is one file per kind, built on one machine.',
    );
  }
  // The whole-list layout unless asked for buckets, or "auto" and more distinct identifiers than a list holds.
  // A shard sees only part of the identifiers, so "auto" means buckets there.
  if (plan.layout !== 'buckets' && options.shard === undefined) {
    const listed = await buildOprfListPlan(plan, settings, options);
    if (listed !== 'too-many') return listed;
  }
  const started = performance.now();
  checkReplaceable(plan.out);
  if (options.shard !== undefined && plan.minLines < 1) {
    throw new ShardError('--shard needs --min-lines: every shard pads its buckets to that same count.');
  }
  const { key, created } = await obtainKey(settings, plan.out, options.shard !== undefined);
  const kinds = planKinds(plan);
  const prefixBits = Object.fromEntries(kinds.map((k) => [k, prefixBitsFor(plan, k)]));
  // Partition files hold the normalised identifiers (as sensitive as the input): next to `out`, never in it.
  const workDir = options.workDir ?? `${plan.out}.work-${process.pid}`;
  mkdirSync(workDir, { recursive: true, mode: 0o700 });
  const build = new PartitionedOprfBuild({
    sourceId: plan.sourceId,
    key,
    kinds,
    breachCount: plan.breaches.length,
    prefixBits,
    workDir,
    ...(options.workers === undefined ? {} : { workers: options.workers }),
    ...(options.shard === undefined ? {} : { shard: options.shard }),
  });
  let staging: string | undefined;
  try {
    let rowsRead = 0;
    const inputs = await readPlanRecords(
      plan,
      (r) => build.add(r),
      () => {
        if (++rowsRead % 1000 === 0) options.onProgress?.({ phase: 'hash', done: rowsRead });
      },
    );
    if (plan.strict && inputs.some((s) => invalidTotal(s) > 0)) throw new StrictModeError(inputs);
    assertInputQuality(inputs, plan.maxInvalidPercent);
    mkdirSync(dirname(plan.out), { recursive: true });
    staging = createStaging(plan.out);
    const meta = {
      id: plan.sourceId,
      name: plan.name,
      publisher: plan.publisher,
      ...(plan.homepage === undefined ? {} : { homepage: plan.homepage }),
      breaches: plan.breaches,
      updated: plan.updated,
      ...(settings.evaluateUrl === undefined ? {} : { evaluateUrl: settings.evaluateUrl }),
    };
    const written = await build.write(staging, meta, plan.minLines, (done, total) =>
      options.onProgress?.({ phase: 'hash', done, total }),
    );
    assertPublishable(written.descriptor);
    publishStaging(staging, plan.out);
    const summaries = written.kinds.map((k) => ({
      kind: k.kind,
      prefixBits: k.prefixBits,
      buckets: 2 ** k.prefixBits,
      lines: k.lines,
      unique: k.distinct,
      maxReal: k.maxReal,
    }));
    return {
      out: plan.out,
      // The BuildReport type names the xc-v1/hibp-sha1 descriptor shape; this one has an oprf hash.
      descriptor: written.descriptor as unknown as BuildReport['descriptor'],
      inputs,
      kinds: summaries,
      files: written.files - 1,
      rowsRead,
      seconds: (performance.now() - started) / 1000,
      keyId: key.keyId,
      keyCreated: created,
    };
  } finally {
    build.dispose();
    if (options.workDir === undefined) rmSync(workDir, { recursive: true, force: true });
    if (staging !== undefined) rmSync(staging, { recursive: true, force: true });
  }
}

/** The OPRF part of a plan; resolvePlan has already refused an xc-oprf-v1 plan without a key file. */
export function oprfSettings(plan: BuildPlan): OprfPlanSettings {
  if (plan.keyFile === undefined) throw new PlanError('xc-oprf-v1 needs --key-file <file> outside --out.');
  return { keyFile: plan.keyFile, evaluateUrl: plan.evaluateUrl };
}

/** What the person who ran the build must know about the key, after the usual report. */
export function oprfKeyNote(report: OprfBuildExtras, plan: BuildPlan): string {
  const where = report.keyCreated ? `New key ${report.keyId} written to` : `Key ${report.keyId} read from`;
  return (
    `${where} ${plan.keyFile ?? ''}.\nKeep it secret and never inside ${plan.out}; whoever holds it can ` +
    `enumerate the source. Serve evaluations with:\n  npm run publisher -- serve ${plan.out} --key-file ${plan.keyFile ?? ''}\n`
  );
}
