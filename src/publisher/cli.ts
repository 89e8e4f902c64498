import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import { PlanError } from './build/build-plan.ts';
import { EXIT, processIo, UsageError, type CliIo } from './cli-errors.ts';
import { buildCommand } from './commands/build-command.ts';
import { demoCommand } from './commands/demo-command.ts';
import { demoDataCommand } from './commands/demo-data-command.ts';
import { mergeCommand } from './commands/merge-command.ts';
import { privacyTableCommand } from './commands/privacy-table-command.ts';
import { serveCommand } from './commands/serve-command.ts';
import { InputError } from './input/input-error.ts';

export const HELP = `Exposure Check range publisher: publish a breach list so victims can check privately.

Usage: npm run publisher -- <command> [options]      (add --help after a command for its options)

  build          breach list(s) → static range files + source.json, ready for any CDN or bucket
  merge          the parts of a build --shard i/n (xc-v1, hibp-sha1) → one source
  serve <dir>    serve a built source on http://127.0.0.1 (local use, demos, tests)
  demo-data      write fake breach records with synthetic identifiers (CSV)
  demo           build a ready-made synthetic demo source and print identifiers to try
  privacy-table  per kind: valid space, prefix bits, anonymity set, brute-force cost

From a breach list to a hosted source:
  npm run publisher -- demo-data --count 1000 --kinds pesel --out breach.csv
  npm run publisher -- build --input breach.csv --kind pesel --source-id my-breach --updated 2026-03-01 --out site
  npm run publisher -- serve site

See docs/publishing.md. Exit codes: 0 ok, 1 failed, 2 wrong usage, 3 invalid rows with --strict.
`;

type Command = (args: string[], io: CliIo, cwd: string) => Promise<number>;

const COMMANDS: Record<string, Command> = {
  build: buildCommand,
  merge: mergeCommand,
  serve: async (args, io, cwd) => (await serveCommand(args, io, cwd)).code,
  'demo-data': demoDataCommand,
  demo: demoCommand,
  'privacy-table': privacyTableCommand,
};

const isArgsError = (error: unknown): boolean =>
  error instanceof TypeError && String((error as { code?: unknown }).code ?? '').startsWith('ERR_PARSE_ARGS');

/** Runs one command line; returns the exit code instead of exiting, so tests can call it. */
export async function runCli(argv: string[], io: CliIo = processIo, cwd = process.cwd()): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    io.out(HELP);
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  const command = COMMANDS[name];
  if (command === undefined) {
    io.err(`Unknown command "${name}".\n\n${HELP}`);
    return EXIT.usage;
  }
  try {
    return await command(args, io, cwd);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (error instanceof UsageError || error instanceof PlanError || isArgsError(error)) {
      io.err(`${message}\nSee: npm run publisher -- ${name} --help\n`);
      return EXIT.usage;
    }
    io.err(error instanceof InputError ? `Input problem: ${message}\n` : `Failed: ${message}\n`);
    return EXIT.failed;
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  // xc-v1 hashes on libuv's thread pool, four threads unless told otherwise: one per core instead, so
  // `--workers` can use every core of a large machine. Read when the pool first starts, which is later.
  process.env.UV_THREADPOOL_SIZE ??= String(Math.max(4, availableParallelism()));
  process.exitCode = await runCli(process.argv.slice(2));
}
