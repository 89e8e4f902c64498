// The library under the scheme, held to RFC 9497 Appendix A (ristretto255-SHA512, POPRF mode) for the
// exact calls the client and the publisher make.
import { ristretto255_oprf } from '@noble/curves/ed25519.js';
import { describe, expect, it } from 'vitest';
import { toHex } from '../../../../src/core/range/hex.ts';

const hex = (text: string): Uint8Array => Uint8Array.from(text.match(/../g) ?? [], (b) => parseInt(b, 16));
const lower = (bytes: Uint8Array): string => toHex(bytes).toLowerCase();

const KEY = {
  seed: 'a3'.repeat(32),
  keyInfo: '74657374206b6579',
  skS: '145c79c108538421ac164ecbe131942136d5570b16d8bf41a24d4337da981e07',
  pkS: 'c647bef38497bc6ec077c22af65b696efa43bff3b4a1975a3e8e0a1c5a79d631',
  info: '7465737420696e666f',
};

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

describe('@noble/curves ristretto255 POPRF against RFC 9497 test vectors', () => {
  const poprf = ristretto255_oprf.poprf(hex(KEY.info));
  const keys = poprf.deriveKeyPair(hex(KEY.seed), hex(KEY.keyInfo));

  it('derives the RFC key pair', () => {
    expect(lower(keys.secretKey)).toBe(KEY.skS);
    expect(lower(keys.publicKey)).toBe(KEY.pkS);
  });

  it.each(VECTORS.map((v, i) => [i + 1, v] as const))(
    'vector %i: evaluation, proof check and output',
    (_n, v) => {
      // The server's evaluated element is deterministic (its proof is randomised).
      expect(lower(poprf.blindEvaluate(keys.secretKey, hex(v.blinded)).evaluated)).toBe(v.evaluated);
      // The client's tweaked key does not depend on its blind.
      const { tweakedKey } = poprf.blind(hex(v.input), keys.publicKey);
      const output = poprf.finalize(
        hex(v.input),
        hex(v.blind),
        hex(v.evaluated),
        hex(v.blinded),
        hex(v.proof),
        tweakedKey,
      );
      expect(lower(output)).toBe(v.output);
      expect(lower(poprf.evaluate(keys.secretKey, hex(v.input)))).toBe(v.output);
    },
  );

  it('refuses the RFC proof for another input', () => {
    const [a, b] = VECTORS;
    const { tweakedKey } = poprf.blind(hex(a!.input), keys.publicKey);
    expect(() =>
      poprf.finalize(
        hex(a!.input),
        hex(a!.blind),
        hex(a!.evaluated),
        hex(a!.blinded),
        hex(b!.proof),
        tweakedKey,
      ),
    ).toThrow();
  });
});
