// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { readCsvRows } from '../../../src/publisher/input/csv-rows.ts';
import { InputError } from '../../../src/publisher/input/input-error.ts';
import { readNdjsonRows } from '../../../src/publisher/input/ndjson-rows.ts';
import { readPlainRows } from '../../../src/publisher/input/plain-rows.ts';
import { formatFromPath } from '../../../src/publisher/input/read-input.ts';
import { MAX_LINE_LENGTH, readTextLines } from '../../../src/publisher/input/text-lines.ts';
import { collect, useTempDir } from './support/temp-dir.ts';

const tmp = useTempDir();
const pesel = [{ kind: 'pesel' }];

describe('readTextLines', () => {
  it('strips a byte-order mark and CR before LF, numbers lines from 1, keeps a last line without LF', async () => {
    const path = tmp.file('a.txt', '\uFEFFone\r\ntwo\n\nthree');
    expect(await collect(readTextLines(path))).toEqual([
      { line: 1, text: 'one' },
      { line: 2, text: 'two' },
      { line: 3, text: '' },
      { line: 4, text: 'three' },
    ]);
  });

  it('reports an over-long line without keeping it, and goes on with the next one', async () => {
    const path = tmp.file('long.txt', `${'x'.repeat(MAX_LINE_LENGTH * 3)}\nok\n`);
    expect(await collect(readTextLines(path))).toEqual([
      { line: 1, tooLong: true },
      { line: 2, text: 'ok' },
    ]);
  });

  it('decodes multi-byte characters split across read chunks', async () => {
    const text = `${'ą'.repeat(700_000)}\nż\n`;
    const lines = await collect(readTextLines(tmp.file('utf8.txt', text)));
    expect(lines).toEqual([
      { line: 1, tooLong: true },
      { line: 2, text: 'ż' },
    ]);
  });
});

describe('readCsvRows', () => {
  it('picks the column named like the kind and reads quoted fields, BOM and CRLF', async () => {
    const csv = '\uFEFFname,"PESEL"\r\n"Nowak, Anna",44051401458\r\n"Say ""hi""",\r\n';
    const rows = await collect(readCsvRows(tmp.file('a.csv', csv), { wanted: pesel }));
    expect(rows).toEqual([
      { line: 1, header: true },
      { line: 2, values: ['44051401458'] },
      { line: 3, values: [''] },
    ]);
  });

  it('keeps newlines inside quoted fields, numbers the record by its first line and marks the rest joined', async () => {
    const csv = 'note,pesel\n"line one\nline two",44051401458\nx,02070803628\n';
    const rows = await collect(readCsvRows(tmp.file('a.csv', csv), { wanted: pesel }));
    expect(rows).toEqual([
      { line: 1, header: true },
      { line: 2, values: ['44051401458'] },
      { line: 3, joined: 2 },
      { line: 4, values: ['02070803628'] },
    ]);
  });

  it('yields blank lines and short records as such, so they are counted', async () => {
    const csv = 'name,pesel\n\n   \nonly-a-name\nAnna,44051401458\n';
    const rows = await collect(readCsvRows(tmp.file('a.csv', csv), { wanted: pesel }));
    expect(rows).toEqual([
      { line: 1, header: true },
      { line: 2, blank: true },
      { line: 3, blank: true },
      { line: 4, problem: 'missing-column' },
      { line: 5, values: ['44051401458'] },
    ]);
  });

  it('detects a semicolon delimiter and reads several kinds from one row, with explicit columns', async () => {
    const csv = 'Nr PESEL;E-mail;x\n44051401458;a@example.org;1\n';
    const wanted = [{ kind: 'pesel', column: 'Nr PESEL' }, { kind: 'email' }];
    const rows = await collect(readCsvRows(tmp.file('a.csv', csv), { wanted }));
    expect(rows).toEqual([
      { line: 1, header: true },
      { line: 2, values: ['44051401458', 'a@example.org'] },
    ]);
  });

  it('reports an unterminated quote at the end of the file', async () => {
    const csv = 'name,pesel\nAnna,44051401458\n"Broken,1\n';
    const rows = await collect(readCsvRows(tmp.file('a.csv', csv), { wanted: pesel }));
    expect(rows).toEqual([
      { line: 1, header: true },
      { line: 2, values: ['44051401458'] },
      { line: 3, problem: 'csv-quote' },
    ]);
  });

  it('stops with a clear error when no column fits or several do', async () => {
    const none = readCsvRows(tmp.file('a.csv', 'name,id\nx,1\n'), { wanted: pesel });
    await expect(collect(none)).rejects.toThrow(/no column named like "pesel"/);
    const two = readCsvRows(tmp.file('b.csv', 'pesel,PESEL\n1,2\n'), { wanted: pesel });
    await expect(collect(two)).rejects.toThrow(InputError);
  });
});

describe('readNdjsonRows', () => {
  it('reads a field by kind or by dotted path, accepts integers, and reports broken lines', async () => {
    const ndjson = [
      '{"person":{"pesel":"44051401458"}}',
      '',
      'not json',
      '{"person":{}}',
      '{"person":{"pesel":44051401458}}',
      '{"person":{"pesel":[1]}}',
      '[1,2]',
    ].join('\r\n');
    const rows = await collect(
      readNdjsonRows(tmp.file('a.ndjson', ndjson), { wanted: [{ kind: 'pesel', field: 'person.pesel' }] }),
    );
    expect(rows).toEqual([
      { line: 1, values: ['44051401458'] },
      { line: 2, blank: true },
      { line: 3, problem: 'ndjson-syntax' },
      { line: 4, problem: 'missing-field' },
      { line: 5, values: ['44051401458'] },
      { line: 6, problem: 'not-text' },
      { line: 7, problem: 'ndjson-syntax' },
    ]);
  });

  it('chooses the field by the kind name from the first object', async () => {
    const path = tmp.file('a.jsonl', '{"Email":"a@example.org","n":1}\n{"Email":"b@example.org"}\n');
    const rows = await collect(readNdjsonRows(path, { wanted: [{ kind: 'email' }] }));
    expect(rows.map((r) => ('values' in r ? r.values[0] : r))).toEqual(['a@example.org', 'b@example.org']);
  });
});

describe('readPlainRows', () => {
  it('keeps values exactly (passwords may start or end with spaces) and marks blank lines', async () => {
    const rows = await collect(readPlainRows(tmp.file('p.txt', '\uFEFF hunter2 \r\n\r\nabc')));
    expect(rows).toEqual([
      { line: 1, values: [' hunter2 '] },
      { line: 2, blank: true },
      { line: 3, values: ['abc'] },
    ]);
  });

  it('guesses the format from the file extension', () => {
    expect(['a.CSV', 'b.tsv', 'c.ndjson', 'd.jsonl', 'e.txt', 'f'].map(formatFromPath)).toEqual([
      'csv',
      'csv',
      'ndjson',
      'ndjson',
      'text',
      'text',
    ]);
  });
});
