// The crypto functions exist only on the default export, filled in once `ready` resolves.
import sodium, { ready } from 'libsodium-wrappers-sumo';
import type { RistrettoOps } from '../../core/oprf/group-ops.ts';

/**
 * libsodium's WebAssembly build: about six times the curve throughput of the pure JavaScript backend
 * (docs/performance.md). No Node imports, but it compiles WebAssembly at load time, which Node allows and
 * Cloudflare Workers do not. libsodium's multiplications are all constant time and refuse non-canonical
 * encodings and identity results, which is exactly what RistrettoOps asks for.
 *
 * `sha512` may be replaced by a faster native one (node:crypto) where there is one.
 */
export async function loadSodiumOps(sha512?: (data: Uint8Array) => Uint8Array): Promise<RistrettoOps> {
  await ready;
  return {
    name: 'libsodium (WebAssembly)',
    fromUniform: (uniform) => sodium.crypto_core_ristretto255_from_hash(uniform),
    reduceWide: (wide) => sodium.crypto_core_ristretto255_scalar_reduce(wide),
    scalarAdd: (a, b) => sodium.crypto_core_ristretto255_scalar_add(a, b),
    scalarSub: (a, b) => sodium.crypto_core_ristretto255_scalar_sub(a, b),
    scalarMul: (a, b) => sodium.crypto_core_ristretto255_scalar_mul(a, b),
    scalarInvert: (a) => sodium.crypto_core_ristretto255_scalar_invert(a),
    // libsodium's own random source costs ~0.6 ms per call in this build; WebCrypto's is microseconds.
    randomScalar: () =>
      sodium.crypto_core_ristretto255_scalar_reduce(crypto.getRandomValues(new Uint8Array(64))),
    mult: (k, element) => sodium.crypto_scalarmult_ristretto255(k, element),
    multPublic: (k, element) => sodium.crypto_scalarmult_ristretto255(k, element),
    multBase: (k) => sodium.crypto_scalarmult_ristretto255_base(k),
    sha512: sha512 ?? ((data) => sodium.crypto_hash_sha512(data)),
  };
}
