import { ristretto255, ristretto255_hasher } from '@noble/curves/ed25519.js';
import { sha512 } from '@noble/hashes/sha2.js';
import type { RistrettoOps } from './group-ops.ts';

const { Point } = ristretto255;
const Fn = Point.Fn;

const deriveToCurve = ristretto255_hasher.deriveToCurve?.bind(ristretto255_hasher);
if (deriveToCurve === undefined) throw new Error('@noble/curves lacks ristretto255 element derivation');

const scalar = (bytes: Uint8Array): bigint => Fn.fromBytes(bytes);
const nonZeroPoint = (bytes: Uint8Array): InstanceType<typeof Point> => {
  const point = Point.fromBytes(bytes);
  if (point.is0()) throw new Error('the identity element is not a valid input');
  return point;
};
const encode = (point: InstanceType<typeof Point>): Uint8Array => {
  if (point.is0()) throw new Error('the result is the identity element');
  return point.toBytes();
};

/**
 * Pure JavaScript (@noble/curves, @noble/hashes): runs anywhere, including edge runtimes that refuse to
 * compile WebAssembly at run time. `multPublic` uses noble's variable-time multiplication, which is only
 * safe because its scalars come from public transcripts.
 */
export const nobleRistrettoOps: RistrettoOps = {
  name: '@noble/curves',
  fromUniform: (uniform) => deriveToCurve(uniform).toBytes(),
  reduceWide: (wide) => {
    let n = 0n;
    for (let i = wide.length - 1; i >= 0; i--) n = (n << 8n) | BigInt(wide[i] ?? 0);
    return Fn.toBytes(Fn.create(n));
  },
  scalarAdd: (a, b) => Fn.toBytes(Fn.add(scalar(a), scalar(b))),
  scalarSub: (a, b) => Fn.toBytes(Fn.sub(scalar(a), scalar(b))),
  scalarMul: (a, b) => Fn.toBytes(Fn.mul(scalar(a), scalar(b))),
  scalarInvert: (a) => {
    const n = scalar(a);
    if (n === 0n) throw new Error('zero has no inverse');
    return Fn.toBytes(Fn.inv(n));
  },
  randomScalar: () => {
    const wide = crypto.getRandomValues(new Uint8Array(64));
    return nobleRistrettoOps.reduceWide(wide);
  },
  mult: (k, element) => encode(nonZeroPoint(element).multiply(scalar(k))),
  multPublic: (k, element) => encode(nonZeroPoint(element).multiplyUnsafe(scalar(k))),
  multBase: (k) => encode(Point.BASE.multiply(scalar(k))),
  sha512: (data) => sha512(data),
};
