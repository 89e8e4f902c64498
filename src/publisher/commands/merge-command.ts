import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { BuildProgress } from '../build/build-source.ts';
import { formatMergeReport } from '../build/format-report.ts';
import { mergeShards } from '../build/merge-shards.ts';
import { EXIT, UsageError, type CliIo } from '../cli-errors.ts';
import { progressPrinter } from '../progress.ts';

export const MERGE_HELP = `Usage: npm run publisher -- merge --out <dir> <part 0> <part 1> … [options]

Publishes the parts written by "build --shard i/n" (xc-v1 and hibp-sha1) as one source: every part
of the same build (same options, every i from 0 to n-1), merged, padded and written exactly as one
build on one machine would have written them.

  --out <dir>        output directory (replaced only if it holds an earlier build)
  --workers <n>      threads that write the bucket files (default: every core)
  --work-dir <dir>   where the merged runs go while the files are written (default: next to --out)
  --quiet            no progress or summary
`;

function positiveInteger(text: string | undefined, name: string): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1)
    throw new UsageError(`${name} takes a whole number of at least 1.`);
  return value;
}

export async function mergeCommand(args: string[], io: CliIo, cwd: string): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      out: { type: 'string' },
      workers: { type: 'string' },
      'work-dir': { type: 'string' },
      quiet: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help === true) {
    io.out(MERGE_HELP);
    return EXIT.ok;
  }
  if (values.out === undefined) throw new UsageError('merge needs --out <dir>.');
  if (positionals.length === 0) throw new UsageError('merge needs the output directory of every shard.');
  const workers = positiveInteger(values.workers, '--workers');
  const progress = progressPrinter(io.err, io.errIsTerminal === true);
  const quiet = values.quiet === true;
  const report = await mergeShards(
    positionals.map((dir) => resolve(cwd, dir)),
    resolve(cwd, values.out),
    {
      ...(workers === undefined ? {} : { workers }),
      ...(values['work-dir'] === undefined ? {} : { workDir: resolve(cwd, values['work-dir']) }),
      ...(quiet
        ? {}
        : {
            onProgress: (p: BuildProgress) =>
              progress.update(
                () => `${p.phase === 'write' ? 'writing' : 'merging'}: ${p.done} of ${p.total ?? '?'}`,
              ),
          }),
    },
  );
  progress.done();
  if (!quiet) io.out(formatMergeReport(report, positionals.length));
  return EXIT.ok;
}
