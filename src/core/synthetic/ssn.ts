import type { SyntheticGenerator } from './types.ts';
import { pick, randomInt } from './random.ts';

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** Areas 001–899 except 666, group 01–99, serial 0001–9999; the two specimen numbers are skipped. */
export const ssn: SyntheticGenerator = (random) => {
  for (;;) {
    const area = randomInt(random, 1, 899);
    if (area === 666) continue;
    const parts = [pad(area, 3), pad(randomInt(random, 1, 99), 2), pad(randomInt(random, 1, 9999), 4)];
    const joined = parts.join('');
    if (joined === '078051120' || joined === '219099999') continue;
    return parts.join(pick(random, ['-', '-', '', ' ']));
  }
};
