import { SYNTHETIC, seededRandom } from '../../src/core/synthetic/index.ts';

/** Synthetic identifiers for background tests. They must never show up in storage or logs. */
export const SAMPLE = {
  pesel: SYNTHETIC.pesel(seededRandom(11)),
  cpr: '150625-4421',
  email: 'jane.o.brien@example.com',
  phone: '+44 161 496 0572',
  password: 'correct horse battery staple 1',
} as const;

/** Forms in which a leaked identifier could appear (as typed, digits only, lower case). */
export function leakForms(value: string): string[] {
  const digits = value.replace(/\D/g, '');
  return [value, value.toLowerCase(), ...(digits.length >= 8 ? [digits] : [])];
}
