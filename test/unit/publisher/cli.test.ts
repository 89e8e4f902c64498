// @vitest-environment node
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/publisher/cli.ts';
import { EXIT } from '../../../src/publisher/cli-errors.ts';
import { inputGroups } from '../../../src/publisher/commands/build-args.ts';
import { synthetic } from './support/build-fixtures.ts';
import { captureIo } from './support/capture-io.ts';
import { useTempDir } from './support/temp-dir.ts';

const tmp = useTempDir();

describe('build options grouped by --input', () => {
  it('binds options to the --input before them (or the first), and reuses kind and breach', () => {
    const groups = inputGroups([
      '--kind',
      'pesel,email',
      '--input',
      'a.csv',
      '--breach',
      'a.json',
      '--column',
      'pesel=Nr,email=Mail',
      '--source-id',
      'x',
      '--input',
      'b.ndjson',
      '--field',
      'p.pesel',
      '--kind',
      'pesel',
      '--input',
      'c.txt',
      '--delimiter',
      'semicolon',
      '--input-format',
      'text',
    ]);
    expect(groups).toEqual([
      { file: 'a.csv', kinds: ['pesel', 'email'], breach: 'a.json', columns: { pesel: 'Nr', email: 'Mail' } },
      { file: 'b.ndjson', kinds: ['pesel'], columns: { pesel: 'p.pesel' } },
      { file: 'c.txt', kinds: ['pesel'], format: 'text', delimiter: ';' },
    ]);
  });

  it('rejects an unknown kind and a doubled option within one group', () => {
    expect(() => inputGroups(['--input', 'a', '--kind', 'passport'])).toThrow(/Unknown kind "passport"/);
    expect(() => inputGroups(['--input', 'a', '--kind', 'pesel', '--kind', 'cpr'])).toThrow(/twice/);
  });
});

const breachJson = () =>
  tmp.file(
    'breach.json',
    JSON.stringify({
      id: 'lab',
      title: 'Lab',
      operator: 'Op',
      date: '2026-02-01',
      dataClasses: ['national-id'],
    }),
  );

describe('runCli', () => {
  it('builds from flags, prints the summary table, and exits 0', async () => {
    const csv = tmp.file('in.csv', `name;PESEL\nA;${synthetic('pesel', 3).join('\nB;')}\nC;123\n`);
    const out = join(tmp.dir(), 'site');
    const io = captureIo();
    const code = await runCli(
      [
        'build',
        '--input',
        csv,
        '--kind',
        'pesel',
        '--breach',
        breachJson(),
        '--source-id',
        'cli-test',
        '--out',
        out,
        '--iterations',
        '1000',
        '--prefix-bits',
        '4',
        '--max-invalid',
        '30',
      ],
      io,
      tmp.dir(),
    );
    expect([code, io.stderr()]).toEqual([EXIT.ok, '']);
    // lines, rows, valid, invalid, blank, joined
    expect(io.stdout()).toMatch(/in\.csv\s+pesel\s+lab\s+5\s+4\s+3\s+1\s+0\s+0/);
    expect(io.stdout()).toMatch(/length\s+1\s+wrong length \(line 5\)/);
    const descriptor = JSON.parse(readFileSync(join(out, 'source.json'), 'utf8')) as Record<string, unknown>;
    expect(descriptor).toMatchObject({ id: 'cli-test', name: 'Lab', updated: '2026-02-01T00:00:00.000Z' });
  });

  it('exits 3 with --strict on invalid rows, and writes nothing', async () => {
    const csv = tmp.file('in.csv', `pesel\n${synthetic('pesel', 1)[0]}\n123\n`);
    const out = join(tmp.dir(), 'site');
    const io = captureIo();
    const args = [
      'build',
      '--input',
      csv,
      '--kind',
      'pesel',
      '--breach',
      breachJson(),
      '--source-id',
      'cli-test',
    ];
    const code = await runCli([...args, '--out', out, '--iterations', '1000', '--strict'], io, tmp.dir());
    expect(code).toBe(EXIT.invalidRows);
    expect(io.stderr()).toContain('--strict');
    expect(existsSync(out)).toBe(false);
  });

  it.each([
    [['build', '--input', 'x.csv', '--kind', 'pesel', '--out', 'o'], /--source-id is required/],
    [['build', '--input', 'x.csv', '--kind', 'pesel', '--source-id', 'abc', '--out', 'o'], /--breach/],
    [['build', '--source-id', 'abc', '--bogus'], /Unknown option/],
    [
      [
        'build',
        '--input',
        'x',
        '--kind',
        'email',
        '--scheme',
        'hibp-sha1',
        '--source-id',
        'abc',
        '--out',
        'o',
      ],
      /passwords only/,
    ],
    [['serve'], /exactly one directory/],
    [['demo-data', '--count', 'many', '--out', 'x.csv'], /whole number/],
  ])('exits 2 on wrong usage: %j', async (argv, message) => {
    const io = captureIo();
    expect(await runCli(argv, io, tmp.dir())).toBe(EXIT.usage);
    expect(io.stderr()).toMatch(message);
  });

  it('exits 1 when an input cannot be read, and 2 for an unknown command', async () => {
    const io = captureIo();
    const argv = [
      'build',
      '--input',
      'missing.csv',
      '--kind',
      'pesel',
      '--source-id',
      'abc',
      '--updated',
      '2026-01-01',
    ];
    expect(await runCli([...argv, '--out', 'o'], io, tmp.dir())).toBe(EXIT.failed);
    expect(io.stderr()).toMatch(/missing\.csv/);
    expect(await runCli(['publish'], captureIo())).toBe(EXIT.usage);
  });

  it('prints help for every command', async () => {
    for (const command of ['build', 'merge', 'serve', 'demo-data', 'demo', 'privacy-table']) {
      const io = captureIo();
      expect(await runCli([command, '--help'], io)).toBe(EXIT.ok);
      expect(io.stdout()).toMatch(/^Usage: npm run publisher -- /);
    }
  });
});

async function demoCsv(name: string, seed: string): Promise<string> {
  const path = join(tmp.dir(), name);
  await runCli(
    ['demo-data', '--count', '50', '--seed', seed, '--kinds', 'pesel,cpr', '--out', path],
    captureIo(),
  );
  return readFileSync(path, 'utf8');
}

describe('demo-data', () => {
  it('writes the same CSV for the same seed, with a header and a column per kind', async () => {
    const [a, b, c] = [await demoCsv('a.csv', '7'), await demoCsv('b.csv', '7'), await demoCsv('c.csv', '8')];
    expect(a).toBe(b);
    expect(a).not.toBe(c);
    const lines = a.trimEnd().split('\n');
    expect(lines[0]).toBe('first_name,last_name,sample_date,pesel,cpr');
    expect(lines).toHaveLength(51);
  });

  it('writes a Pwned Passwords-style SHA-1 dump with --format sha1', async () => {
    const path = join(tmp.dir(), 'hashes.txt');
    const io = captureIo();
    expect(await runCli(['demo-data', '--count', '20', '--format', 'sha1', '--out', path], io)).toBe(EXIT.ok);
    const lines = readFileSync(path, 'utf8').trimEnd().split('\n');
    expect(lines).toHaveLength(20);
    lines.forEach((line) => expect(line).toMatch(/^[0-9A-F]{40}:[1-9]\d*$/));
  });
});
