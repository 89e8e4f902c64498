// The fixed parameters of the xc-oprf-v1 scheme. Dependency-free so descriptor validation can use them
// without pulling in curve code.

export const OPRF_SCHEME = 'xc-oprf-v1';

/**
 * RFC 9497 suite and mode. ristretto255 is a prime-order group with one canonical 32-byte encoding per
 * element, so "is this a valid element" is a single decode with no cofactor or point-format cases.
 */
export const OPRF_SUITE = 'ristretto255-SHA512';

/** Serialized group element (blinded, evaluated, public key): 32 bytes, 43 base64url characters. */
export const OPRF_ELEMENT_BYTES = 32;
/** DLEQ proof: two scalars of 32 bytes. */
export const OPRF_PROOF_BYTES = 64;
/** Finalize output: SHA-512, 64 bytes. */
export const OPRF_OUTPUT_BYTES = 64;

/** Bucket lines carry 96 bits of the OPRF output: one false match in ~8e28 per line. */
export const OPRF_TAG_HEX_LENGTH = 24;
/** The bitmap is sealed with the last 32 bytes of the output, so at most 256 breaches per source. */
export const OPRF_MAX_BREACHES = 256;

/** Size caps for what the client reads back. */
export const OPRF_MAX_EVALUATE_RESPONSE_BYTES = 4 * 1024;
/** Requests are ~110 bytes; the server refuses anything much larger before parsing. */
export const OPRF_MAX_EVALUATE_REQUEST_BYTES = 1024;
