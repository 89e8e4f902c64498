import type { SyntheticGenerator } from './types.ts';
import { pick, randomDigits } from './random.ts';

interface Template {
  /** Country calling code. */
  cc: string;
  /** National significant number prefix from a range set aside for fiction/drama. */
  prefix: string;
  /** Random digits appended to the prefix. */
  free: number;
  /** Positions (in the national number) where people usually put a space. */
  groups: readonly number[];
}

/**
 * Ranges regulators reserve for films and examples, all valid for libphonenumber-js:
 * NANP 555-0100…0199, Ofcom drama ranges, ACMA fictitious (0)2/(0)3 5550/7010 blocks,
 * ARCEP fiction blocks, Bundesnetzagentur drama numbers.
 */
const TEMPLATES: readonly Template[] = [
  { cc: '1', prefix: '20155501', free: 2, groups: [3, 6] },
  { cc: '1', prefix: '61755501', free: 2, groups: [3, 6] },
  { cc: '1', prefix: '41655501', free: 2, groups: [3, 6] },
  { cc: '44', prefix: '2079460', free: 3, groups: [2, 6] },
  { cc: '44', prefix: '1134960', free: 3, groups: [3, 6] },
  { cc: '44', prefix: '1614960', free: 3, groups: [3, 6] },
  { cc: '61', prefix: '25550', free: 4, groups: [1, 5] },
  { cc: '61', prefix: '37010', free: 4, groups: [1, 5] },
  { cc: '33', prefix: '19900', free: 4, groups: [1, 3, 5, 7] },
  { cc: '33', prefix: '26191', free: 4, groups: [1, 3, 5, 7] },
  { cc: '49', prefix: '3023125', free: 3, groups: [2, 7] },
  { cc: '49', prefix: '8999998', free: 3, groups: [2, 7] },
];

function grouped(digits: string, at: readonly number[], sep: string): string {
  let out = '';
  let from = 0;
  for (const i of [...at, digits.length]) {
    out += (out === '' ? '' : sep) + digits.slice(from, i);
    from = i;
  }
  return out;
}

/** International formats as people type them: +cc with spaces/dashes, compact, or 00cc. */
export const phone: SyntheticGenerator = (random) => {
  const t = pick(random, TEMPLATES);
  const national = t.prefix + randomDigits(random, t.free);
  switch (pick(random, ['spaced', 'dashed', 'compact', 'double-zero'] as const)) {
    case 'spaced':
      return `+${t.cc} ${grouped(national, t.groups, ' ')}`;
    case 'dashed':
      return `+${t.cc}-${grouped(national, t.groups, '-')}`;
    case 'compact':
      return `+${t.cc}${national}`;
    case 'double-zero':
      return `00${t.cc} ${grouped(national, t.groups, ' ')}`;
  }
};
