// Every group backend the publisher and the evaluator ship, held to RFC 9497 Appendix A
// (ristretto255-SHA512, POPRF mode): the evaluated element, the exact proof for the RFC's proof nonce,
// the unblinded output, and the extension's own client (@noble/curves) accepting fresh proofs.
import { ristretto255_oprf } from '@noble/curves/ed25519.js';
import { beforeAll, describe, expect, it } from 'vitest';
import type { RistrettoOps } from '../../../../src/core/oprf/group-ops.ts';
import { nobleRistrettoOps } from '../../../../src/core/oprf/noble-ops.ts';
import { createPoprfServer } from '../../../../src/core/oprf/poprf-server.ts';
import { toHex } from '../../../../src/core/range/hex.ts';
import { loadRistrettoOps, POPRF_BACKENDS } from '../../../../src/publisher/oprf/poprf-backends.ts';
import { loadSodiumOps } from '../../../../src/publisher/oprf/sodium-ops.ts';

const hex = (text: string): Uint8Array => Uint8Array.from(text.match(/../g) ?? [], (b) => parseInt(b, 16));
const lower = (bytes: Uint8Array): string => toHex(bytes).toLowerCase();

const INFO = hex('7465737420696e666f');
const SEED = hex('a3'.repeat(32));
const KEY_INFO = hex('74657374206b6579');
const PROOF_RANDOM = '222a5e897cf59db8145db8d16e597e8facb80ae7d4e26d9881aa6f61d645fc0e';

const VECTORS = [
  {
    input: '00',
    blind: '64d37aed22a27f5191de1c1d69fadb899d8862b58eb4220029e036ec4c1f6706',
    blinded: 'c8713aa89241d6989ac142f22dba30596db635c772cbf25021fdd8f3d461f715',
    evaluated: '1a4b860d808ff19624731e67b5eff20ceb2df3c3c03b906f5693e2078450d874',
    proof:
      '41ad1a291aa02c80b0915fbfbb0c0afa15a57e2970067a602ddb9e8fd6b7100de32e1ecff943a36f0b10e3dae6bd266cdeb8adf825d86ef27dbc6c0e30c52206',
    output:
      'ca688351e88afb1d841fde4401c79efebb2eb75e7998fa9737bd5a82a152406d38bd29f680504e54fd4587eddcf2f37a2617ac2fbd2993f7bdf45442ace7d221',
  },
  {
    input: '5a'.repeat(17),
    blind: '64d37aed22a27f5191de1c1d69fadb899d8862b58eb4220029e036ec4c1f6706',
    blinded: 'f0f0b209dd4d5f1844dac679acc7761b91a2e704879656cb7c201e82a99ab07d',
    evaluated: '8c3c9d064c334c6991e99f286ea2301d1bde170b54003fb9c44c6d7bd6fc1540',
    proof:
      '4c39992d55ffba38232cdac88fe583af8a85441fefd7d1d4a8d0394cd1de77018bf135c174f20281b3341ab1f453fe72b0293a7398703384bed822bfdeec8908',
    output:
      '7c6557b276a137922a0bcfc2aa2b35dd78322bd500235eb6d6b6f91bc5b56a52de2d65612d503236b321f5d0bebcbc52b64b92e426f29c9b8b69f52de98ae507',
  },
];

const client = ristretto255_oprf.poprf(INFO);
const keys = client.deriveKeyPair(SEED, KEY_INFO);

// Every backend as shipped: the two the Node publisher can choose (with node:crypto SHA-512), the pure
// JavaScript one the Worker uses, and libsodium with its own SHA-512.
const backends: [string, () => Promise<RistrettoOps>][] = [
  ...POPRF_BACKENDS.map(
    (name) => [`publisher ${name}`, () => loadRistrettoOps(name)] as [string, () => Promise<RistrettoOps>],
  ),
  ['edge (noble, noble SHA-512)', () => Promise.resolve(nobleRistrettoOps)],
  ['libsodium with its own SHA-512', () => loadSodiumOps()],
];

describe.each(backends)('POPRF server on %s against RFC 9497', (_name, load) => {
  let ops: RistrettoOps;
  beforeAll(async () => {
    ops = await load();
  });

  it.each(VECTORS.map((v, i) => [i + 1, v] as const))(
    'vector %i: evaluated element, exact proof, output',
    (_n, v) => {
      const server = createPoprfServer(ops, keys.secretKey, INFO);
      const answer = server.blindEvaluate(hex(v.blinded), hex(PROOF_RANDOM));
      expect(lower(answer.evaluated)).toBe(v.evaluated);
      expect(lower(answer.proof)).toBe(v.proof);
      expect(lower(server.evaluate(hex(v.input)))).toBe(v.output);
    },
  );

  it('answers with a fresh nonce that the extension client verifies and unblinds', () => {
    const server = createPoprfServer(ops, keys.secretKey, INFO);
    const input = new TextEncoder().encode('xc-oprf-v1\u0000pesel\u000044051401359');
    const blinded = client.blind(input, keys.publicKey);
    const answer = server.blindEvaluate(blinded.blinded);
    expect(lower(server.tweakedKey)).toBe(lower(blinded.tweakedKey));
    const output = client.finalize(
      input,
      blinded.blind,
      answer.evaluated,
      blinded.blinded,
      answer.proof,
      blinded.tweakedKey,
    );
    expect(lower(output)).toBe(lower(server.evaluate(input)));
    // Two answers to the same request carry different proofs (the nonce is random).
    expect(lower(server.blindEvaluate(blinded.blinded).proof)).not.toBe(lower(answer.proof));
  });

  it('refuses the identity and a non-canonical encoding', () => {
    const server = createPoprfServer(ops, keys.secretKey, INFO);
    expect(() => server.blindEvaluate(new Uint8Array(32))).toThrow();
    // 2^255 - 1 (all bits set) is not a canonical field element.
    expect(() => server.blindEvaluate(new Uint8Array(32).fill(0xff))).toThrow();
  });
});
