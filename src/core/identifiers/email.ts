import type { FailedParse, IdentifierKindSpec, ParseResult } from './types.ts';
import { fail, ok } from './text.ts';
import { MAX_INPUT_LENGTH } from './compact-input.ts';
import { KIND_FACTS } from './kind-facts.ts';

/** RFC 5321 limits: 64 for the local part, 254 for a whole address that can be used in SMTP. */
const MAX_LOCAL = 64;
const MAX_ADDRESS = 254;
const MAX_LABEL = 63;

/** Unquoted local part: RFC 5322 atext plus dots; letters beyond ASCII for internationalised mail (RFC 6531). */
const LOCAL_CHARS = /^[\p{L}\p{M}\p{N}!#$%&'*+/=?^_`{|}~.-]+$/u;
const LABEL_CHARS = /^[\p{L}\p{M}\p{N}-]+$/u;

function localProblem(local: string): FailedParse | undefined {
  if (local === '') return fail('email', 'format', 'The part before the @ is empty.');
  if (local.length > MAX_LOCAL)
    return fail('email', 'length', `The part before the @ is longer than ${MAX_LOCAL} characters.`);
  if (!LOCAL_CHARS.test(local))
    return fail('email', 'charset', 'The part before the @ contains a character email addresses cannot use.');
  if (local.startsWith('.') || local.endsWith('.') || local.includes('..'))
    return fail('email', 'format', 'Dots before the @ cannot come first, last or twice in a row.');
  return undefined;
}

function domainProblem(domain: string): FailedParse | undefined {
  const labels = domain.split('.');
  if (domain === '' || labels.length < 2)
    return fail('email', 'format', 'The part after the @ needs a domain with a dot, like example.org.');
  for (const label of labels) {
    if (label === '')
      return fail(
        'email',
        'format',
        'The domain contains an empty part (two dots in a row, or a dot at an end).',
      );
    if (label.length > MAX_LABEL)
      return fail('email', 'length', `A part of the domain is longer than ${MAX_LABEL} characters.`);
    if (!LABEL_CHARS.test(label))
      return fail('email', 'charset', 'The domain may only contain letters, digits, hyphens and dots.');
    if (label.startsWith('-') || label.endsWith('-'))
      return fail('email', 'format', 'A part of the domain cannot start or end with a hyphen.');
  }
  if (/^[0-9]+$/.test(labels[labels.length - 1] ?? ''))
    return fail('email', 'format', 'The domain must end in a name like .org, not a number.');
  return undefined;
}

/** First code point, so a leading emoji or accented letter is never cut in half. */
const first = (s: string): string => Array.from(s)[0] ?? '';

/** First character of each part only, fixed bullets: `j•••@e•••.org`. */
function maskEmail(local: string, domain: string): string {
  const labels = domain.split('.');
  return `${first(local)}•••@${first(labels[0] ?? '')}•••.${labels[labels.length - 1] ?? ''}`;
}

/**
 * Canonical form: trimmed, Unicode NFC, lower case. Lower-casing the local part is technically
 * lossy, but every major provider and breach corpus treats addresses case-insensitively. Dots and
 * +tags are kept: breaches store the address as it was registered.
 */
function parse(input: string): ParseResult {
  if (input.length > MAX_INPUT_LENGTH)
    return fail('email', 'length', 'This is far too long for an email address.');
  const address = input.trim().normalize('NFC').toLowerCase();
  if (address === '') return fail('email', 'empty', 'Enter an email address.');
  if (/\s/u.test(address)) return fail('email', 'charset', 'An email address cannot contain spaces.');
  const parts = address.split('@');
  if (parts.length !== 2)
    return fail(
      'email',
      'format',
      parts.length < 2
        ? 'An email address needs an @ between the name and the domain.'
        : 'An email address has exactly one @.',
    );
  const [local = '', domain = ''] = parts;
  if (address.length > MAX_ADDRESS)
    return fail('email', 'length', `An email address is at most ${MAX_ADDRESS} characters long.`);
  const problem = localProblem(local) ?? domainProblem(domain);
  if (problem !== undefined) return problem;
  return ok('email', address, { masked: maskEmail(local, domain) });
}

export const email: IdentifierKindSpec = {
  ...KIND_FACTS.email,
  label: 'Email address',
  // ~4.5×10^9 email users (Radicati Group, Email Statistics Report 2024); conservative: many own
  // several addresses, but a smaller space only makes hash prefixes shorter, never less private.
  validSpace: 4.5e9,
  looksLike: (input) => input.length <= MAX_INPUT_LENGTH && input.includes('@'),
  parse,
};
