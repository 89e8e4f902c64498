import type { SyntheticGenerator } from './types.ts';
import { pick, randomDigits, randomInt } from './random.ts';

const NAMES = ['jane', 'john', 'alex', 'maria', 'li', 'olu', 'sam', 'noor', 'piotr', 'ines', 'kai', 'zoe'];
const SURNAMES = ['doe', 'smith', 'nowak', 'jensen', 'de.vries', 'martin', 'o.brien', 'kowalski', 'garcia'];
/** Only reserved names (RFC 2606 / RFC 6761): no real mailbox can be hit. */
const DOMAINS = [
  'example.org',
  'example.com',
  'example.net',
  'mail.example.org',
  'inbox.test',
  'example.test',
];

function localPart(random: () => number): string {
  const name = pick(random, NAMES);
  switch (randomInt(random, 0, 3)) {
    case 0:
      return name;
    case 1:
      return `${name}.${pick(random, SURNAMES)}`;
    case 2:
      return `${name}${randomDigits(random, randomInt(random, 1, 4))}`;
    default:
      return `${name}+${pick(random, ['news', 'shop', 'x'])}`;
  }
}

/** Addresses at reserved example domains, sometimes capitalised or with stray spaces as typed. */
export const email: SyntheticGenerator = (random) => {
  const address = `${localPart(random)}@${pick(random, DOMAINS)}`;
  const cased = random() < 0.2 ? address.charAt(0).toUpperCase() + address.slice(1) : address;
  return random() < 0.2 ? ` ${cased} ` : cased;
};
