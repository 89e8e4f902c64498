// Shared test data for the range client tests. Every identifier here is invented (example.org etc.).
import type { IdentifierKind, ParsedIdentifier } from '../../../../src/core/identifiers/types.ts';
import type { BreachRef, SourceDescriptor } from '../../../../src/core/range/types.ts';

/** base64url of the bytes 0x00..0x0F. */
export const TEST_SALT = 'AAECAwQFBgcICQoLDA0ODw';

export function parsed(kind: IdentifierKind, canonical: string): ParsedIdentifier {
  return { ok: true, kind, canonical, masked: '•••' };
}

export function breach(id: string): BreachRef {
  return {
    id,
    title: `Breach ${id}`,
    operator: 'Example Operator',
    date: '2026-01-01',
    dataClasses: ['email'],
  };
}

/** An xc-v1 source with five breaches and 4-line email buckets, served from `baseUrl`. */
export function xcSource(baseUrl: string, overrides: Partial<SourceDescriptor> = {}): SourceDescriptor {
  return {
    format: 'exposure-check-source/1',
    id: 'test-source',
    name: 'Test Source',
    publisher: 'Tests',
    scheme: 'xc-v1',
    kinds: ['email', 'pesel'],
    rangeUrl: `${baseUrl}/ranges/{kind}/{prefix}.txt`,
    hash: { algorithm: 'pbkdf2-sha256', iterations: 1000, salt: TEST_SALT },
    buckets: { email: { prefixBits: 15, lines: 4 }, pesel: { prefixBits: 12, lines: 4 } },
    padded: true,
    breaches: ['b-zero', 'b-one', 'b-two', 'b-three', 'b-four'].map(breach),
    updated: '2026-11-01T00:00:00.000Z',
    ...overrides,
  };
}
