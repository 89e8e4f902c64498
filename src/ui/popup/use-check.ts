import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { CheckReport, ErrorCode } from '../../contracts/index.ts';
import type { IdentifierKind } from '../../core/identifiers/index.ts';
import type { BackgroundClient } from '../../platform/messaging/background-client.ts';
import { failureOf } from '../shared/failure-of.ts';

export type CheckRun =
  | { phase: 'idle' }
  | { phase: 'checking' }
  | { phase: 'done'; report: CheckReport }
  | { phase: 'failed'; code: ErrorCode; message: string };

/** What was checked last, kept in this page's memory only (for Retry and "Watch this"). */
export interface CheckSubject {
  kind: IdentifierKind;
  input: string;
}

/**
 * Runs checks. Only the latest one may update the page; when the popup closes, the page goes away and any
 * late answer is dropped with it (the flag below also covers the options page's check view unmounting).
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
        outcome = { phase: 'done', report: await client.check({ kind: next.kind, input: next.input }) };
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

  return { run, start, retry, subject };
}
