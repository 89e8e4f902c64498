// @vitest-environment node
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseSourceDescriptor } from '../../../../src/core/range/source-descriptor.ts';
import {
  allPrefixes,
  buildOprfSource,
  generateOprfKey,
  type OprfRecord,
} from '../../../../src/publisher/oprf/index.ts';
import { BREACHES, syntheticIds } from './oprf-fixture.ts';

const ids = syntheticIds('pesel', 60, 31);
const records: OprfRecord[] = [
  ...ids.map((id) => ({ kind: id.kind, canonical: id.canonical, breach: 0 })),
  // Repeats merge into one line whose bitmap names both breaches.
  ...ids.slice(0, 10).map((id) => ({ kind: id.kind, canonical: id.canonical, breach: 1 })),
];
const key = generateOprfKey(new Date('2026-06-01T00:00:00Z'));
const meta = {
  id: 'demo-oprf',
  name: 'Demo',
  publisher: 'Tests',
  breaches: BREACHES,
  updated: '2026-06-01T00:00:00.000Z',
};
let root: string;

async function build(dir: string) {
  return buildOprfSource({
    outDir: path.join(root, dir),
    key,
    meta,
    kinds: ['pesel'],
    records,
    prefixBits: { pesel: 5 },
  });
}

async function snapshot(dir: string): Promise<Map<string, string>> {
  const files = await readdir(path.join(root, dir), { recursive: true, withFileTypes: true });
  const out = new Map<string, string>();
  for (const f of files.filter((e) => e.isFile())) {
    const full = path.join(f.parentPath, f.name);
    out.set(path.relative(path.join(root, dir), full), await readFile(full, 'utf8'));
  }
  return out;
}

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'xc-oprf-build-'));
});
afterAll(() => rm(root, { recursive: true, force: true }));

describe('buildOprfSource', () => {
  it('writes a valid descriptor and one padded bucket per prefix', async () => {
    const report = await build('a');
    expect(report).toMatchObject({ rows: 70, distinct: 60, files: 33 });
    const files = await snapshot('a');
    const descriptor = parseSourceDescriptor(
      JSON.parse(files.get('source.json')!),
      'https://example.org/x/source.json',
    );
    expect(descriptor).toMatchObject({
      scheme: 'xc-oprf-v1',
      padded: true,
      hash: {
        algorithm: 'oprf',
        suite: 'ristretto255-SHA512',
        keyId: key.keyId,
        evaluateUrl: 'https://example.org/x/evaluate',
      },
    });
    const lines = report.lines.pesel!;
    expect(lines).toBeGreaterThanOrEqual(60 / 32);
    for (const prefix of allPrefixes(5)) {
      const body = files.get(path.join('ranges', 'pesel', `${prefix}.txt`));
      expect(body, prefix).toMatch(new RegExp(`^([0-9A-F]{24}:[0-9A-F]\\n){${lines}}$`));
      const tags = body!
        .trimEnd()
        .split('\n')
        .map((l) => l.slice(0, 24));
      expect(tags).toEqual(tags.toSorted());
      expect(new Set(tags).size).toBe(tags.length);
    }
  });

  it('seals bitmaps and pads with random-looking lines, so real entries cannot be counted', async () => {
    const files = await snapshot('a');
    const sealed = [...files]
      .filter(([name]) => name.startsWith('ranges'))
      .flatMap(([, body]) => body.trimEnd().split('\n'))
      .map((line) => line.slice(25));
    // With a zero-bitmap padding rule (as in xc-v1) most lines would read "0"; sealed, each hex digit is
    // about equally likely.
    const zeros = sealed.filter((b) => b === '0').length;
    expect(sealed.length).toBeGreaterThan(60);
    expect(zeros / sealed.length).toBeLessThan(0.25);
    expect(new Set(sealed).size).toBeGreaterThan(8);
  });

  it('is deterministic for the same key and input', async () => {
    await build('b');
    expect(await snapshot('b')).toEqual(await snapshot('a'));
  });

  it('lists the prefixes of a bit length in URL form', () => {
    expect(allPrefixes(5)).toHaveLength(32);
    expect(allPrefixes(5).slice(0, 3)).toEqual(['00', '08', '10']);
    expect(allPrefixes(4)).toContain('F');
  });
});
