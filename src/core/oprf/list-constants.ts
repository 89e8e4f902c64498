// The fixed parameters of the xc-oprf-v1 whole-list layout ("layout": "list"). Dependency-free so
// descriptor validation can use them without pulling in curve or hash code.

/** First bytes of every list file: "XCOL", then the format version. */
export const OPRF_LIST_MAGIC = [0x58, 0x43, 0x4f, 0x4c] as const;
export const OPRF_LIST_VERSION = 1;
/** Fixed header: magic, version, bit widths, entry count and the 16-byte binding to source, kind and key. */
export const OPRF_LIST_HEADER_BYTES = 32;
export const OPRF_LIST_BINDING_BYTES = 16;

/** Bytes of the list tag derived from the PRF output (the list stores its leading bits only). */
export const OPRF_LIST_TAG_BYTES = 8;
/** Bytes of the seal key derived from the PRF output: up to 256 breach bits. */
export const OPRF_LIST_SEAL_BYTES = 32;

/**
 * A check of an identifier that is not listed matches a stored fingerprint with probability at most
 * this. The fingerprint width is chosen per list so that entries / 2^width stays below it.
 */
export const OPRF_LIST_MAX_FALSE_MATCH = 1e-9;

/** Lists are padded up to a step of 1/16 of the power of two below the count (≤ 6.25 % padding). */
export const OPRF_LIST_PADDING_STEPS = 16;
/** Smallest padded list: a tiny breach does not announce its size to the entry. */
export const OPRF_LIST_MIN_ENTRIES = 4096;
/** Largest list a client accepts (≈ 2^26 entries, a few hundred MiB): beyond it, use buckets. */
export const OPRF_LIST_MAX_ENTRIES = 2 ** 26;
/** Up to this many distinct identifiers a build chooses the list layout by default. */
export const OPRF_LIST_DEFAULT_MAX_DISTINCT = 5_000_000;
/** Hard cap on a list download, whatever the descriptor declares. */
export const OPRF_LIST_MAX_BYTES = 64 * 1024 * 1024;

/** The layouts a keyed source can use. */
export const OPRF_LAYOUTS = ['buckets', 'list'] as const;
export type OprfLayout = (typeof OPRF_LAYOUTS)[number];
