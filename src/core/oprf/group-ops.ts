/**
 * The ristretto255 and SHA-512 operations RFC 9497's server side needs, on 32-byte encodings. One
 * protocol implementation (poprf-server.ts) runs over any library that provides them, so a publisher can
 * pick the fastest one available where it runs (WebAssembly libsodium in Node, pure JavaScript on an edge
 * runtime that forbids compiling WebAssembly) and every choice is held to the same RFC test vectors.
 *
 * Every element-taking operation throws on a non-canonical encoding; `mult*` also throw when the result is
 * the identity element (the RFC's "invalid input" cases).
 */
export interface RistrettoOps {
  readonly name: string;
  /** RFC 9496 element derivation from 64 uniform bytes (the one-way map of hash-to-group). */
  fromUniform(uniform: Uint8Array): Uint8Array;
  /** A 64-byte little-endian integer reduced modulo the group order. */
  reduceWide(wide: Uint8Array): Uint8Array;
  scalarAdd(a: Uint8Array, b: Uint8Array): Uint8Array;
  scalarSub(a: Uint8Array, b: Uint8Array): Uint8Array;
  scalarMul(a: Uint8Array, b: Uint8Array): Uint8Array;
  /** Throws for zero. */
  scalarInvert(a: Uint8Array): Uint8Array;
  randomScalar(): Uint8Array;
  /** Constant time in the scalar: for secret scalars. */
  mult(scalar: Uint8Array, element: Uint8Array): Uint8Array;
  /** May take variable time: only for scalars derived from public transcripts. */
  multPublic(scalar: Uint8Array, element: Uint8Array): Uint8Array;
  /** Constant time: scalar × the generator. */
  multBase(scalar: Uint8Array): Uint8Array;
  sha512(data: Uint8Array): Uint8Array;
}
