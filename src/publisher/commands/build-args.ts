import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { IDENTIFIER_KINDS, type IdentifierKind } from '../../core/index.ts';
import { planDraftSchema, type DraftInput, type PlanDraft } from '../build/plan-draft.ts';
import { UsageError } from '../cli-errors.ts';
import { parseShard, type Shard } from '../oprf/shard.ts';

const GROUP_OPTIONS = ['kind', 'breach', 'column', 'field', 'input-format', 'delimiter'] as const;
type GroupOption = (typeof GROUP_OPTIONS)[number];

export const BUILD_OPTIONS = {
  input: { type: 'string', multiple: true },
  kind: { type: 'string', multiple: true },
  breach: { type: 'string', multiple: true },
  column: { type: 'string', multiple: true },
  field: { type: 'string', multiple: true },
  'input-format': { type: 'string', multiple: true },
  delimiter: { type: 'string', multiple: true },
  plan: { type: 'string' },
  'source-id': { type: 'string' },
  out: { type: 'string' },
  'key-file': { type: 'string' },
  'evaluate-url': { type: 'string' },
  layout: { type: 'string' },
  scheme: { type: 'string' },
  iterations: { type: 'string' },
  salt: { type: 'string' },
  name: { type: 'string' },
  publisher: { type: 'string' },
  homepage: { type: 'string' },
  updated: { type: 'string' },
  'prefix-bits': { type: 'string' },
  'min-lines': { type: 'string' },
  'work-dir': { type: 'string' },
  concurrency: { type: 'string' },
  workers: { type: 'string' },
  shard: { type: 'string' },
  strict: { type: 'boolean' },
  'max-invalid': { type: 'string' },
  quiet: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

function parseKinds(text: string): IdentifierKind[] {
  return text.split(',').map((k) => {
    const kind = k.trim();
    if (!(IDENTIFIER_KINDS as readonly string[]).includes(kind)) {
      throw new UsageError(`Unknown kind "${kind}". Kinds: ${IDENTIFIER_KINDS.join(', ')}.`);
    }
    return kind as IdentifierKind;
  });
}

/** "--column PESEL" (one kind) or "--column pesel=PESEL_NR,email=Mail" (several). */
function parseColumns(text: string, kinds: readonly IdentifierKind[]): Record<string, string> {
  if (!text.includes('=')) {
    if (kinds.length !== 1)
      throw new UsageError('With several kinds, name columns as kind=column,kind=column.');
    return { [kinds[0] as string]: text };
  }
  return Object.fromEntries(text.split(',').map((pair) => pair.split('=', 2).map((s) => s.trim())));
}

const DELIMITERS: Record<string, ',' | ';' | '\t'> = {
  ',': ',',
  comma: ',',
  ';': ';',
  semicolon: ';',
  tab: '\t',
  '\\t': '\t',
};

function groupToInput(
  file: string,
  group: Partial<Record<GroupOption, string>>,
  prev?: DraftInput,
): DraftInput {
  const kinds = group.kind !== undefined ? parseKinds(group.kind) : prev?.kinds;
  if (kinds === undefined) throw new UsageError(`Say which kind ${file} holds: --kind <kind>.`);
  const input: DraftInput = { file, kinds };
  const columns = group.column ?? group.field;
  if (columns !== undefined) input.columns = parseColumns(columns, kinds);
  if (group.breach !== undefined) input.breach = group.breach;
  if (group['input-format'] !== undefined) input.format = group['input-format'] as DraftInput['format'];
  if (group.delimiter !== undefined) {
    const d = DELIMITERS[group.delimiter];
    if (d === undefined) throw new UsageError('--delimiter is one of: comma, semicolon, tab.');
    input.delimiter = d;
  }
  return input;
}

/**
 * Groups per-input options by position: each --input starts a group and the --kind, --breach,
 * --column/--field, --input-format and --delimiter after it belong to it (ones given before the
 * first --input belong to the first). A group without --kind or --breach reuses the previous one's.
 */
export function inputGroups(args: string[]): DraftInput[] {
  const { tokens } = parseArgs({ args, options: BUILD_OPTIONS, tokens: true, allowPositionals: false });
  const files: string[] = [];
  const groups: Partial<Record<GroupOption, string>>[] = [{}];
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    if (token.name === 'input') {
      if (files.length > 0) groups.push({});
      files.push(token.value ?? '');
    } else if ((GROUP_OPTIONS as readonly string[]).includes(token.name)) {
      const group = groups[groups.length - 1] as Partial<Record<GroupOption, string>>;
      if (group[token.name as GroupOption] !== undefined) {
        throw new UsageError(
          `--${token.name} is given twice for one --input; start a new group with --input.`,
        );
      }
      group[token.name as GroupOption] = token.value ?? '';
    }
  }
  const inputs: DraftInput[] = [];
  for (const [i, file] of files.entries()) inputs.push(groupToInput(file, groups[i] ?? {}, inputs[i - 1]));
  return inputs;
}

function integer(flag: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  if (!/^\d+$/.test(text)) throw new UsageError(`--${flag} takes a whole number, not "${text}".`);
  return Number(text);
}

function percentArg(text: string): number {
  const value = Number(text.trim().replace(/%$/, ''));
  if (text.trim() === '' || !Number.isFinite(value) || value < 0 || value > 100) {
    throw new UsageError(`--max-invalid takes a percentage from 0 to 100, not "${text}".`);
  }
  return value;
}

function shardOption(text: string | undefined): Shard | undefined {
  if (text === undefined) return undefined;
  try {
    return parseShard(text);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

function readPlanFile(path: string): PlanDraft {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new UsageError(`Cannot read the plan file ${path}: ${(error as Error).message}`);
  }
  const parsed = planDraftSchema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
    throw new UsageError(`The plan file ${path} is not valid: ${issues.join('; ')}`);
  }
  return parsed.data;
}

export interface BuildArgs {
  draft: PlanDraft;
  /** Directory relative paths in the draft are resolved against. */
  baseDir: string;
  workDir?: string | undefined;
  concurrency?: number | undefined;
  /** Threads for the parallel phases; default every core. */
  workers?: number | undefined;
  /** xc-oprf-v1: build one slice of the prefix space. */
  shard?: Shard | undefined;
  quiet: boolean;
  help: boolean;
}

/** Command line → a plan draft (from --plan and/or the flags; flags win for single values). */
export function parseBuildArgs(args: string[], cwd: string): BuildArgs {
  const { values: v } = parseArgs({ args, options: BUILD_OPTIONS, allowPositionals: false });
  if (v.help === true)
    return { draft: { inputs: [{ file: '-', kinds: ['pesel'] }] }, baseDir: cwd, quiet: false, help: true };
  const planPath = v.plan === undefined ? undefined : resolve(cwd, v.plan);
  const fromFile = planPath === undefined ? undefined : readPlanFile(planPath);
  const groups = inputGroups(args);
  if (fromFile !== undefined && groups.length > 0)
    throw new UsageError('Give inputs either in --plan or with --input, not both.');
  if (fromFile === undefined && groups.length === 0)
    throw new UsageError('Nothing to build: give --input <file> --kind <kind> (or --plan).');
  const draft: PlanDraft = { ...fromFile, inputs: fromFile?.inputs ?? groups };
  const scalar = {
    sourceId: v['source-id'],
    name: v.name,
    publisher: v.publisher,
    homepage: v.homepage,
    salt: v.salt,
    updated: v.updated,
    evaluateUrl: v['evaluate-url'],
  };
  for (const [key, value] of Object.entries(scalar))
    if (value !== undefined) Object.assign(draft, { [key]: value });
  if (v.scheme !== undefined) draft.scheme = v.scheme as PlanDraft['scheme'];
  if (v.layout !== undefined) draft.layout = v.layout as PlanDraft['layout'];
  if (v.out !== undefined) draft.out = resolve(cwd, v.out);
  if (v['key-file'] !== undefined) draft.keyFile = resolve(cwd, v['key-file']);
  if (v.strict === true) draft.strict = true;
  if (v['max-invalid'] !== undefined) draft.maxInvalidPercent = percentArg(v['max-invalid']);
  const numbers = {
    iterations: integer('iterations', v.iterations),
    prefixBits: integer('prefix-bits', v['prefix-bits']),
    minLines: integer('min-lines', v['min-lines']),
  };
  for (const [key, value] of Object.entries(numbers))
    if (value !== undefined) Object.assign(draft, { [key]: value });
  const checked = planDraftSchema.safeParse(draft);
  if (!checked.success)
    throw new UsageError(checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
  return {
    draft: checked.data,
    baseDir: planPath === undefined ? cwd : dirname(planPath),
    workDir: v['work-dir'] === undefined ? undefined : resolve(cwd, v['work-dir']),
    concurrency: integer('concurrency', v.concurrency),
    workers: integer('workers', v.workers),
    shard: shardOption(v.shard),
    quiet: v.quiet === true,
    help: false,
  };
}
