// `npm run lint:ext`: web-ext lint on the Firefox build. Fails on any error, and on any warning that is
// not in web-ext-lint-allowed.ts (each allowed one is explained in docs/permissions.md).
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ALLOWED_WARNINGS } from './web-ext-lint-allowed.ts';

interface LintMessage {
  code: string;
  message: string;
  file?: string;
  line?: number;
}
interface LintReport {
  summary: { errors: number; warnings: number; notices: number };
  errors: LintMessage[];
  warnings: LintMessage[];
  notices: LintMessage[];
}

const root = join(import.meta.dirname, '../..');
const sourceDir = join(root, 'dist/firefox');
const describe = (m: LintMessage): string =>
  `${m.code} ${m.file ?? ''}${m.line ? `:${m.line}` : ''}: ${m.message}`;
const allowed = (m: LintMessage): boolean =>
  ALLOWED_WARNINGS.some((a) => a.code === m.code && a.file === m.file);

async function lint(): Promise<LintReport> {
  const bin = join(root, 'node_modules/.bin/web-ext');
  const args = ['lint', '--source-dir', sourceDir, '--output', 'json', '--no-config-discovery'];
  // web-ext exits non-zero when there are errors; the JSON report is on stdout either way.
  const result = await promisify(execFile)(bin, args, { maxBuffer: 16 * 1024 * 1024 }).catch(
    (error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }),
  );
  try {
    return JSON.parse(result.stdout) as LintReport;
  } catch (error) {
    throw new Error(`web-ext lint printed no JSON report:\n${result.stdout.slice(0, 2000)}`, {
      cause: error,
    });
  }
}

async function main(): Promise<number> {
  if (!existsSync(join(sourceDir, 'manifest.json'))) {
    console.error('No Firefox build in dist/firefox: run `npm run build` first.');
    return 1;
  }
  const report = await lint();
  const unexpected = report.warnings.filter((w) => !allowed(w));
  const stale = ALLOWED_WARNINGS.filter(
    (a) => !report.warnings.some((w) => w.code === a.code && w.file === a.file),
  );
  console.log(
    `web-ext lint dist/firefox: ${report.summary.errors} errors, ${report.summary.warnings} warnings ` +
      `(${report.warnings.length - unexpected.length} explained in docs/permissions.md), ${report.summary.notices} notices`,
  );
  for (const e of report.errors) console.log(`  error    ${describe(e)}`);
  for (const w of unexpected)
    console.log(
      `  warning  ${describe(w)}  ← not explained: fix it or add it to test/tools/web-ext-lint-allowed.ts and docs/permissions.md`,
    );
  for (const a of stale)
    console.log(`  note     ${a.code} ${a.file} is allowed but no longer reported; remove it from the list`);
  return report.errors.length === 0 && unexpected.length === 0 ? 0 : 1;
}

process.exitCode = await main();
