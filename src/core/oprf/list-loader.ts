import { raceAbort } from '../range/deadline.ts';
import { CheckFailure } from '../range/errors.ts';
import { toHex } from '../range/hex.ts';
import { OPRF_LIST_MAX_BYTES } from './list-constants.ts';
import { fetchListBytes } from './list-fetch.ts';
import { parseList, type ParsedList } from './list-file.ts';
import type { OprfListParams } from './list-source.ts';

/** Where raw list files may be kept between worker restarts (so monitoring can revalidate with 304). */
export interface ListStore {
  get(id: string): Promise<{ etag: string; bytes: Uint8Array } | undefined>;
  put(id: string, value: { etag: string; bytes: Uint8Array }): Promise<void>;
}

export interface ListLoaderSettings {
  fetch: typeof fetch;
  timeoutMs: number;
  now: () => number;
  /** A copy checked this recently is used without asking; older ones are revalidated (If-None-Match). */
  freshMs: number;
  store?: ListStore | undefined;
}

export interface ListLoader {
  /** The validated list for one kind of one source; throws CheckFailure. */
  load(params: OprfListParams, signal?: AbortSignal): Promise<ParsedList>;
  /** Marks every copy stale, so the next load revalidates (a conditional GET, not a new download). */
  expire(): void;
}

interface Held {
  etag: string | undefined;
  list: ParsedList;
  checkedAt: number;
}

/** Everything a list depends on; a new build (new digest, key or breach count) is another list. */
const listId = (p: OprfListParams): string =>
  JSON.stringify([p.sourceId, p.kind, p.listUrl, p.keyId, p.entries, p.bytes, toHex(p.sha256), p.sealBits]);

async function digestMatches(bytes: Uint8Array, expected: Uint8Array): Promise<boolean> {
  const actual = new Uint8Array(await crypto.subtle.digest('SHA-256', new Uint8Array(bytes)));
  return actual.length === expected.length && actual.every((b, i) => b === expected[i]);
}

/** Checks a downloaded file against its descriptor: size and digest first, then the structure. */
export async function validateList(bytes: Uint8Array, params: OprfListParams): Promise<ParsedList> {
  if (bytes.length !== params.bytes || !(await digestMatches(bytes, params.sha256))) {
    throw new CheckFailure(
      'malformed',
      bytes.length < params.bytes
        ? 'the list is cut off'
        : 'the list does not match its source.json; the source may have been rebuilt',
    );
  }
  return parseList(bytes, { binding: params.binding, entries: params.entries, sealBits: params.sealBits });
}

/**
 * Downloads, validates and keeps whole lists: one GET per list in flight, a copy reused for `freshMs`,
 * then revalidated with If-None-Match so an unchanged list costs a 304 and no body. Failures are never
 * kept, and a copy is replaced only by a list that validates.
 */
export function createListLoader(settings: ListLoaderSettings): ListLoader {
  const held = new Map<string, Held>();
  const flights = new Map<string, Promise<ParsedList>>();

  async function restore(id: string, params: OprfListParams): Promise<Held | undefined> {
    const stored = await settings.store?.get(id).catch(() => undefined);
    if (stored === undefined) return undefined;
    try {
      return { etag: stored.etag, list: await validateList(stored.bytes, params), checkedAt: -Infinity };
    } catch {
      return undefined;
    }
  }

  async function refresh(id: string, params: OprfListParams): Promise<ParsedList> {
    const copy = held.get(id) ?? (await restore(id, params));
    const result = await fetchListBytes(params.listUrl, {
      fetch: settings.fetch,
      timeoutMs: settings.timeoutMs,
      now: settings.now,
      // Larger than declared is read (up to a limit) and then refused as "does not match".
      maxBytes: Math.min(OPRF_LIST_MAX_BYTES, params.bytes * 2 + 65_536),
      etag: copy?.etag,
    });
    if (result.status === 'not-modified' && copy !== undefined) {
      held.set(id, { ...copy, checkedAt: settings.now() });
      return copy.list;
    }
    if (result.status === 'not-modified') throw new CheckFailure('http', 'list HTTP 304 without a copy');
    const list = await validateList(result.bytes, params);
    held.set(id, { etag: result.etag, list, checkedAt: settings.now() });
    if (result.etag !== undefined) {
      await settings.store?.put(id, { etag: result.etag, bytes: result.bytes }).catch(() => undefined);
    }
    return list;
  }

  return {
    load(params, signal) {
      const id = listId(params);
      const copy = held.get(id);
      if (copy !== undefined && settings.now() - copy.checkedAt < settings.freshMs) {
        return Promise.resolve(copy.list);
      }
      // Shared by every caller and bounded by its own deadline; a caller who leaves does not cancel it.
      let flight = flights.get(id);
      if (flight === undefined) {
        flight = refresh(id, params).finally(() => flights.delete(id));
        flights.set(id, flight);
      }
      if (signal === undefined) return flight;
      flight.catch(() => undefined);
      return raceAbort(flight, signal, () =>
        (signal.reason as { name?: unknown } | undefined)?.name === 'TimeoutError'
          ? new CheckFailure('timeout', "no list within the caller's time limit")
          : new CheckFailure('network', 'the check was cancelled before the list arrived'),
      );
    },
    expire() {
      for (const copy of held.values()) copy.checkedAt = -Infinity;
    },
  };
}
