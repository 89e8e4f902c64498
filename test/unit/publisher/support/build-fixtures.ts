import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { BreachRef } from '../../../../src/core/index.ts';
import { SYNTHETIC, seededRandom } from '../../../../src/core/synthetic/index.ts';
import type { BuildPlan } from '../../../../src/publisher/build/build-plan.ts';
import type { OutputSink } from '../../../../src/publisher/build/output-sink.ts';

export const breach = (id: string, date = '2026-03-01'): BreachRef => ({
  id,
  title: `Breach ${id}`,
  operator: 'Fictional operator',
  date,
  dataClasses: ['national-id'],
});

/** A small xc-v1 plan with fast settings; override anything. */
export function xcPlan(out: string, overrides: Partial<BuildPlan> = {}): BuildPlan {
  return {
    sourceId: 'test-source',
    name: 'Test source',
    publisher: 'Tests',
    scheme: 'xc-v1',
    iterations: 1000,
    salt: 'dGVzdC1zYWx0LXRlc3Qtc2FsdA',
    maxPrefixBits: 6,
    minLines: 0,
    updated: '2026-03-01T00:00:00.000Z',
    breaches: [breach('breach-a')],
    inputs: [],
    out,
    strict: false,
    ...overrides,
  };
}

/** `n` valid synthetic values of a kind, as people type them. */
export function synthetic(kind: keyof typeof SYNTHETIC, n: number, seed = 1): string[] {
  const random = seededRandom(seed);
  return Array.from({ length: n }, () => SYNTHETIC[kind](random));
}

/** Every file under `dir`, by relative path with forward slashes. */
export function readTree(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const walk = (d: string): void => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.set(relative(dir, full).split('\\').join('/'), readFileSync(full));
    }
  };
  walk(dir);
  return out;
}

/** Keeps what tests look at from a huge output (hibp-sha1 has 2^20 files): counts, sizes, real lines. */
export function summarySink(isReal: (line: string) => boolean) {
  const files = new Map<string, string>();
  const lineCounts = new Set<number>();
  let count = 0;
  const sink: OutputSink = {
    write(path, text) {
      count++;
      if (path === 'source.json') {
        files.set(path, text);
        return;
      }
      const lines = text.split('\n').slice(0, -1);
      lineCounts.add(lines.length);
      if (lines.some(isReal)) files.set(path, text);
    },
  };
  return { sink, files, lineCounts, count: () => count };
}
