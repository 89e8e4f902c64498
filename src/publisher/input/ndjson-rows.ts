import { InputError } from './input-error.ts';
import { matchColumn } from './column-match.ts';
import type { InputRow } from './row-types.ts';
import { readTextLines } from './text-lines.ts';

export interface NdjsonFields {
  /** Field path per requested value ("pesel", "person.national_id"), or undefined to pick by kind. */
  wanted: readonly { kind: string; field?: string | undefined }[];
}

type Lookup = { ok: true; value: string } | { ok: false; problem: 'missing-field' | 'not-text' };

function lookup(record: Record<string, unknown>, path: string): Lookup {
  let node: unknown = record;
  for (const part of path.split('.')) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, part)) {
      return { ok: false, problem: 'missing-field' };
    }
    node = (node as Record<string, unknown>)[part];
  }
  if (typeof node === 'string') return { ok: true, value: node };
  // Numbers are accepted for digit-only IDs; leading zeros lost by the exporter then fail validation.
  if (typeof node === 'number' && Number.isSafeInteger(node)) return { ok: true, value: String(node) };
  return { ok: false, problem: node === null || node === undefined ? 'missing-field' : 'not-text' };
}

function fieldPaths(record: Record<string, unknown>, fields: NdjsonFields): string[] {
  return fields.wanted.map(({ kind, field }) => {
    if (field !== undefined) return field;
    const keys = Object.keys(record);
    const index = matchColumn(keys, kind);
    if (typeof index === 'string') throw new InputError(`NDJSON: ${index.replace('--column', '--field')}.`);
    return keys[index] as string;
  });
}

/**
 * Streams newline-delimited JSON objects. Without `field`, the field per kind is chosen from the
 * first object's keys and then used for every line, so one odd record cannot change the column.
 */
export async function* readNdjsonRows(path: string, fields: NdjsonFields): AsyncGenerator<InputRow> {
  let paths: string[] | undefined;
  for await (const physical of readTextLines(path)) {
    const { line } = physical;
    if ('tooLong' in physical) {
      yield { line, problem: 'too-long' };
      continue;
    }
    if (physical.text.trim() === '') {
      yield { line, blank: true };
      continue;
    }
    let record: unknown;
    try {
      record = JSON.parse(physical.text);
    } catch {
      record = undefined;
    }
    if (typeof record !== 'object' || record === null || Array.isArray(record)) {
      yield { line, problem: 'ndjson-syntax' };
      continue;
    }
    paths ??= fieldPaths(record as Record<string, unknown>, fields);
    const found = paths.map((p) => lookup(record as Record<string, unknown>, p));
    const failed = found.find((f) => !f.ok);
    if (failed !== undefined && !failed.ok) yield { line, problem: failed.problem };
    else yield { line, values: found.map((f) => (f.ok ? f.value : '')) };
  }
}
