import type { RistrettoOps } from './group-ops.ts';
import {
  concatBytes,
  DST_HASH_TO_GROUP,
  DST_HASH_TO_SCALAR,
  DST_SEED,
  dstPrime,
  expandXmd64,
  LABEL_CHALLENGE,
  LABEL_COMPOSITE,
  LABEL_FINALIZE,
  LABEL_INFO,
  lengthPrefixed,
  u16,
} from './rfc9497-bytes.ts';

/** The key holder's side of RFC 9497 POPRF for one secret key and one public info. */
export interface PoprfServer {
  /** Which group library computes it (for reports). */
  readonly backend: string;
  /** G × (skS + HashToScalar(info)): what the client checks proofs against. */
  readonly tweakedKey: Uint8Array;
  /**
   * BlindEvaluate: the evaluated element and its DLEQ proof. Throws for a non-canonical encoding or the
   * identity. `proofRandom` fixes the proof's nonce; only test vectors pass it.
   */
  blindEvaluate(blinded: Uint8Array, proofRandom?: Uint8Array): { evaluated: Uint8Array; proof: Uint8Array };
  /** Evaluate: the 64-byte output for a private input, without blinding (what a publisher's build needs). */
  evaluate(input: Uint8Array): Uint8Array;
}

const H2G = dstPrime(DST_HASH_TO_GROUP);
const H2S = dstPrime(DST_HASH_TO_SCALAR);
const SEED_DST = lengthPrefixed(DST_SEED);
const INDEX_0 = u16(0);

/**
 * Builds a server with everything that is constant per (key, info) computed once: the tweaked scalar t,
 * its inverse, the tweaked public key and the composite seed. What is left per request is one
 * constant-time multiplication for the evaluation, two public-scalar and one constant-time multiplication
 * plus one base multiplication for the proof, and five SHA-512 calls.
 */
export function createPoprfServer(ops: RistrettoOps, secretKey: Uint8Array, info: Uint8Array): PoprfServer {
  const hashToScalar = (x: Uint8Array) => ops.reduceWide(expandXmd64(ops.sha512, x, H2S));
  const m = hashToScalar(concatBytes(LABEL_INFO, lengthPrefixed(info)));
  const t = ops.scalarAdd(secretKey, m);
  if (t.every((b) => b === 0)) throw new Error('the tweaked key is zero: choose another key');
  const tInverse = ops.scalarInvert(t);
  const tweakedKey = ops.multBase(t);
  const tweakedPrefixed = lengthPrefixed(tweakedKey);
  const seedPrefixed = lengthPrefixed(ops.sha512(concatBytes(tweakedPrefixed, SEED_DST)));
  const infoPrefixed = lengthPrefixed(info);

  return {
    backend: ops.name,
    tweakedKey,
    blindEvaluate(blinded, proofRandom) {
      // Throws for an invalid encoding and for the identity (whose product is the identity too).
      const evaluated = ops.mult(tInverse, blinded);
      // ComputeCompositesFast for a batch of one: M = d·C and Z = t·M, which equals d·D since t·C = D.
      const d = hashToScalar(
        concatBytes(
          seedPrefixed,
          INDEX_0,
          lengthPrefixed(evaluated),
          lengthPrefixed(blinded),
          LABEL_COMPOSITE,
        ),
      );
      const composite = ops.multPublic(d, evaluated);
      const z = ops.multPublic(d, blinded);
      const r = proofRandom ?? ops.randomScalar();
      const t2 = ops.multBase(r);
      const t3 = ops.mult(r, composite);
      const c = hashToScalar(
        concatBytes(
          tweakedPrefixed,
          lengthPrefixed(composite),
          lengthPrefixed(z),
          lengthPrefixed(t2),
          lengthPrefixed(t3),
          LABEL_CHALLENGE,
        ),
      );
      const s = ops.scalarSub(r, ops.scalarMul(c, t));
      return { evaluated, proof: concatBytes(c, s) };
    },
    evaluate(input) {
      const element = ops.fromUniform(expandXmd64(ops.sha512, input, H2G));
      const evaluated = ops.mult(tInverse, element);
      return ops.sha512(
        concatBytes(lengthPrefixed(input), infoPrefixed, lengthPrefixed(evaluated), LABEL_FINALIZE),
      );
    },
  };
}
