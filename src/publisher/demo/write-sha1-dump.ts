import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { SYNTHETIC, seededRandom } from '../../core/synthetic/index.ts';

/**
 * A Pwned Passwords-style dump of synthetic passwords: `SHA1HEX:COUNT` per line, counts skewed
 * so a few are frequent. Input for `build --input-format sha1` and the publisher benchmarks.
 */
export async function writeSha1Dump(path: string, count: number, seed: number): Promise<void> {
  const random = seededRandom(seed);
  const out = createWriteStream(path, { encoding: 'utf8' });
  const done = once(out, 'finish');
  let chunk = '';
  for (let i = 0; i < count; i++) {
    const hash = createHash('sha1').update(SYNTHETIC.password(random), 'utf8').digest('hex').toUpperCase();
    chunk += `${hash}:${1 + Math.floor(random() ** 6 * 10_000)}\n`;
    if (chunk.length >= 1 << 16) {
      if (!out.write(chunk)) await once(out, 'drain');
      chunk = '';
    }
  }
  out.end(chunk);
  await done;
}
