import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { IdentifierKind } from '../../core/index.ts';
import { seededRandom } from '../../core/synthetic/index.ts';
import { demoCsvHeader, demoCsvLine, demoRecord, type DemoRecord } from './demo-records.ts';

/** `count` fake people from `seed`, generated lazily in a fixed order. */
export function* demoPeople(
  count: number,
  seed: number,
  kinds: readonly IdentifierKind[],
): Generator<DemoRecord> {
  const random = seededRandom(seed);
  for (let i = 0; i < count; i++) yield demoRecord(random, kinds);
}

/** Streams records to a CSV file with a header; memory stays flat for any count. */
export async function writeDemoCsv(
  path: string,
  kinds: readonly IdentifierKind[],
  records: Iterable<DemoRecord>,
): Promise<void> {
  const out = createWriteStream(path, { encoding: 'utf8' });
  const done = once(out, 'finish');
  let chunk = `${demoCsvHeader(kinds)}\n`;
  for (const record of records) {
    chunk += `${demoCsvLine(record, kinds)}\n`;
    if (chunk.length >= 1 << 16) {
      if (!out.write(chunk)) await once(out, 'drain');
      chunk = '';
    }
  }
  out.end(chunk);
  await done;
}
