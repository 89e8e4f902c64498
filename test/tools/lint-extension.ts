// `npm run lint:ext`: web-ext lint on the Firefox build. Fails on any error, and on any warning that is
// not in web-ext-lint-allowed.ts (each allowed one is explained in docs/permissions.md).
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ALLOWED_WARNINGS } from './web-ext-lint-allowed.ts';
import type { AllowedWarning } from './web-ext-lint-allowed.ts';

interface LintMessage {
  code: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
}
interface LintReport {
  summary: { errors: number; warnings: number; notices: number };
  errors: LintMessage[];
  warnings: LintMessage[];
  notices: LintMessage[];
}

const root = join(import.meta.dirname, '../..');
const sourceDir = join(root, 'dist/firefox');
const CONTEXT_LINES = 6;

const describe = (m: LintMessage): string =>
  `${m.code} ${m.file ?? ''}${m.line ? `:${m.line}` : ''}: ${m.message}`;

// In a minified build a line is a whole file: there, the context is this many characters before the column.
const CONTEXT_CHARS = 300;

/** The reported line and the few before it (or the code just before the column), from the linted build. */
function sourceAround(m: LintMessage): string {
  if (m.file === undefined || m.line === undefined) return '';
  const lines = readFileSync(join(sourceDir, m.file), 'utf8').split('\n');
  const line = lines[m.line - 1] ?? '';
  if (line.length > 1000 && m.column !== undefined) {
    return line.slice(Math.max(0, m.column - CONTEXT_CHARS), m.column + 40);
  }
  return lines.slice(Math.max(0, m.line - CONTEXT_LINES), m.line).join('\n');
}

const matches = (a: AllowedWarning, m: LintMessage): boolean =>
  a.code === m.code &&
  a.file.test(m.file ?? '') &&
  (a.context === undefined || a.context.test(sourceAround(m)));

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
  const unexpected = report.warnings.filter((w) => !ALLOWED_WARNINGS.some((a) => matches(a, w)));
  const stale = ALLOWED_WARNINGS.filter((a) => !report.warnings.some((w) => matches(a, w)));
  console.log(
    `web-ext lint dist/firefox: ${report.summary.errors} errors, ${report.summary.warnings} warnings ` +
      `(${report.warnings.length - unexpected.length} explained in docs/permissions.md), ${report.summary.notices} notices`,
  );
  for (const e of report.errors) console.log(`  error    ${describe(e)}`);
  for (const w of unexpected) {
    console.log(`  warning  ${describe(w)}`);
    console.log(
      '           not explained: fix it, or list it in test/tools/web-ext-lint-allowed.ts and docs/permissions.md',
    );
  }
  for (const a of stale)
    console.log(`  note     ${a.code} ${String(a.file)} is allowed but no longer reported`);
  return report.errors.length === 0 && unexpected.length === 0 ? 0 : 1;
}

process.exitCode = await main();
