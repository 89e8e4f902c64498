import { parseArgs } from 'node:util';
import { join, resolve } from 'node:path';
import type { BuildReport } from '../build/build-source.ts';
import { EXIT, UsageError, type CliIo } from '../cli-errors.ts';
import { displayKind, displayValue, showcaseSamples } from '../demo/demo-showcase.ts';
import { runDemo, type DemoSample } from '../demo/run-demo.ts';
import { textTable } from '../text-table.ts';
import { demoKinds, wholeNumber } from './demo-data-command.ts';

export const DEMO_HELP = `Usage: npm run publisher -- demo --out <dir> [--count <n>] [--seed <n>] [--kinds k1,k2] [--iterations <n>]

Makes two fictional breaches (a lab and a clinic) with synthetic identifiers, builds them into one
source in <dir>/source, and prints identifiers to try: some in the breaches, some not.
The fake input lists stay in <dir>/input (never serve or upload that folder).
`;

const summary = (report: BuildReport): string =>
  `${report.kinds.length} kinds, ${report.kinds.reduce((n, k) => n + k.unique, 0).toLocaleString('en-US')} entries, ` +
  `${report.files.toLocaleString('en-US')} range files, built in ${report.seconds.toFixed(1)} s.`;

/** Rows for the table of samples; every row has its third cell, so no line ends in padding. */
export const sampleRows = (samples: readonly DemoSample[]) =>
  samples.map((s) => [
    displayKind(s.kind),
    displayValue(s.kind, s.value),
    s.breaches.length === 0 ? 'not in the source' : s.breaches.join(' + '),
  ]);

/** The samples to try, national IDs of several countries first, as `npm start` prints them too. */
export function samplesText(present: readonly DemoSample[], absent: readonly DemoSample[]): string {
  return [
    'In the breaches (try these in the extension):',
    textTable(['kind', 'identifier', 'breaches'], sampleRows(showcaseSamples(present))),
    'Not in the breaches:',
    textTable(['kind', 'identifier', 'result'], sampleRows(showcaseSamples(absent))),
  ].join('\n');
}

export async function demoCommand(args: string[], io: CliIo, cwd: string): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      out: { type: 'string' },
      count: { type: 'string' },
      seed: { type: 'string' },
      kinds: { type: 'string' },
      iterations: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help === true) {
    io.out(DEMO_HELP);
    return EXIT.ok;
  }
  if (values.out === undefined) throw new UsageError('--out <dir> is required.');
  const result = await runDemo({
    out: resolve(cwd, values.out),
    count: wholeNumber('count', values.count, 500),
    seed: wholeNumber('seed', values.seed, 2026),
    iterations: wholeNumber('iterations', values.iterations, 1000),
    kinds: demoKinds(values.kinds),
    onProgress: (text) => io.err(`${text}\n`),
  });
  io.out(
    [
      `Built the demo source in ${result.sourceDir}`,
      `Serve it:  npm run publisher -- serve ${result.sourceDir}`,
      '',
      `${summary(result.report)}`,
      '',
      samplesText(result.present, result.absent),
      `More to try, for every kind: ${join(result.inputDir, 'try-these.json')}`,
      '',
    ].join('\n'),
  );
  return EXIT.ok;
}
