import { base64UrlToBytes, bytesToBase64Url } from '../range/hex.ts';

/**
 * Strict base64url: exactly `byteLength` bytes, no padding, no whitespace, and the one canonical spelling
 * (the unused low bits of the last character must be zero). Returns undefined otherwise.
 */
export function decodeExactBase64Url(text: unknown, byteLength: number): Uint8Array | undefined {
  if (typeof text !== 'string') return undefined;
  if (text.length !== Math.ceil((byteLength * 4) / 3)) return undefined;
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return undefined;
  const bytes = base64UrlToBytes(text);
  if (bytes.length !== byteLength || bytesToBase64Url(bytes) !== text) return undefined;
  return bytes;
}

export { bytesToBase64Url };
