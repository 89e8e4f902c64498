// @vitest-environment node
// Every physical line of a CSV is accounted for: the header, a row (valid or invalid with a reason), a
// blank line, or a line joined to the row above by a quoted line break. A stray quote in one value must
// never make later rows disappear from the count (issue 14, finding 2).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSource } from '../../../src/publisher/build/build-source.ts';
import { InputQualityError } from '../../../src/publisher/build/input-quality.ts';
import { invalidTotal, type InputStats } from '../../../src/publisher/build/input-stats.ts';
import { runCli } from '../../../src/publisher/cli.ts';
import { EXIT } from '../../../src/publisher/cli-errors.ts';
import { readCsvRows } from '../../../src/publisher/input/csv-rows.ts';
import { buildOprfPlan } from '../../../src/publisher/oprf/index.ts';
import { InputError } from '../../../src/publisher/input/input-error.ts';
import { MAX_LINE_LENGTH } from '../../../src/publisher/input/text-lines.ts';
import { synthetic, xcPlan } from './support/build-fixtures.ts';
import { captureIo } from './support/capture-io.ts';
import { collect, useTempDir } from './support/temp-dir.ts';

const tmp = useTempDir();
const pesel = [{ kind: 'pesel' }];
const csvInput = (path: string) => ({
  path,
  format: 'csv' as const,
  kinds: ['pesel' as const],
  columns: {},
  breach: 'breach-a',
});

/**
 * The audit's file: 159 people, the identifier first, and a surname with a single stray quote in rows
 * 30 and 130 (O"Brien). The old reader joined the 100 lines between them into one record and reported
 * 59 rows, 59 valid, "No invalid rows".
 */
function obrienCsv(eol = '\n', finalEol = true): { text: string; ids: string[] } {
  const ids = synthetic('pesel', 159, 11);
  const rows = ids.map((id, i) => `${id},${i === 29 || i === 129 ? 'O"Brien' : `Person ${i}`}`);
  return { text: `pesel,surname${eol}${rows.join(eol)}${finalEol ? eol : ''}`, ids };
}

/** Physical lines as an editor shows them: LF, CRLF or a lone CR end one; a last line may lack it. */
const physicalLines = (text: string): number =>
  text.split(/\r\n|\n|\r/).length - (/[\r\n]$/.test(text) ? 1 : 0);

function expectAccounted(stats: InputStats | undefined, text: string): InputStats {
  if (stats === undefined) throw new Error('no stats');
  expect(stats.lines).toBe(physicalLines(text));
  expect(stats.lines).toBe(stats.header + stats.rows + stats.blank + stats.joined);
  expect(stats.rows).toBe(stats.valid + invalidTotal(stats));
  return stats;
}

async function buildOne(text: string, maxInvalidPercent?: number) {
  const plan = xcPlan(join(tmp.dir(), 'out'), {
    ...(maxInvalidPercent === undefined ? {} : { maxInvalidPercent }),
    inputs: [csvInput(tmp.file('in.csv', text))],
  });
  return buildSource(plan);
}

describe('CSV reader: every line is accounted for', () => {
  it('keeps a stray quote inside an unquoted value literal and loses no row (O"Brien)', async () => {
    const { text, ids } = obrienCsv();
    const rows = await collect(readCsvRows(tmp.file('obrien.csv', text), { wanted: pesel }));
    expect(rows[0]).toEqual({ line: 1, header: true });
    expect(rows.slice(1)).toEqual(ids.map((id, i) => ({ line: i + 2, values: [id] })));
  });

  it.each([
    ['LF', '\n', true],
    ['CRLF', '\r\n', true],
    ['CR', '\r', true],
    ['LF, no line ending at the end', '\n', false],
  ])('the O"Brien build reports 159 rows, all valid (%s)', async (_, eol, finalEol) => {
    const { text, ids } = obrienCsv(eol, finalEol);
    const report = await buildOne(text);
    const stats = expectAccounted(report.inputs[0], text);
    expect(stats).toMatchObject({ lines: 160, header: 1, rows: 159, valid: 159, blank: 0, joined: 0 });
    expect(report.kinds[0]?.unique).toBe(ids.length);
  });

  it('a stray quote in the last row, with or without a line ending, is kept literal', async () => {
    const ids = synthetic('pesel', 3, 16);
    for (const end of ['', '\n', '\r\n']) {
      const text = `pesel,name\n${ids[0]},a\n${ids[1]},b\n${ids[2]},O"Brien${end}`;
      const rows = await collect(readCsvRows(tmp.file('last.csv', text), { wanted: pesel }));
      expect(rows.at(-1)).toEqual({ line: 4, values: [ids[2]] });
      expectAccounted((await buildOne(text)).inputs[0], text);
    }
  });

  it('an opening quote never closed turns the lines it swallows into invalid rows with a reason', async () => {
    const ids = synthetic('pesel', 6, 12);
    const text = [
      'name,pesel',
      `a,${ids[0]}`,
      `"Broken,${ids[1]}`,
      ...ids.slice(2).map((id) => `x,${id}`),
    ].join('\n');
    const rows = await collect(readCsvRows(tmp.file('broken.csv', text), { wanted: pesel }));
    expect(rows).toEqual([
      { line: 1, header: true },
      { line: 2, values: [ids[0]] },
      ...[3, 4, 5, 6, 7].map((line) => ({ line, problem: 'csv-quote' })),
    ]);
    const stats = expectAccounted((await buildOne(text, 100)).inputs[0], text);
    expect(stats.invalid['csv-quote']).toEqual({ count: 5, lines: [3, 4, 5, 6, 7] });
  });

  it('an unclosed quote in the last row is one invalid row', async () => {
    const ids = synthetic('pesel', 30, 17);
    const text = `pesel,name\n${ids.map((id) => `${id},x`).join('\n')}\n${ids[0]},"Nowak\r\n`;
    const stats = expectAccounted((await buildOne(text)).inputs[0], text);
    expect(stats).toMatchObject({ rows: 31, valid: 30, invalid: { 'csv-quote': { count: 1, lines: [32] } } });
  });

  it.each([
    ['LF', '\n'],
    ['CRLF', '\r\n'],
  ])('quoted line breaks join lines to their row, and those lines are counted (%s)', async (_, eol) => {
    const ids = synthetic('pesel', 2, 13);
    const text = ['note,pesel', '"line one', `line two",${ids[0]}`, '', `x,${ids[1]}`, ''].join(eol);
    const rows = await collect(readCsvRows(tmp.file('nl.csv', text), { wanted: pesel }));
    expect(rows).toEqual([
      { line: 1, header: true },
      { line: 2, values: [ids[0]] },
      { line: 3, joined: 2 },
      { line: 4, blank: true },
      { line: 5, values: [ids[1]] },
    ]);
  });

  it('mixed line endings, a byte-order mark and a semicolon delimiter keep the line numbers exact', async () => {
    const ids = synthetic('pesel', 4, 18);
    const text = `\uFEFFimię;pesel\r\nŁucja;${ids[0]}\n"Zoë ""Z""";${ids[1]}\r\n;\n\r\nÓla;${ids[2]}\rx;${ids[3]}`;
    const rows = await collect(readCsvRows(tmp.file('mixed.csv', text), { wanted: pesel }));
    expect(rows).toEqual([
      { line: 1, header: true },
      { line: 2, values: [ids[0]] },
      { line: 3, values: [ids[1]] },
      { line: 4, blank: true },
      { line: 5, blank: true },
      { line: 6, values: [ids[2]] },
      { line: 7, values: [ids[3]] },
    ]);
  });

  it('a record over 64 KiB stops the build with the line it starts on', async () => {
    const text = `pesel,note\n44051401458,"${'x'.repeat(MAX_LINE_LENGTH + 10)}\n`;
    const read = collect(readCsvRows(tmp.file('long.csv', text), { wanted: pesel }));
    await expect(read).rejects.toThrow(InputError);
    await expect(collect(readCsvRows(tmp.file('long.csv', text), { wanted: pesel }))).rejects.toThrow(
      /starting on line 2 is longer than 64 KiB/,
    );
  });

  it('lines = header + rows + blank + joined, and rows = valid + invalid, in the report', async () => {
    const ids = synthetic('pesel', 40, 14);
    const text = ['pesel', ...ids, '', '"a\nb"', '123', 'O"x', '  '].join('\n');
    expectAccounted((await buildOne(text, 100)).inputs[0], text);
  });
});

/** `build` through the CLI on one CSV of PESELs. */
async function cliBuild(csv: string, extra: string[] = []) {
  const io = captureIo();
  const out = join(tmp.dir(), 'site');
  const breachFile = tmp.file(
    'b.json',
    JSON.stringify({ id: 'lab', title: 'Lab', operator: 'Lab', date: '2026-02-01', dataClasses: [] }),
  );
  const code = await runCli(
    ['build', '--input', tmp.file('in.csv', csv), '--kind', 'pesel', '--breach', breachFile]
      .concat(['--source-id', 'cli-test', '--out', out, '--iterations', '1000', '--prefix-bits', '4'])
      .concat(extra),
    io,
    tmp.dir(),
  );
  return { code, io, out };
}

describe('build: too many invalid rows, or none valid, publishes nothing', () => {
  const ids = synthetic('pesel', 38, 15);

  it('the O"Brien file builds with every row in the printed report', async () => {
    const { code, io } = await cliBuild(obrienCsv().text);
    expect(code).toBe(EXIT.ok);
    // lines, rows, valid, invalid, blank, joined
    expect(io.stdout()).toMatch(/in\.csv\s+pesel\s+lab\s+160\s+159\s+159\s+0\s+0\s+0/);
  });

  it('a stray opening quote that swallows rows into one record fails the build', async () => {
    const text = obrienCsv().text.replace(/,Person 40\n/, ',"Person 40\n');
    const { code, io, out } = await cliBuild(text);
    expect(code).toBe(EXIT.invalidRows);
    // The quote opened on line 42 closes at the first quote before a line end: O"Brien on line 131.
    expect(io.stderr()).toMatch(/in\.csv\s+pesel\s+lab\s+160\s+70\s+70\s+0\s+0\s+89/);
    expect(io.stderr()).toMatch(/89 of 159 rows \(0 invalid, 89 joined .*\) \(56\.0 %\) were left out/);
    expect(io.stderr()).toMatch(/joined\s+89\s+line inside a quoted value .*\(line 43, 44, 45, 46, 47, …\)/);
    expect(existsSync(out)).toBe(false);
  });

  it('more than 5 % invalid rows: exit 3, nothing written, the reasons printed', async () => {
    const { code, io, out } = await cliBuild(`pesel\n${ids.join('\n')}\n123\n456\n789\n`);
    expect(code).toBe(EXIT.invalidRows);
    expect(io.stderr()).toMatch(/3 of 41 rows \(7\.3 %\) were left out, over the 5 % allowed/);
    expect(io.stderr()).toMatch(/--max-invalid/);
    expect(existsSync(out)).toBe(false);
  });

  it('--max-invalid raises the threshold', async () => {
    const { code, out } = await cliBuild(`pesel\n${ids.join('\n')}\n123\n456\n789\n`, [
      '--max-invalid',
      '10',
    ]);
    expect(code).toBe(EXIT.ok);
    expect(JSON.parse(readFileSync(join(out, 'source.json'), 'utf8'))).toMatchObject({ id: 'cli-test' });
  });

  it('--max-invalid refuses what is not a percentage', async () => {
    const { code, io } = await cliBuild(`pesel\n${ids.join('\n')}\n`, ['--max-invalid', 'lots']);
    expect(code).toBe(EXIT.usage);
    expect(io.stderr()).toMatch(/--max-invalid takes a percentage/);
  });

  it('up to 5 % is published, with the invalid rows reported', async () => {
    const { code, io } = await cliBuild(`pesel\n${ids.join('\n')}\n123\n`);
    expect(code).toBe(EXIT.ok);
    expect(io.stdout()).toMatch(/Invalid rows by reason/);
  });

  it('zero valid rows: exit 3 even with --max-invalid 100', async () => {
    const { code, io, out } = await cliBuild('pesel\n123\n', ['--max-invalid', '100']);
    expect(code).toBe(EXIT.invalidRows);
    expect(io.stderr()).toMatch(/no valid rows/);
    expect(existsSync(out)).toBe(false);
  });

  it('buildSource throws InputQualityError before writing anything', async () => {
    const out = join(tmp.dir(), 'out');
    const plan = xcPlan(out, { inputs: [csvInput(tmp.file('z.csv', 'pesel\n\n'))] });
    await expect(buildSource(plan)).rejects.toBeInstanceOf(InputQualityError);
    expect(existsSync(out)).toBe(false);
  });

  it('the OPRF build checks the same way and publishes nothing', async () => {
    const out = join(tmp.dir(), 'oprf-site');
    const keyFile = join(tmp.dir(), 'keys', 'k.json');
    const { text } = obrienCsv();
    const broken = text.replace(/,Person 40\n/, ',"Person 40\n');
    const plan = xcPlan(out, { inputs: [csvInput(tmp.file('o.csv', broken))] });
    await expect(buildOprfPlan(plan, { keyFile })).rejects.toBeInstanceOf(InputQualityError);
    expect(existsSync(out)).toBe(false);
  });
});
