import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseIdentifier, type IdentifierKind } from '../../core/index.ts';
import type { BuildReport } from '../build/build-source.ts';
import { buildSource } from '../build/build-source.ts';
import { resolvePlan } from '../build/resolve-plan.ts';
import { demoBreaches } from './demo-breaches.ts';
import { workingKinds } from './demo-kinds.ts';
import type { DemoRecord } from './demo-records.ts';
import { demoPeople, writeDemoCsv } from './write-demo-csv.ts';

export interface DemoOptions {
  /** Directory to create: `source/` (the built, servable source) and `input/` (the fake lists). */
  out: string;
  /** People in the lab breach (default 500); the clinic breach shares every third and adds a quarter. */
  count?: number;
  seed?: number;
  /** Default 1000: the demo favours a quick build over a realistic work factor. */
  iterations?: number;
  /** Default 10 bits: few files, still far more than 10,000 candidates per prefix. */
  prefixBits?: number;
  kinds?: IdentifierKind[];
  onProgress?: (text: string) => void;
}

/** An identifier to try in the extension, as a person would type it. */
export interface DemoSample {
  kind: IdentifierKind;
  value: string;
  /** Breach ids it is in; empty for samples that are not in the source. */
  breaches: string[];
}

export interface DemoResult {
  sourceDir: string;
  inputDir: string;
  present: DemoSample[];
  absent: DemoSample[];
  report: BuildReport;
}

const canonical = (kind: IdentifierKind, value: string): string | undefined => {
  const parsed = parseIdentifier(kind, value, { today: new Date('2026-03-01T00:00:00Z') });
  return parsed.ok ? parsed.canonical : undefined;
};

/** Lab people, with every third also in the clinic breach, then clinic-only people. */
function presentSamples(lab: DemoRecord[], clinicOnly: DemoRecord[], kinds: IdentifierKind[]): DemoSample[] {
  const triples = Math.max(1, Math.floor(lab.length / 3));
  return kinds.flatMap((kind, i) => {
    // Lab people 0, 3, 6, … are also in the clinic breach; 1, 4, 7, … are not.
    const both = lab[3 * (i % triples)];
    const labOnly = lab[3 * (i % triples) + 1];
    const clinic = clinicOnly[i % Math.max(1, clinicOnly.length)];
    const samples: DemoSample[] = [];
    if (labOnly) samples.push({ kind, value: labOnly.ids[kind] ?? '', breaches: ['demo-lab-2026'] });
    if (both)
      samples.push({ kind, value: both.ids[kind] ?? '', breaches: ['demo-lab-2026', 'demo-clinic-2025'] });
    if (clinic) samples.push({ kind, value: clinic.ids[kind] ?? '', breaches: ['demo-clinic-2025'] });
    return samples;
  });
}

function absentSamples(seed: number, kinds: IdentifierKind[], taken: Set<string>): DemoSample[] {
  const samples: DemoSample[] = [];
  for (const person of demoPeople(kinds.length * 20, seed + 1000, kinds)) {
    const kind = kinds[samples.length % kinds.length] as IdentifierKind;
    const value = person.ids[kind] ?? '';
    const key = canonical(kind, value);
    if (key !== undefined && !taken.has(`${kind}:${key}`)) samples.push({ kind, value, breaches: [] });
    if (samples.length === kinds.length * 2) break;
  }
  return samples;
}

/**
 * The ready-made demo: two fictional breaches (a lab and a clinic) with synthetic identifiers of
 * every kind that has a working generator, built into one source. Returns identifiers to try.
 */
export async function runDemo(options: DemoOptions): Promise<DemoResult> {
  const kinds = options.kinds ?? workingKinds();
  if (kinds.length === 0) throw new Error('No identifier kind has a working synthetic generator yet.');
  const count = options.count ?? 500;
  const seed = options.seed ?? 2026;
  const out = resolve(options.out);
  const inputDir = join(out, 'input');
  mkdirSync(inputDir, { recursive: true });
  const lab = [...demoPeople(count, seed, kinds)];
  const clinicOnly = [...demoPeople(Math.ceil(count / 4), seed + 1, kinds)];
  const clinic = [...lab.filter((_, i) => i % 3 === 0), ...clinicOnly];
  const breaches = demoBreaches(kinds, lab.length, clinic.length);
  await writeDemoCsv(join(inputDir, 'lab-records.csv'), kinds, lab);
  await writeDemoCsv(join(inputDir, 'clinic-records.csv'), kinds, clinic);
  writeFileSync(join(inputDir, 'lab-breach.json'), `${JSON.stringify(breaches.lab, null, 2)}\n`);
  writeFileSync(join(inputDir, 'clinic-breach.json'), `${JSON.stringify(breaches.clinic, null, 2)}\n`);
  options.onProgress?.(`Wrote ${lab.length} lab and ${clinic.length} clinic records to ${inputDir}`);
  const taken = new Set(
    [...lab, ...clinic].flatMap((p) => kinds.map((k) => `${k}:${canonical(k, p.ids[k] ?? '')}`)),
  );
  const present = presentSamples(lab, clinicOnly, kinds);
  const absent = absentSamples(seed, kinds, taken);
  const plan = resolvePlan(
    {
      sourceId: 'demo-lab-2026',
      name: 'Demo lab and clinic breaches (synthetic)',
      publisher: 'Exposure Check demo',
      iterations: options.iterations ?? 1000,
      prefixBits: options.prefixBits ?? 10,
      out: join(out, 'source'),
      inputs: [
        { file: 'lab-records.csv', kinds, breach: 'lab-breach.json' },
        { file: 'clinic-records.csv', kinds, breach: 'clinic-breach.json' },
      ],
    },
    inputDir,
  );
  const report = await buildSource(plan);
  writeFileSync(join(inputDir, 'try-these.json'), `${JSON.stringify({ present, absent }, null, 2)}\n`);
  return { sourceDir: plan.out, inputDir, present, absent, report };
}
