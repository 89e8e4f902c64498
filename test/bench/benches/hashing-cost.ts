import {
  IDENTIFIER_KINDS,
  KIND_SPECS,
  parseIdentifier,
  XC_V1_DEFAULT_ITERATIONS,
  xcV1Hash,
  type IdentifierKind,
} from '../../../src/core/index.ts';
import { SYNTHETIC, seededRandom } from '../../../src/core/synthetic/index.ts';
import type { BenchContext, Benchmark } from '../lib/context.ts';
import { SectionBuilder } from '../lib/figures.ts';
import { median, timed } from '../lib/timing.ts';

const SALT = 'YmVuY2htYXJrLXNhbHQtMTY'; // 16+ bytes, base64url; any salt costs the same
const SECONDS_PER_DAY = 86_400;

/** xc-v1 carries every kind but passwords, which stay on hibp-sha1 (Pwned Passwords compatibility). */
const XC_V1_KINDS = IDENTIFIER_KINDS.filter(
  (k): k is Exclude<IdentifierKind, 'password'> => k !== 'password',
);

function sampleCanonical(kind: IdentifierKind, seed: number): string {
  const random = seededRandom(seed);
  for (;;) {
    const parsed = parseIdentifier(kind, SYNTHETIC[kind](random), {
      today: new Date('2026-01-01T00:00:00Z'),
    });
    if (parsed.ok) return parsed.canonical;
  }
}

/**
 * One hash at a time through WebCrypto PBKDF2: wall milliseconds (the wait in a browser) and CPU
 * milliseconds (what a hash costs a core; steadier than wall time when the machine is shared).
 */
async function costPerHash(
  kind: IdentifierKind,
  samples: number,
): Promise<{ wallMs: number; cpuMs: number }> {
  const canonical = sampleCanonical(kind, 5);
  const hash = () => xcV1Hash({ kind, canonical, salt: SALT, iterations: XC_V1_DEFAULT_ITERATIONS });
  await hash();
  const times: number[] = [];
  const cpu = process.cpuUsage();
  for (let i = 0; i < samples; i++) times.push((await timed(hash)).ms);
  const used = process.cpuUsage(cpu);
  return { wallMs: median(times), cpuMs: (used.user + used.system) / 1000 / samples };
}

export const hashingCost: Benchmark = {
  id: 'hashing',
  async run(ctx: BenchContext) {
    const s = new SectionBuilder(
      'hashing',
      `xc-v1 hashing cost per kind (PBKDF2-SHA256 ×${XC_V1_DEFAULT_ITERATIONS}, WebCrypto)`,
    );
    const samples = ctx.quick ? 1 : 5;
    const wall: number[] = [];
    const cpu: number[] = [];
    ctx.log(`hashing: ${XC_V1_KINDS.length} kinds`);
    for (const kind of XC_V1_KINDS) {
      const cost = await costPerHash(kind, samples);
      wall.push(cost.wallMs);
      cpu.push(cost.cpuMs);
      const space = KIND_SPECS[kind].validSpace;
      s.add(`${kind}.msPerIdentifier`, `${kind}: wall ms per identifier`, cost.wallMs, 'ms');
      s.add(`${kind}.cpuMsPerIdentifier`, `${kind}: CPU ms per identifier`, cost.cpuMs, 'ms');
      s.add(`${kind}.validSpace`, `${kind}: plausible values (validSpace)`, space, 'values');
      const days = (space * cost.cpuMs) / 1000 / SECONDS_PER_DAY;
      s.add(`${kind}.coreDays`, `${kind}: enumerate every value, one core`, days, 'core-days');
    }
    s.add('iterations', 'work factor (XC_V1_DEFAULT_ITERATIONS)', XC_V1_DEFAULT_ITERATIONS, 'iterations');
    s.add('medianMsPerIdentifier', 'wall ms per identifier, median over kinds', median(wall), 'ms');
    s.add('medianCpuMsPerIdentifier', 'CPU ms per identifier, median over kinds', median(cpu), 'ms');
    s.note(
      `${samples} sequential hash(es) per kind through globalThis.crypto.subtle (the path the extension runs; in Node it is OpenSSL): median wall time, mean CPU time. ` +
        'The cost does not depend on the kind (the input is a few dozen bytes either way); differences between kinds are noise. ' +
        'Core-days = validSpace × CPU ms per hash: what one CPU core needs to hash every plausible value once against one published source ' +
        '(the salt is per source, so the work is per source). Optimised CPU code and GPUs are much faster per hash; not measured here.',
    );
    return s.build();
  },
};
