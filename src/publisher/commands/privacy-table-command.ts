import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { XC_V1_DEFAULT_ITERATIONS } from '../../core/index.ts';
import { EXIT, type CliIo } from '../cli-errors.ts';
import { privacyTableMarkdown, replaceTable } from '../privacy/privacy-table.ts';
import { replaceSideInfoTable, sideInfoTableMarkdown } from '../privacy/side-info-table.ts';
import { MEASURED_HASHES_PER_CORE_SECOND, measureHashRate } from '../privacy/work-factor-rate.ts';

export const PRIVACY_TABLE_HELP = `Usage: npm run publisher -- privacy-table [--write <doc.md>] [--measure]

Prints, per identifier kind, the valid-space size, the prefix bits a source uses, how many plausible
identifiers share one prefix, and how long one CPU core needs to hash them all at the default work
factor. --write replaces the generated table in a Markdown file (docs/privacy.md);
--measure times PBKDF2 on this machine for three seconds and prints the rate the table should use.
`;

export async function privacyTableCommand(args: string[], io: CliIo, cwd: string): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      write: { type: 'string' },
      measure: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help === true) {
    io.out(PRIVACY_TABLE_HELP);
    return EXIT.ok;
  }
  if (values.measure === true) {
    const rate = measureHashRate();
    io.out(
      `xc-v1 at ${XC_V1_DEFAULT_ITERATIONS.toLocaleString('en-US')} iterations: ${rate.toFixed(1)} hashes/s on one core ` +
        `(the table uses ${MEASURED_HASHES_PER_CORE_SECOND}).\n`,
    );
    return EXIT.ok;
  }
  if (values.write !== undefined) {
    const path = resolve(cwd, values.write);
    writeFileSync(path, replaceSideInfoTable(replaceTable(readFileSync(path, 'utf8'))));
    io.out(`Updated the privacy tables in ${path}\n`);
    return EXIT.ok;
  }
  io.out(`${privacyTableMarkdown()}\n${sideInfoTableMarkdown()}`);
  return EXIT.ok;
}
