import type { CheckOutcome, IdentifierKind, RangeKey, SourceDescriptor } from '../../src/core/index.ts';
import type { RangeClientPort } from '../../src/background/range-adapter.ts';

export interface OutcomeRule {
  sourceId?: string;
  kind?: IdentifierKind;
  /** Match one exact key (e.g. computed with computeRangeKey for a known test identifier). */
  suffix?: string;
  outcome: CheckOutcome;
  /** Apply this many times, then fall through to later rules (default: forever). */
  times?: number;
}

/**
 * A range client whose answers tests decide. Rules are tried newest first; with none matching the answer
 * is `not-found`. Every call is recorded (keys only: the fake never sees an identifier either).
 */
export function createScriptedRangeClient() {
  const rules: OutcomeRule[] = [];
  const calls: RangeKey[][] = [];
  const client: RangeClientPort = {
    checkMany: async (keys: readonly RangeKey[], sources: ReadonlyMap<string, SourceDescriptor>) => {
      calls.push([...keys]);
      return keys.map((key) => outcomeFor(key, sources));
    },
  };

  function outcomeFor(key: RangeKey, sources: ReadonlyMap<string, SourceDescriptor>): CheckOutcome {
    if (!sources.has(key.sourceId)) {
      return { status: 'error', code: 'unsupported', message: 'Unknown source.' };
    }
    const rule = rules
      .toReversed()
      .find(
        (r) =>
          (r.sourceId === undefined || r.sourceId === key.sourceId) &&
          (r.kind === undefined || r.kind === key.kind) &&
          (r.suffix === undefined || r.suffix === key.suffix) &&
          (r.times === undefined || r.times > 0),
      );
    if (rule === undefined) return { status: 'not-found' };
    if (rule.times !== undefined) rule.times--;
    return structuredClone(rule.outcome);
  }

  return {
    client,
    calls,
    /** Add a rule; later rules win over earlier ones. */
    script(rule: OutcomeRule): void {
      rules.push({ ...rule });
    },
    /** Shorthand: every key of this source (and kind) is found in these breaches of the source. */
    found(
      source: SourceDescriptor,
      breachIds: string[],
      where: Omit<OutcomeRule, 'outcome' | 'sourceId'> = {},
    ): void {
      const breaches = source.breaches.filter((b) => breachIds.includes(b.id));
      rules.push({
        ...where,
        sourceId: source.id,
        outcome: { status: 'found', count: breaches.length, breaches },
      });
    },
    reset(): void {
      rules.length = 0;
      calls.length = 0;
    },
  };
}

export type ScriptedRangeClient = ReturnType<typeof createScriptedRangeClient>;
