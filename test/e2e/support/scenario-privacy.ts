import { parseIdentifier, prefixOf, xcV1Hash } from '../../../src/core/index.ts';
import type { IdentifierKind } from '../../../src/core/index.ts';
import type { DemoResult } from './range-server.ts';

/** An identifier as a person typed it, and every form of it that must never leave the device. */
export interface TypedIdentifier {
  kind: IdentifierKind;
  typed: string;
  canonical: string;
  /** Upper-case hex of the identifier's full hash for the source (xc-v1 PBKDF2 or SHA-1). */
  fullHash: string;
  /** The only part of the hash the source may see: the start of `fullHash`. */
  prefix: string;
}

/** The hash the extension computes for a PESEL and the demo source, recomputed here with core code. */
export async function xcV1Identifier(demo: DemoResult, typed: string): Promise<TypedIdentifier> {
  const parsed = parseIdentifier('pesel', typed);
  if (!parsed.ok) throw new Error(`test data: not a valid PESEL (${parsed.error.code})`);
  const { hash, buckets } = demo.report.descriptor;
  if (!('salt' in hash) || hash.iterations === undefined) {
    throw new Error('test data: the demo source is not xc-v1');
  }
  const fullHash = await xcV1Hash({
    kind: 'pesel',
    canonical: parsed.canonical,
    salt: hash.salt,
    iterations: hash.iterations,
  });
  const prefixBits = buckets['pesel']?.prefixBits ?? 0;
  return {
    kind: 'pesel',
    typed,
    canonical: parsed.canonical,
    fullHash,
    prefix: prefixOf(fullHash, prefixBits),
  };
}

export function sha1Identifier(password: string, sha1Upper: string): TypedIdentifier {
  return {
    kind: 'password',
    typed: password,
    canonical: password,
    fullHash: sha1Upper,
    prefix: sha1Upper.slice(0, 5),
  };
}

/**
 * Strings a privacy sweep must not find on disk: the identifier as typed and canonical, and its full
 * hash in both letter cases (a stored full hash is as good as the identifier for a guessable space).
 */
export function sweepNeedles(ids: readonly TypedIdentifier[]): string[] {
  const forms = ids.flatMap((id) => [id.typed, id.canonical, id.fullHash, id.fullHash.toLowerCase()]);
  return [...new Set(forms.filter((form) => form !== ''))];
}

/**
 * Lines of an access log or request paths that give away more than a prefix: any of the identifiers'
 * forms, or any stretch of a full hash longer than the prefix the protocol allows.
 */
export function leaksIn(lines: readonly string[], ids: readonly TypedIdentifier[]): string[] {
  const tells = ids.flatMap((id) => {
    const hashParts =
      id.fullHash === ''
        ? []
        : [
            id.fullHash.slice(0, id.prefix.length + 1),
            id.fullHash.slice(id.prefix.length, id.prefix.length + 8),
          ];
    return [id.typed, id.canonical, ...hashParts.map((part) => part.toUpperCase())];
  });
  return lines.filter((line) =>
    tells.some((tell) => line.includes(tell) || line.toUpperCase().includes(tell)),
  );
}
