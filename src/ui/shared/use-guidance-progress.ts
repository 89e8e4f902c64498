import { useCallback, useEffect, useState } from 'preact/hooks';
import { useClient } from './client-context.tsx';

export interface GuidanceProgressState {
  done: ReadonlySet<string>;
  /** False until the stored progress has been read. */
  loaded: boolean;
  failed: boolean;
  setDone(stepId: string, done: boolean): Promise<void>;
}

/** Ticked steps of one finding, read from and written to the background (`ui/guidance.*`). */
export function useGuidanceProgress(findingId: string): GuidanceProgressState {
  const client = useClient();
  const [done, setDoneIds] = useState<ReadonlySet<string>>(new Set());
  const [loaded, setLoaded] = useState(false);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let live = true;
    client
      .guidanceGet({ findingId })
      .then(({ progress }) => live && setDoneIds(new Set(progress.doneStepIds)))
      .catch(() => live && setFailed(true))
      .finally(() => live && setLoaded(true));
    return () => {
      live = false;
    };
  }, [client, findingId]);

  const setDone = useCallback(
    async (stepId: string, value: boolean) => {
      // Show the tick at once; the stored answer then replaces it (and undoes it if saving failed).
      setDoneIds((current) => toggled(current, stepId, value));
      try {
        const { progress } = await client.guidanceSetStep({ findingId, stepId, done: value });
        setDoneIds(new Set(progress.doneStepIds));
        setFailed(false);
      } catch {
        setDoneIds((current) => toggled(current, stepId, !value));
        setFailed(true);
      }
    },
    [client, findingId],
  );

  return { done, loaded, failed, setDone };
}

function toggled(current: ReadonlySet<string>, id: string, on: boolean): ReadonlySet<string> {
  const next = new Set(current);
  if (on) next.add(id);
  else next.delete(id);
  return next;
}
