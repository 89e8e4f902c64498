import { resolve } from 'node:path';
import { XC_V1_DEFAULT_ITERATIONS, type IdentifierKind } from '../../core/index.ts';
import { formatFromPath } from '../input/read-input.ts';
import { PlanError, type BuildPlan, type PlanInput, type PublishScheme } from './build-plan.ts';
import type { DraftInput, PlanDraft } from './plan-draft.ts';
import { resolveBreaches } from './resolve-breaches.ts';
import { defaultSalt } from './salt.ts';

/** Accepts YYYY-MM-DD or a full ISO date-time; returns the ISO date-time written to source.json. */
function isoUpdated(value: string): string {
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00.000Z` : value);
  if (Number.isNaN(date.getTime())) throw new PlanError(`--updated: "${value}" is not a date (YYYY-MM-DD).`);
  return date.toISOString();
}

/** A YYYY, YYYY-MM or YYYY-MM-DD breach date as the first moment it stands for. */
const startOf = (date: string): string => `${`${date}-01-01`.slice(0, 10)}T00:00:00.000Z`;

function chooseScheme(draft: PlanDraft): PublishScheme {
  const kinds = draft.inputs.flatMap((i) => i.kinds);
  const scheme = draft.scheme ?? (kinds.every((k) => k === 'password') ? 'hibp-sha1' : 'xc-v1');
  if (scheme === 'hibp-sha1' && kinds.some((k) => k !== 'password')) {
    throw new PlanError('hibp-sha1 publishes passwords only; use --scheme xc-v1 for identifiers.');
  }
  if (scheme !== 'hibp-sha1' && draft.inputs.some((i) => i.format === 'sha1')) {
    throw new PlanError('--input-format sha1 (pre-hashed passwords) needs --scheme hibp-sha1.');
  }
  if (scheme === 'hibp-sha1' && draft.iterations !== undefined) {
    throw new PlanError('--iterations applies to xc-v1 only; hibp-sha1 is plain SHA-1 by definition.');
  }
  if (scheme !== 'xc-oprf-v1' && draft.layout !== undefined && draft.layout !== 'buckets') {
    throw new PlanError('--layout list exists for --scheme xc-oprf-v1 only (other schemes need prefixes).');
  }
  if (scheme === 'xc-oprf-v1' && draft.keyFile === undefined) {
    throw new PlanError('xc-oprf-v1 needs --key-file <file> outside --out (created on the first build).');
  }
  return scheme;
}

function toPlanInput(input: DraftInput, baseDir: string, breach: string): PlanInput {
  const columns: Partial<Record<IdentifierKind, string>> = {};
  for (const [kind, column] of Object.entries(input.columns ?? {})) {
    if (!input.kinds.includes(kind as IdentifierKind)) {
      throw new PlanError(`A column is given for ${kind}, but that input is not read as ${kind}.`);
    }
    columns[kind as IdentifierKind] = column;
  }
  const path = resolve(baseDir, input.file);
  return {
    path,
    format: input.format ?? formatFromPath(path),
    kinds: input.kinds,
    columns,
    delimiter: input.delimiter,
    breach,
  };
}

/** Fills in defaults and reads breach files: the one place a draft becomes a reproducible plan. */
export function resolvePlan(draft: PlanDraft, baseDir: string): BuildPlan {
  const { sourceId, out } = draft;
  if (sourceId === undefined)
    throw new PlanError('--source-id is required (e.g. --source-id demo-lab-2026).');
  if (out === undefined) throw new PlanError('--out is required: the directory to write the source into.');
  const scheme = chooseScheme(draft);
  const updatedGiven = draft.updated === undefined ? undefined : isoUpdated(draft.updated);
  const { breaches, idOfInput } = resolveBreaches(draft.inputs, baseDir, {
    sourceId,
    title: draft.name,
    operator: draft.publisher,
    date: updatedGiven?.slice(0, 10),
  });
  const latest =
    breaches
      .map((b) => String(b.date))
      .toSorted()
      .at(-1) ?? '1970';
  const first = breaches[0];
  return {
    sourceId,
    name: draft.name ?? (breaches.length === 1 && first !== undefined ? first.title : sourceId),
    publisher: draft.publisher ?? first?.operator ?? 'Unknown',
    homepage: draft.homepage,
    scheme,
    iterations: draft.iterations ?? XC_V1_DEFAULT_ITERATIONS,
    salt: draft.salt ?? defaultSalt(sourceId),
    maxPrefixBits: draft.prefixBits,
    minLines: draft.minLines ?? 0,
    updated: updatedGiven ?? startOf(latest),
    breaches,
    inputs: draft.inputs.map((input, i) => toPlanInput(input, baseDir, idOfInput[i] as string)),
    out: resolve(baseDir, out),
    strict: draft.strict ?? false,
    maxInvalidPercent: draft.maxInvalidPercent,
    keyFile: draft.keyFile === undefined ? undefined : resolve(baseDir, draft.keyFile),
    evaluateUrl: draft.evaluateUrl,
    layout: draft.layout,
  };
}
