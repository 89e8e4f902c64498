// @vitest-environment node
// The whole-list build partitions rows to disk and evaluates them on worker threads; its output must
// be byte for byte what the in-memory, one-thread build wrote for the same rows, key and options. That
// build (OprfListBuilder + writeOprfListSource, removed after commit d1236ef, where this test compared
// against it directly) wrote the files whose SHA-256 is below.
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IdentifierKind } from '../../../../src/core/identifiers/types.ts';
import type { BreachRef } from '../../../../src/core/range/types.ts';
import {
  buildOprfListSource,
  oprfKeyFromJson,
  type OprfRecord,
} from '../../../../src/publisher/oprf/index.ts';
import { PartitionedListBuild } from '../../../../src/publisher/oprf/partitioned-list-build.ts';
import { syntheticIds } from './oprf-fixture.ts';

// A test key, fixed so the expected bytes below stay valid: it protects nothing.
const key = oprfKeyFromJson({
  format: 'exposure-check-oprf-key/1',
  suite: 'ristretto255-SHA512',
  keyId: 'k-ba9bd355ce0cf45b',
  secretKey: 'xYRTiucRJ1ceiiItIRX2gcjnT6fruetKv8wUL-3GPgg',
  publicKey: 'brXBSMtRrm2gTD51LPKrxy4WvghlnKdakjm5tdjZQB8',
  created: '2026-06-01T00:00:00.000Z',
});

// Nine breaches: the sealed bits take two bytes, the second one partly.
const breaches: BreachRef[] = Array.from({ length: 9 }, (_, i) => ({
  id: `breach-${i}`,
  title: `Breach ${i}`,
  operator: 'Tests',
  date: '2026-03-01',
  dataClasses: ['national-id'],
}));
const meta = {
  id: 'streamed-list',
  name: 'Streamed list',
  publisher: 'Exposure Check tests',
  breaches,
  updated: '2026-06-01T00:00:00.000Z',
};
// bsn has no rows: its list is all padding.
const kinds: IdentifierKind[] = ['pesel', 'cpr', 'bsn'];

/** 4,500 PESEL (past the 4,096 minimum, so padded by steps) and 300 CPR over several breaches, rows repeated. */
function records(): OprfRecord[] {
  const out: OprfRecord[] = [];
  for (const [kind, count, seed] of [
    ['pesel', 4500, 3],
    ['cpr', 300, 4],
  ] as const) {
    syntheticIds(kind, count, seed).forEach((id, i) => {
      out.push({ kind, canonical: id.canonical, breach: i % 9 });
      if (i % 3 === 0) out.push({ kind, canonical: id.canonical, breach: (i * 7 + 8) % 9 });
      if (i % 5 === 0) out.push({ kind, canonical: id.canonical, breach: i % 9 });
    });
  }
  return out;
}

/** SHA-256 (base64url) of every file the in-memory build wrote for these rows. */
const reference = {
  'lists/bsn.bin': '-BU7lasFfDxgVx8iL6jCUGNEHJ0MsJvK2ofTAtrycAk',
  'lists/cpr.bin': 'T8kkhW3uWDlQTARMQlDWetz14PAUMcehwQ0nkiDlpAI',
  'lists/pesel.bin': 'YKGtk8i928Iju4L1AIqPpG3BX9fK-AtN5eo5LK1uhtg',
  'source.json': 'dSAGT6yfSiEAHJ0WDebP33_X6VsgOGBr1_EDUpntyao',
};

async function filesOf(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    out[path.relative(dir, full)] = createHash('sha256')
      .update(await readFile(full))
      .digest('base64url');
  }
  return out;
}

let root: string;
let rows: OprfRecord[];

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'xc-list-streamed-'));
  rows = records();
});
afterAll(() => rm(root, { recursive: true, force: true }));

describe('whole-list build, partitioned and on worker threads', () => {
  it('writes the in-memory build’s bytes, evaluating in this thread', async () => {
    const outDir = path.join(root, 'one');
    const report = await buildOprfListSource({ outDir, key, meta, kinds, records: rows, workers: 1 });
    expect(report.rows).toBe(rows.length);
    expect(report.distinct).toBe(4800);
    expect(await filesOf(outDir)).toEqual(reference);
  }, 120_000);

  it('writes the same bytes on two worker threads with partitions split before deduplication', async () => {
    const outDir = path.join(root, 'two');
    const build = new PartitionedListBuild({
      sourceId: meta.id,
      key,
      kinds,
      breachCount: 9,
      workDir: root,
      workers: 2,
      maxPartitionBytes: 200,
    });
    try {
      for (const r of rows) build.add(r);
      const written = await build.write(outDir, meta);
      expect(written).not.toBe('too-many');
    } finally {
      build.dispose();
    }
    expect(await filesOf(outDir)).toEqual(reference);
  }, 120_000);

  it('answers too-many before evaluating when the distinct identifiers pass maxDistinct', async () => {
    const options = { sourceId: meta.id, key, kinds, breachCount: 9, workDir: root, workers: 1 };
    const over = new PartitionedListBuild({ ...options, maxDistinct: 4799 });
    const exact = new PartitionedListBuild({ ...options, maxDistinct: 4800 });
    try {
      for (const r of rows) {
        over.add(r);
        exact.add(r);
      }
      expect(await over.write(path.join(root, 'over'), meta)).toBe('too-many');
      const written = await exact.write(path.join(root, 'exact'), meta);
      expect(written !== 'too-many' && written.distinct).toBe(4800);
    } finally {
      over.dispose();
      exact.dispose();
    }
    expect(await filesOf(path.join(root, 'exact'))).toEqual(reference);
  }, 120_000);
});
