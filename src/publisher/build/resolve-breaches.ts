import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { KIND_SPECS, type BreachRef, type IdentifierKind } from '../../core/index.ts';
import { PlanError } from './build-plan.ts';
import type { DraftInput } from './plan-draft.ts';

function readBreachFile(path: string): Record<string, unknown> {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new PlanError(`Cannot read breach file ${path}: ${(error as Error).message}`);
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new PlanError(`Breach file ${path} must hold one JSON object (see docs/publishing.md).`);
  }
  return json as Record<string, unknown>;
}

/** Data classes of a breach nobody described: what the kinds themselves say. */
const dataClassesOf = (kinds: readonly IdentifierKind[]): string[] => [
  ...new Set(kinds.map((k) => KIND_SPECS[k].category)),
];

export interface BreachDefaults {
  sourceId: string;
  title: string | undefined;
  operator: string | undefined;
  /** YYYY-MM-DD, from --updated. */
  date: string | undefined;
}

/**
 * The breach each input belongs to (an input without one shares the previous input's), and the
 * de-duplicated list in first-seen order: bitmaps in bucket files index into this list.
 */
export function resolveBreaches(inputs: readonly DraftInput[], baseDir: string, defaults: BreachDefaults) {
  const breaches: BreachRef[] = [];
  const byId = new Map<string, string>();
  const idOfInput: string[] = [];
  let previous: string | undefined;
  for (const input of inputs) {
    let raw: Record<string, unknown> | undefined;
    if (typeof input.breach === 'string') raw = readBreachFile(resolve(baseDir, input.breach));
    else if (input.breach !== undefined) raw = input.breach;
    else if (previous === undefined) raw = defaultBreach(inputs, defaults);
    if (raw !== undefined) {
      if (typeof raw['id'] !== 'string')
        throw new PlanError('Every breach needs an "id" (lower-case, dashes).');
      const text = JSON.stringify(raw);
      const seen = byId.get(raw['id']);
      if (seen !== undefined && seen !== text) {
        throw new PlanError(`Two different breaches use the id "${raw['id']}".`);
      }
      if (seen === undefined) breaches.push(raw as unknown as BreachRef);
      byId.set(raw['id'], text);
      previous = raw['id'];
    }
    idOfInput.push(previous as string);
  }
  return { breaches, idOfInput };
}

function defaultBreach(inputs: readonly DraftInput[], d: BreachDefaults): Record<string, unknown> {
  if (d.date === undefined) {
    throw new PlanError(
      'Describe the breach with --breach breach.json (see docs/publishing.md), or give at least --updated YYYY-MM-DD.',
    );
  }
  return {
    id: d.sourceId,
    title: d.title ?? d.sourceId,
    operator: d.operator ?? 'Unknown',
    date: d.date,
    dataClasses: dataClassesOf(inputs.flatMap((i) => i.kinds)),
  };
}
