import {
  computeRangeKey,
  parseIdentifier,
  parseSourceDescriptor,
  type IdentifierKind,
  type RangeKey,
} from '../../../../src/core/index.ts';
import { DEMO_SOURCE_URL, demoSourceJson } from '../../../support/demo-source.ts';

interface Listed {
  kind: IdentifierKind;
  input: string;
  breachIds: string[];
}

const PADDING_LINES = 3;

/**
 * A publisher of the demo xc-v1 source that the real range client can talk to through `fetch`: it
 * serves bucket files built from what is listed against whatever source.json it currently publishes,
 * so a test can republish (append a breach, change line counts or the salt) and see what the extension
 * makes of buckets that no longer agree with its stored descriptor.
 */
export function createFakeXcV1Publisher(initial: Record<string, unknown> = demoSourceJson()) {
  let json = initial;
  const listed: Listed[] = [];
  const requests: string[] = [];

  const descriptor = () => parseSourceDescriptor(json, DEMO_SOURCE_URL);

  async function keyOf(kind: IdentifierKind, input: string): Promise<RangeKey> {
    const parsed = parseIdentifier(kind, input, { today: new Date('2026-01-15T00:00:00Z') });
    if (!parsed.ok) throw new Error(`test identifier of kind ${kind} does not parse`);
    return computeRangeKey(parsed, descriptor());
  }

  // Keys are made against the source.json published now, so a new salt moves every listed identifier.
  async function bodyFor(kind: IdentifierKind, prefix: string): Promise<string> {
    const ids = descriptor().breaches.map((b) => b.id);
    const width = Math.ceil(ids.length / 4);
    const lines = new Map<string, string>();
    for (const item of listed.filter((l) => l.kind === kind)) {
      const key = await keyOf(kind, item.input);
      if (key.prefix !== prefix) continue;
      const bits = item.breachIds.reduce((sum, id) => sum + 2 ** ids.indexOf(id), 0);
      lines.set(key.suffix, bits.toString(16).toUpperCase().padStart(width, '0'));
    }
    const declared = descriptor().buckets[kind]?.lines ?? lines.size + PADDING_LINES;
    for (let i = 0; lines.size < declared; i++) {
      lines.set(i.toString(16).toUpperCase().padStart(24, '0'), '0'.repeat(width));
    }
    return [...lines.entries()]
      .toSorted(([a], [b]) => (a < b ? -1 : 1))
      .map(([suffix, bitmap]) => `${suffix}:${bitmap}\n`)
      .join('');
  }

  const fetchImpl: typeof fetch = async (input) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    requests.push(url.pathname);
    const match = /\/ranges\/([a-z-]+)\/([0-9A-F]+)\.txt$/.exec(url.pathname);
    if (match === null) return new Response('not here', { status: 404 });
    const body = await bodyFor((match[1] ?? '') as IdentifierKind, match[2] ?? '');
    return new Response(body, { status: 200, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  };

  return {
    fetch: fetchImpl,
    /** Paths of every bucket request, in order. */
    requests,
    /** The source.json as currently published. */
    json: () => structuredClone(json),
    /** Publishes a new source.json (bucket files follow it at once). */
    publish(next: Record<string, unknown>): void {
      json = next;
    },
    /** Lists an identifier in breaches of the published source (keys made with its current parameters). */
    list(kind: IdentifierKind, input: string, breachIds: string[]): void {
      listed.push({ kind, input, breachIds });
    },
  };
}

export type FakeXcV1Publisher = ReturnType<typeof createFakeXcV1Publisher>;
