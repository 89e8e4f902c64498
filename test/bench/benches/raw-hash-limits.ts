import { createHash, pbkdf2 } from 'node:crypto';
import { SYNTHETIC, seededRandom } from '../../../src/core/synthetic/index.ts';
import { runPool, timed } from '../lib/timing.ts';

/** Hashes per second: the ceiling a publisher could reach if hashing were all it did. */
export interface RawRate {
  perSecond: number;
  /** Hashes per CPU-second (user + system of the process, thread pool included): steady under load. */
  perCpuSecond: number;
  /** How many hashes the rate was measured over (it is then applied to any count: the work is linear). */
  sample: number;
}

function perCpuSecond(count: number, since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return (count * 1e6) / (used.user + used.system);
}

/** SHA-1 of short password-like strings, one after the other on one core: bare node:crypto. */
export async function rawSha1Rate(sample: number): Promise<RawRate> {
  const random = seededRandom(3);
  const inputs = Array.from({ length: 10_000 }, () => SYNTHETIC.password(random));
  const cpu = process.cpuUsage();
  const { ms } = await timed(() => {
    for (let i = 0; i < sample; i++)
      createHash('sha1')
        .update(inputs[i % inputs.length] as string)
        .digest();
  });
  return { perSecond: (sample * 1000) / ms, perCpuSecond: perCpuSecond(sample, cpu), sample };
}

/**
 * xc-v1's PBKDF2-HMAC-SHA256 through node:crypto's asynchronous pbkdf2 with 8 jobs in flight: the same
 * thread-pool parallelism the publisher uses, so both cores work. Inputs are PESEL-shaped.
 */
export async function rawPbkdf2Rate(sample: number, iterations: number): Promise<RawRate> {
  const salt = Buffer.alloc(16, 7);
  const items = Array.from({ length: sample }, (_, i) =>
    Buffer.from(`xc-v1\u0000pesel\u0000${String(i).padStart(11, '0')}`),
  );
  const cpu = process.cpuUsage();
  const { ms } = await timed(() =>
    runPool(
      items,
      8,
      (input) =>
        new Promise<void>((resolve, reject) =>
          pbkdf2(input, salt, iterations, 32, 'sha256', (error) => (error ? reject(error) : resolve())),
        ),
    ),
  );
  return { perSecond: (sample * 1000) / ms, perCpuSecond: perCpuSecond(sample, cpu), sample };
}
