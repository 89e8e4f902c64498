import type { IdentifierKind } from '../../../src/core/index.ts';

/** Which local server a benchmark needs; each runs in its own process, away from the code measured. */
export type ServerConfig =
  /** A Pwned-Passwords-compatible range API answering from generated buckets held in memory. */
  | { mode: 'pwned'; lines: number; hits: string[]; prefixes: string[] }
  /** The publisher's own server (`startServer`) over a built source directory. */
  | { mode: 'static'; dir: string }
  /** The publisher's xc-oprf-v1 evaluation endpoint, rate limit raised so the benchmark is not throttled. */
  | { mode: 'oprf-evaluate'; keyPath: string; sourceId: string; kinds: IdentifierKind[] };

/** Requests the server answered since the last reset, counted at the server. */
export interface RequestCounts {
  total: number;
  /** GETs of range (bucket) files. */
  range: number;
  /** POSTs to the evaluation endpoint. */
  evaluate: number;
  /** Answers that were not 200. */
  failed: number;
}

export const emptyCounts = (): RequestCounts => ({ total: 0, range: 0, evaluate: 0, failed: 0 });
