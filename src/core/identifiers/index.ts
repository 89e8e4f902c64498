import { KIND_SPECS } from './registry.ts';
import type { IdentifierKind, IdentifierKindSpec, ParseOptions, ParseResult } from './types.ts';

export { IDENTIFIER_KINDS } from './types.ts';
export type {
  FailedParse,
  IdentifierCategory,
  IdentifierKind,
  IdentifierKindSpec,
  ParsedIdentifier,
  ParseError,
  ParseErrorCode,
  ParseOptions,
  ParseResult,
} from './types.ts';
export { KIND_SPECS } from './registry.ts';
export { KIND_FACTS, kindCountry } from './kind-facts.ts';
export type { KindFacts } from './kind-facts.ts';

export function kindSpec(kind: IdentifierKind): IdentifierKindSpec {
  return KIND_SPECS[kind];
}

/** Validate and normalise `input` as `kind`. Never throws, whatever the input. */
export function parseIdentifier(kind: IdentifierKind, input: string, options?: ParseOptions): ParseResult {
  return KIND_SPECS[kind].parse(input, options);
}

export { detectKinds } from './detect.ts';
export type { DetectOptions } from './detect.ts';
export { decideKind } from './decide-kind.ts';
export type { DecideOptions, KindDecision } from './decide-kind.ts';
