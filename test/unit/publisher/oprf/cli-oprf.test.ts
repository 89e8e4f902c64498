// @vitest-environment node
// The whole path a publisher takes: build --scheme xc-oprf-v1, serve --key-file, and the extension's
// range client checking PESEL, CPR and BSN against it.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRangeClient } from '../../../../src/core/range/range-client.ts';
import { parseSourceDescriptor } from '../../../../src/core/range/source-descriptor.ts';
import type { SourceDescriptor } from '../../../../src/core/range/types.ts';
import { runCli } from '../../../../src/publisher/cli.ts';
import { EXIT } from '../../../../src/publisher/cli-errors.ts';
import { startServer, type RunningServer } from '../../../../src/publisher/serve/start-server.ts';
import { captureIo } from '../support/capture-io.ts';
import { syntheticIds } from './oprf-fixture.ts';

const ids = {
  pesel: syntheticIds('pesel', 6, 61),
  cpr: syntheticIds('cpr', 6, 62),
  bsn: syntheticIds('bsn', 6, 63),
};
let root: string;
let server: RunningServer;
let source: SourceDescriptor;
const log: string[] = [];

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'xc-oprf-cli-'));
  const args: string[] = [];
  for (const [kind, list] of Object.entries(ids)) {
    const file = path.join(root, `${kind}.txt`);
    await writeFile(
      file,
      `${list
        .slice(0, 3)
        .map((id) => id.canonical)
        .join('\n')}\n`,
    );
    args.push('--input', file, '--kind', kind);
  }
  const io = captureIo();
  const code = await runCli(
    [
      'build',
      ...args,
      '--scheme',
      'xc-oprf-v1',
      '--key-file',
      'secret/key.json',
      '--source-id',
      'demo-oprf',
      '--out',
      'site',
      '--prefix-bits',
      '5',
      '--updated',
      '2026-06-01',
      '--quiet',
    ],
    io,
    root,
  );
  expect(code, io.stderr()).toBe(EXIT.ok);
  server = await startServer(path.join(root, 'site'), {
    oprfKeyFile: path.join(root, 'secret', 'key.json'),
    log: (line) => log.push(line),
  });
  source = parseSourceDescriptor(JSON.parse(await (await fetch(server.sourceUrl)).text()), server.sourceUrl);
});
afterAll(async () => {
  await server?.close();
  await rm(root, { recursive: true, force: true });
});

describe('publisher build --scheme xc-oprf-v1 + serve --key-file', () => {
  it('checks PESEL, CPR and BSN through the range client: found and not found', async () => {
    const client = createRangeClient();
    for (const list of Object.values(ids)) {
      expect(await client.checkIdentifier(list[0]!, source)).toMatchObject({ status: 'found', count: 1 });
      expect(await client.checkIdentifier(list[5]!, source)).toEqual({ status: 'not-found' });
    }
  });

  it('keeps the key out of the published directory and its access log free of elements', async () => {
    const descriptor = await readFile(path.join(root, 'site', 'source.json'), 'utf8');
    const key = JSON.parse(await readFile(path.join(root, 'secret', 'key.json'), 'utf8')) as {
      secretKey: string;
    };
    expect(descriptor).not.toContain(key.secretKey);
    expect(log.some((l) => l.startsWith('POST evaluate 200'))).toBe(true);
    expect(log.join('').match(/[A-Za-z0-9_-]{43}/)).toBeNull();
  });

  it('refuses an xc-oprf-v1 build without a key file, or with one inside --out', async () => {
    const io = captureIo();
    const file = path.join(root, 'pesel.txt');
    const base = [
      'build',
      '--input',
      file,
      '--kind',
      'pesel',
      '--scheme',
      'xc-oprf-v1',
      '--source-id',
      'demo-oprf',
      '--updated',
      '2026-06-01',
      '--quiet',
    ];
    expect(await runCli([...base, '--out', 'site2'], io, root)).toBe(EXIT.usage);
    expect(io.stderr()).toMatch(/--key-file/);
    expect(await runCli([...base, '--out', 'site3', '--key-file', 'site3/key.json'], io, root)).toBe(
      EXIT.failed,
    );
    expect(io.stderr()).toMatch(/inside/);
  });
});
