import { pbkdf2Sync } from 'node:crypto';
import { XC_V1_DEFAULT_ITERATIONS } from '../../core/index.ts';

/**
 * xc-v1 hashes per second on one CPU core at the default work factor, as measured with
 * `npm run publisher -- privacy-table --measure` on the project's 2-core AMD EPYC build machine
 * (Node 20, November 2026). That machine is shared, so runs ranged from 107 to 175 per second; this
 * is the fastest, because an attacker's cores are not shared. Recorded here so docs/privacy.md is
 * generated from one fixed number; re-measure when the work factor or the reference machine changes.
 */
export const MEASURED_HASHES_PER_CORE_SECOND = 175;
export const MEASURED_ITERATIONS = XC_V1_DEFAULT_ITERATIONS;

/** Hashes per second on one core, measured for about `ms` milliseconds with synchronous PBKDF2. */
export function measureHashRate(iterations = XC_V1_DEFAULT_ITERATIONS, ms = 3000): number {
  const salt = Buffer.alloc(16, 1);
  const started = performance.now();
  let n = 0;
  while (performance.now() - started < ms) {
    pbkdf2Sync(`xc-v1\u0000pesel\u0000${n}`, salt, iterations, 32, 'sha256');
    n++;
  }
  return n / ((performance.now() - started) / 1000);
}
