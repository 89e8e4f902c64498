import { describe, expect, it } from 'vitest';
import {
  decodeExactBase64Url,
  encodeEvaluateRequest,
  parseEvaluateRequest,
  parseEvaluateResponse,
} from '../../../../src/core/oprf/index.ts';

const element = Uint8Array.from({ length: 32 }, (_, i) => i + 1);
const valid = JSON.parse(
  encodeEvaluateRequest({ keyId: 'k-0123456789abcdef', kind: 'pesel', blinded: element }),
);

describe('evaluation request', () => {
  it('round-trips', () => {
    expect(parseEvaluateRequest(valid)).toEqual({
      ok: true,
      value: { keyId: 'k-0123456789abcdef', kind: 'pesel', blinded: element },
    });
  });

  it.each([
    ['not an object', 'x'],
    ['an array', [valid]],
    ['null', null],
    ['an extra field', { ...valid, canonical: '44051401359' }],
    ['a missing field', { keyId: valid.keyId, kind: 'pesel' }],
    ['an unknown kind', { ...valid, kind: 'passport' }],
    ['a non-string key id', { ...valid, keyId: 7 }],
    ['a key id with spaces', { ...valid, keyId: 'a b' }],
    ['a short element', { ...valid, blinded: valid.blinded.slice(1) }],
    ['padding', { ...valid, blinded: `${valid.blinded}=` }],
    ['standard base64', { ...valid, blinded: `+${valid.blinded.slice(1)}` }],
    ['a non-canonical last character', { ...valid, blinded: `${valid.blinded.slice(0, -1)}B` }],
  ])('rejects %s', (_label, body) => {
    const result = parseEvaluateRequest(body);
    expect(result.ok).toBe(false);
  });

  it('never echoes the input in its reason', () => {
    const result = parseEvaluateRequest({ ...valid, blinded: 'SECRETSECRET' });
    expect(result.ok === false && result.reason).not.toContain('SECRET');
  });
});

describe('evaluation response', () => {
  const proof = 'A'.repeat(86);
  const response = { keyId: 'k-1', evaluated: valid.blinded, proof };

  it('accepts exactly keyId, evaluated and proof of the right sizes', () => {
    const result = parseEvaluateResponse(response);
    expect(result.ok).toBe(true);
  });

  it.each([
    ['a 33-byte element', { ...response, evaluated: `${valid.blinded}AA` }],
    ['a short proof', { ...response, proof: 'A'.repeat(85) }],
    ['an extra field', { ...response, found: true }],
    ['a missing proof', { keyId: 'k-1', evaluated: valid.blinded }],
    ['a number for the element', { ...response, evaluated: 5 }],
  ])('rejects %s', (_label, body) => {
    expect(parseEvaluateResponse(body).ok).toBe(false);
  });

  it('decodes only the canonical base64url spelling', () => {
    expect(decodeExactBase64Url('AAAA', 3)).toEqual(new Uint8Array(3));
    expect(decodeExactBase64Url('AAB', 2)).toBeUndefined();
    expect(decodeExactBase64Url('AAE', 2)).toEqual(Uint8Array.of(0, 1));
  });
});
