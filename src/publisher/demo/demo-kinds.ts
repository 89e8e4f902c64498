import { IDENTIFIER_KINDS, parseIdentifier, type IdentifierKind } from '../../core/index.ts';
import { SYNTHETIC } from '../../core/synthetic/index.ts';
import { seededRandom } from '../../core/synthetic/index.ts';

/**
 * Kinds whose synthetic generator works and produces values the identifier engine accepts:
 * generators are being filled in kind by kind, and the demo uses whatever is ready.
 * Passwords are left out: they are published with hibp-sha1, not in an identifier source.
 */
export function workingKinds(sample = 25): IdentifierKind[] {
  return IDENTIFIER_KINDS.filter((kind) => {
    if (kind === 'password') return false;
    const random = seededRandom(7);
    try {
      for (let i = 0; i < sample; i++) if (!parseIdentifier(kind, SYNTHETIC[kind](random)).ok) return false;
      return true;
    } catch {
      return false;
    }
  });
}
