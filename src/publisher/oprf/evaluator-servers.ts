import type { IdentifierKind } from '../../core/identifiers/types.ts';
import type { RistrettoOps } from '../../core/oprf/group-ops.ts';
import { nobleRistrettoOps } from '../../core/oprf/noble-ops.ts';
import { oprfInfo } from '../../core/oprf/oprf-input.ts';
import { createPoprfServer, type PoprfServer } from '../../core/oprf/poprf-server.ts';
import type { OprfKey } from './key-json.ts';

// No Node imports: the edge Worker evaluates through this file too.

interface EvaluatorLike {
  sourceId: string;
  key: OprfKey;
  /** The group library; pure JavaScript when omitted (runs anywhere). */
  ops?: RistrettoOps;
}

// Per evaluator object and kind: the tweaked key and its inverse are computed once, not per request.
const servers = new WeakMap<EvaluatorLike, Map<IdentifierKind, PoprfServer>>();

export function poprfServerFor(evaluator: EvaluatorLike, kind: IdentifierKind): PoprfServer {
  let byKind = servers.get(evaluator);
  if (byKind === undefined) {
    byKind = new Map();
    servers.set(evaluator, byKind);
  }
  let server = byKind.get(kind);
  if (server === undefined) {
    const ops = evaluator.ops ?? nobleRistrettoOps;
    server = createPoprfServer(ops, evaluator.key.secretKey, oprfInfo(evaluator.sourceId, kind));
    byKind.set(kind, server);
  }
  return server;
}
