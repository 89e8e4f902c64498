import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { IDENTIFIER_KINDS, type IdentifierKind } from '../../core/index.ts';
import { SYNTHETIC, seededRandom } from '../../core/synthetic/index.ts';
import { EXIT, UsageError, type CliIo } from '../cli-errors.ts';
import { workingKinds } from '../demo/demo-kinds.ts';
import { demoPeople, writeDemoCsv } from '../demo/write-demo-csv.ts';
import { writeSha1Dump } from '../demo/write-sha1-dump.ts';

export const DEMO_DATA_HELP = `Usage: npm run publisher -- demo-data --count <n> --out <file> [--seed <n>] [--kinds k1,k2] [--format csv|sha1]

Writes fake breach records (CSV with a header: first_name, last_name, sample_date and one column per
kind) with synthetic identifiers that pass validation. Same seed, same file. Fictional data only.

  --count <n>     number of records
  --out <file>    file to write
  --seed <n>      default 1
  --kinds <list>  default: every kind with a working generator
  --format sha1   instead: SHA-1 hashes of synthetic passwords, SHA1HEX:COUNT per line
                  (for build --input-format sha1 --scheme hibp-sha1)
`;

/** Parses --kinds, insisting that each listed generator works today. */
export function demoKinds(text: string | undefined): IdentifierKind[] {
  if (text === undefined) return workingKinds();
  return text.split(',').map((k) => {
    const kind = k.trim() as IdentifierKind;
    if (!IDENTIFIER_KINDS.includes(kind)) throw new UsageError(`Unknown kind "${kind}".`);
    try {
      SYNTHETIC[kind](seededRandom(1));
    } catch {
      throw new UsageError(`There is no synthetic generator for ${kind} yet.`);
    }
    return kind;
  });
}

export function wholeNumber(flag: string, text: string | undefined, fallback?: number): number {
  if (text === undefined && fallback !== undefined) return fallback;
  if (text === undefined || !/^\d+$/.test(text)) throw new UsageError(`--${flag} takes a whole number.`);
  return Number(text);
}

export async function demoDataCommand(args: string[], io: CliIo, cwd: string): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      count: { type: 'string' },
      seed: { type: 'string' },
      kinds: { type: 'string' },
      out: { type: 'string' },
      format: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help === true) {
    io.out(DEMO_DATA_HELP);
    return EXIT.ok;
  }
  const count = wholeNumber('count', values.count);
  const seed = wholeNumber('seed', values.seed, 1);
  if (values.out === undefined) throw new UsageError('--out <file> is required.');
  const out = resolve(cwd, values.out);
  if (values.format === 'sha1') {
    await writeSha1Dump(out, count, seed);
    io.out(`Wrote ${count.toLocaleString('en-US')} synthetic password hashes to ${out}\n`);
    return EXIT.ok;
  }
  if (values.format !== undefined && values.format !== 'csv')
    throw new UsageError('--format is csv or sha1.');
  const kinds = demoKinds(values.kinds);
  if (kinds.length === 0) throw new UsageError('No identifier kind has a working generator yet.');
  await writeDemoCsv(out, kinds, demoPeople(count, seed, kinds));
  io.out(`Wrote ${count.toLocaleString('en-US')} fake records (${kinds.join(', ')}) to ${out}\n`);
  return EXIT.ok;
}
