import { raceAbort } from './deadline.ts';
import { CheckFailure } from './errors.ts';

export const describeBytes = (bytes: number): string =>
  bytes >= 1024 * 1024
    ? `over ${+(bytes / 1024 / 1024).toFixed(1)} MiB`
    : `over ${Math.ceil(bytes / 1024)} KiB`;

const tooLarge = (limitBytes: number): CheckFailure =>
  new CheckFailure('too-large', describeBytes(limitBytes));

function decodeUtf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new CheckFailure('malformed', 'it is not UTF-8 text');
  }
}

function concat(chunks: readonly Uint8Array[], total: number): Uint8Array {
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

/**
 * Reads the body as a stream with a running byte count and stops as soon as it passes `limitBytes`,
 * whatever Content-Length claimed (or whether it was sent at all). Counting decoded bytes also caps a
 * compressed body that inflates into something huge. Rejects with `interrupted()` when `signal` fires.
 */
export async function readCappedText(
  response: Response,
  limitBytes: number,
  signal: AbortSignal,
  interrupted: () => CheckFailure,
): Promise<string> {
  return decodeUtf8(await readCappedBytes(response, limitBytes, signal, interrupted));
}

/** The same capped streaming read, for binary bodies (xc-oprf-v1 list files). */
export async function readCappedBytes(
  response: Response,
  limitBytes: number,
  signal: AbortSignal,
  interrupted: () => CheckFailure,
): Promise<Uint8Array> {
  if (response.body === null) {
    const buffer = await raceAbort(response.arrayBuffer(), signal, interrupted);
    if (buffer.byteLength > limitBytes) throw tooLarge(limitBytes);
    return new Uint8Array(buffer);
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await raceAbort(reader.read(), signal, interrupted);
      if (done) break;
      total += value.byteLength;
      if (total > limitBytes) throw tooLarge(limitBytes);
      chunks.push(value);
    }
  } catch (error) {
    // Releases the connection instead of leaving the rest of the body in flight.
    reader.cancel().catch(() => undefined);
    throw error;
  }
  return concat(chunks, total);
}
