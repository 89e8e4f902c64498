/**
 * Runs tasks one after another. Monitoring runs and schedule fixes both read-modify-write the stored
 * monitor state; queued, neither can overwrite the other's result. Holds no data, only ordering.
 */
export interface SerialQueue {
  run<T>(task: () => Promise<T>): Promise<T>;
}

export function createSerialQueue(): SerialQueue {
  let tail: Promise<unknown> = Promise.resolve();
  return {
    run<T>(task: () => Promise<T>): Promise<T> {
      const result = tail.then(task, task);
      tail = result.catch(() => undefined);
      return result;
    },
  };
}
