import { buildSource, StrictModeError, type BuildProgress } from '../build/build-source.ts';
import { InputQualityError } from '../build/input-quality.ts';
import { buildShardPart } from '../build/build-shard-part.ts';
import { formatBuildReport, formatInputStats, formatShardPartReport } from '../build/format-report.ts';
import { resolvePlan } from '../build/resolve-plan.ts';
import { EXIT, type CliIo } from '../cli-errors.ts';
import { progressPrinter } from '../progress.ts';
import { buildOprfPlan, oprfKeyNote, oprfSettings } from '../oprf/build-oprf-plan.ts';
import { parseBuildArgs } from './build-args.ts';

export const BUILD_HELP = `Usage: npm run publisher -- build --input <file> --kind <kind> --source-id <id> --out <dir> [options]

Turns breach lists into a static range source: source.json plus one file per hash prefix.

Per input (repeat --input to add files; the options after an --input belong to it):
  --input <file>            CSV (with a header), NDJSON, or one value per line (by extension)
  --kind <kind[,kind…]>     identifier kind(s) in the file; a CSV/NDJSON may hold several columns
  --breach <breach.json>    the breach these rows come from (default: the previous input's)
  --column <name|k=name,…>  CSV column per kind (default: the column named like the kind)
  --field <path|k=path,…>   NDJSON field per kind (dots for nested fields)
  --input-format <f>        csv | ndjson | text | sha1 (pre-hashed SHA1HEX[:COUNT] lines)
  --delimiter <d>           comma | semicolon | tab (default: detected from the header)

Source:
  --source-id <id>          lower-case id, e.g. demo-lab-2026 (required)
  --out <dir>               output directory (replaced only if it holds an earlier build)
  --plan <plan.json>        read inputs and settings from a build plan instead
  --scheme xc-v1|hibp-sha1|xc-oprf-v1
                            default: hibp-sha1 when every kind is password, else xc-v1
  --key-file <file>         xc-oprf-v1 secret key (created on the first build); keep it outside --out
  --evaluate-url <url>      xc-oprf-v1 evaluation endpoint (default: "evaluate" next to source.json)
  --layout list|buckets     xc-oprf-v1: one whole list per kind (nothing identifier-dependent is
                            fetched; default up to 5,000,000 distinct identifiers) or prefix buckets
  --iterations <n>          xc-v1 PBKDF2 work factor (default 20000)
  --salt <base64url>        xc-v1 salt, 16+ bytes (default: derived from the source id)
  --name, --publisher, --homepage   shown to people who add the source
  --updated <YYYY-MM-DD>    default: the newest breach date
  --prefix-bits <n>         cap on prefix bits (default: the safe maximum per kind)
  --min-lines <n>           pad every bucket to at least n lines
  --strict                  publish nothing if any row is invalid (exit code 3)
  --max-invalid <percent>   publish nothing if more of an input's rows are invalid (default 5;
                            an input without any valid row never publishes; exit code 3)
  --work-dir <dir>          where temporary hash partitions go (default: next to --out)
  --workers <n>             cores to use (default: every core): threads that write bucket files and
                            evaluate xc-oprf-v1, xc-v1 PBKDF2 jobs in flight
  --shard <i/n>             build slice i of n (0-based) on this machine. xc-oprf-v1: a slice of the
                            prefix space; needs an existing --key-file and --min-lines; copy the n
                            output directories together to publish (they share source.json).
                            xc-v1, hibp-sha1: this shard's rows, hashed into a part that is not a
                            source yet; publish with: merge --out <dir> <part 0> … <part n-1>
  --quiet                   no progress or summary
`;

function describe(p: BuildProgress): string {
  if (p.phase === 'hash') return `hashing: ${p.done.toLocaleString('en-US')} rows read`;
  if (p.phase === 'sort') return `sorting: ${p.done} of ${p.total ?? '?'} kinds`;
  return `writing: ${p.done.toLocaleString('en-US')} of ${(p.total ?? 0).toLocaleString('en-US')} files`;
}

export async function buildCommand(args: string[], io: CliIo, cwd: string): Promise<number> {
  const parsed = parseBuildArgs(args, cwd);
  if (parsed.help) {
    io.out(BUILD_HELP);
    return EXIT.ok;
  }
  const plan = resolvePlan(parsed.draft, parsed.baseDir);
  const progress = progressPrinter(io.err, io.errIsTerminal === true);
  try {
    const options = {
      ...(parsed.workDir === undefined ? {} : { workDir: parsed.workDir }),
      ...(parsed.concurrency === undefined ? {} : { concurrency: parsed.concurrency }),
      ...(parsed.workers === undefined ? {} : { workers: parsed.workers }),
      ...(parsed.shard === undefined ? {} : { shard: parsed.shard }),
      ...(parsed.quiet ? {} : { onProgress: (p: BuildProgress) => progress.update(() => describe(p)) }),
    };
    if (plan.scheme === 'xc-oprf-v1') {
      const report = await buildOprfPlan(plan, oprfSettings(plan), options);
      progress.done();
      const layout = report.listNote ?? '';
      if (!parsed.quiet) io.out(`${formatBuildReport(report)}${layout}${oprfKeyNote(report, plan)}`);
      return EXIT.ok;
    }
    if (parsed.shard !== undefined) {
      const part = await buildShardPart(plan, parsed.shard, options);
      progress.done();
      if (!parsed.quiet) io.out(formatShardPartReport(part));
      return EXIT.ok;
    }
    const report = await buildSource(plan, options);
    progress.done();
    if (!parsed.quiet) io.out(formatBuildReport(report));
    return EXIT.ok;
  } catch (error) {
    if (!(error instanceof StrictModeError) && !(error instanceof InputQualityError)) throw error;
    io.err(`${formatInputStats(error.inputs)}\n${error.message}\n`);
    return EXIT.invalidRows;
  }
}
