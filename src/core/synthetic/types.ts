/** A source of uniform numbers in [0, 1); seeded in tests and demo data so output is reproducible. */
export type Random = () => number;

/**
 * Makes one synthetic, structurally valid identifier of a kind, written the way people type it
 * (separators allowed). Used by property tests, the publisher's demo data and benchmarks.
 * Synthetic numbers may by chance belong to a real person: never use them outside tests and demos.
 */
export type SyntheticGenerator = (random: Random) => string;
