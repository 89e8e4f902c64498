/**
 * One abort signal for a request: fires when `timeoutMs` passes or when `cancel` (the caller's signal)
 * aborts, and remembers which of the two it was so the outcome can say so.
 */
export interface Deadline {
  signal: AbortSignal;
  /** Why the signal fired, or undefined while it has not. */
  reason(): 'timeout' | 'cancelled' | undefined;
  /** Clears the timer and listener; call when the request is over. */
  dispose(): void;
}

/** A caller's AbortSignal.timeout() is a timeout too, not a cancellation. */
function isTimeoutReason(reason: unknown): boolean {
  return (
    typeof reason === 'object' && reason !== null && (reason as { name?: unknown }).name === 'TimeoutError'
  );
}

export function startDeadline(timeoutMs: number, cancel?: AbortSignal): Deadline {
  const controller = new AbortController();
  let why: 'timeout' | 'cancelled' | undefined;
  const fire = (reason: 'timeout' | 'cancelled'): void => {
    if (why !== undefined) return;
    why = reason;
    controller.abort();
  };
  const onCancel = (): void => fire(isTimeoutReason(cancel?.reason) ? 'timeout' : 'cancelled');
  const timer = setTimeout(() => fire('timeout'), timeoutMs);
  if (cancel?.aborted === true) onCancel();
  else cancel?.addEventListener('abort', onCancel, { once: true });
  return {
    signal: controller.signal,
    reason: () => why,
    dispose: () => {
      clearTimeout(timer);
      cancel?.removeEventListener('abort', onCancel);
    },
  };
}

/**
 * Settles with `promise`, or rejects with `onAbort()` as soon as `signal` fires, whichever is first.
 * Guards against fetch implementations (or bodies) that ignore their signal and would hang forever.
 */
export function raceAbort<T>(promise: Promise<T>, signal: AbortSignal, onAbort: () => Error): Promise<T> {
  if (signal.aborted) {
    promise.catch(() => undefined);
    return Promise.reject(onAbort());
  }
  return new Promise<T>((resolve, reject) => {
    const abort = (): void => reject(onAbort());
    signal.addEventListener('abort', abort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', abort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', abort);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}
