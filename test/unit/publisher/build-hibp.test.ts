// @vitest-environment node
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hibpSha1Key, parseSourceDescriptor } from '../../../src/core/index.ts';
import { buildSource } from '../../../src/publisher/build/build-source.ts';
import { breach, summarySink, xcPlan } from './support/build-fixtures.ts';
import { useTempDir } from './support/temp-dir.ts';

const tmp = useTempDir();
const sha1 = (text: string): string => createHash('sha1').update(text, 'utf8').digest('hex').toUpperCase();

describe('buildSource: hibp-sha1', () => {
  it('writes all 2^20 ranges as SUFFIX:COUNT, sums repeated hashes, pads with count 0', async () => {
    const hashes = tmp.file(
      'hashes.txt',
      [
        `${sha1('password')}:3730471`,
        sha1('letmein').toLowerCase(),
        `${sha1('letmein')}:4`,
        'not-a-hash',
        `${sha1('x')}:99999999999`,
      ].join('\n'),
    );
    const plain = tmp.file('plain.txt', ' hunter2 \nhunter2\n');
    const { sink, files, lineCounts, count } = summarySink((line) => !line.endsWith(':0'));
    const report = await buildSource(
      xcPlan(join(tmp.dir(), 'out'), {
        scheme: 'hibp-sha1',
        maxPrefixBits: undefined,
        maxInvalidPercent: 100,
        breaches: [breach('pw-dump')],
        inputs: [
          { path: hashes, format: 'sha1', kinds: ['password'], columns: {}, breach: 'pw-dump' },
          { path: plain, format: 'text', kinds: ['password'], columns: {}, breach: 'pw-dump' },
        ],
      }),
      { sink },
    );
    expect(count()).toBe(2 ** 20 + 1);
    expect(lineCounts).toEqual(new Set([report.kinds[0]?.lines]));
    expect(report.inputs[0]?.invalid).toEqual({ 'sha1-format': { count: 2, lines: [4, 5] } });
    for (const [password, expected] of [
      ['password', 3730471],
      ['letmein', 5],
      [' hunter2 ', 1],
      ['hunter2', 1],
    ] as const) {
      const { prefix, suffix } = await hibpSha1Key(password);
      expect(files.get(`range/${prefix}`)?.split('\n')).toContain(`${suffix}:${expected}`);
    }
    const descriptor = parseSourceDescriptor(
      JSON.parse(files.get('source.json') ?? ''),
      'http://127.0.0.1/x.json',
    );
    expect(descriptor).toMatchObject({
      scheme: 'hibp-sha1',
      rangeUrl: 'http://127.0.0.1/range/{prefix}',
      padded: true,
    });
    for (const [path, text] of files) {
      if (path !== 'source.json')
        text
          .split('\n')
          .slice(0, -1)
          .forEach((l) => expect(l).toMatch(/^[0-9A-F]{35}:\d+$/));
    }
  }, 180_000);
});
