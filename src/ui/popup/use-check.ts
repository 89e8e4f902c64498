import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { CheckReport, ErrorCode } from '../../contracts/index.ts';
import type { IdentifierKind } from '../../core/identifiers/index.ts';
import type { BackgroundClient } from '../../platform/messaging/background-client.ts';
import { failureOf } from '../shared/failure-of.ts';

export type CheckRun =
  | { phase: 'idle' }
  | { phase: 'checking' }
  | { phase: 'done'; report: CheckReport }
  | { phase: 'failed'; code: ErrorCode; message: string; candidates: readonly IdentifierKind[] };

/** What was checked last, kept in this page's memory only (for Retry, "check as … instead" and "Watch this"). */
export interface CheckSubject {
  kind: IdentifierKind;
  input: string;
  kindFrom: 'person' | 'detection';
  /** The other kinds the input is valid as: offered as "check as … instead". */
  alternatives: readonly IdentifierKind[];
}

/**
 * Runs checks. Only the latest one may update the page; when the popup closes, the page goes away and any
 * late answer is dropped with it (the flag below also covers the options page's check view unmounting).
 * `reset` drops the shown answer and any answer still on its way: an edited input never sits under an
 * old verdict.
 */
export function useCheck(client: BackgroundClient) {
  const [run, setRun] = useState<CheckRun>({ phase: 'idle' });
  const subject = useRef<CheckSubject | null>(null);
  const latest = useRef(0);
  const mounted = useRef(true);

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      subject.current = null;
    };
  }, []);

  const start = useCallback(
    async (next: CheckSubject) => {
      const ticket = ++latest.current;
      subject.current = next;
      setRun({ phase: 'checking' });
      let outcome: CheckRun;
      try {
        const request = { kind: next.kind, input: next.input, kindFrom: next.kindFrom };
        outcome = { phase: 'done', report: await client.check(request) };
      } catch (error) {
        outcome = { phase: 'failed', ...failureOf(error) };
      }
      if (mounted.current && ticket === latest.current) setRun(outcome);
    },
    [client],
  );

  const retry = useCallback(() => {
    if (subject.current !== null) void start(subject.current);
  }, [start]);

  const reset = useCallback(() => {
    latest.current++;
    subject.current = null;
    setRun({ phase: 'idle' });
  }, []);

  return { run, start, retry, reset, subject };
}
