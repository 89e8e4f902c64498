import { raceAbort } from './deadline.ts';

interface Flight<T> {
  promise: Promise<T>;
  controller: AbortController;
  waiters: number;
}

/**
 * Joins callers asking for the same thing onto one running task. A caller that aborts leaves at once;
 * the task itself is aborted only when its last caller has left, so one impatient caller cannot fail
 * the others.
 */
export interface SharedFlights<T> {
  join(
    key: string,
    start: (signal: AbortSignal) => Promise<T>,
    callerSignal: AbortSignal | undefined,
    onCallerAbort: () => Error,
  ): Promise<T>;
}

export function createSharedFlights<T>(): SharedFlights<T> {
  const flights = new Map<string, Flight<T>>();
  const begin = (key: string, start: (signal: AbortSignal) => Promise<T>): Flight<T> => {
    const controller = new AbortController();
    const flight: Flight<T> = { promise: start(controller.signal), controller, waiters: 0 };
    const forget = (): void => {
      if (flights.get(key) === flight) flights.delete(key);
    };
    flight.promise.then(forget, forget);
    flights.set(key, flight);
    return flight;
  };
  return {
    join(key, start, callerSignal, onCallerAbort) {
      if (callerSignal?.aborted === true) return Promise.reject(onCallerAbort());
      const flight = flights.get(key) ?? begin(key, start);
      flight.waiters++;
      if (callerSignal === undefined) return flight.promise;
      const leave = (): void => {
        flight.waiters--;
        if (flight.waiters === 0) flight.controller.abort();
      };
      callerSignal.addEventListener('abort', leave, { once: true });
      const drop = (): void => callerSignal.removeEventListener('abort', leave);
      flight.promise.then(drop, drop);
      return raceAbort(flight.promise, callerSignal, onCallerAbort);
    },
  };
}
