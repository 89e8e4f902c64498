import { KIND_SPECS } from './registry.ts';
import { IDENTIFIER_KINDS, type IdentifierKind, type ParseOptions } from './types.ts';

export interface DetectOptions extends ParseOptions {
  /** ISO countries the user cares about; their ID kinds rank first. */
  countries?: string[];
}

// TODO(identifier engine): rank by validity, then the user's countries, then shape.
export function detectKinds(input: string, options: DetectOptions = {}): IdentifierKind[] {
  void options;
  return IDENTIFIER_KINDS.filter((kind) => KIND_SPECS[kind].looksLike(input));
}
