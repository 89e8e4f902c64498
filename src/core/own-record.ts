/**
 * Records keyed by data (source ids, breach ids, host names) read and write own properties only.
 * A plain `record[id]` for an id like `constructor` or `__proto__` answers with something every object
 * inherits from Object.prototype (a function, the prototype itself), and `record[id] = value` with
 * `__proto__` replaces the prototype instead of storing a value.
 */
export function ownValue<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  // An own data property named `__proto__` shadows the inherited accessor, so indexing is safe here.
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** A copy of `record` with `key` set to `value` as an ordinary own property, whatever the key is. */
export function withOwnValue<T>(
  record: Readonly<Record<string, T>>,
  key: string,
  value: T,
): Record<string, T> {
  const copy: Record<string, T> = { ...record };
  Object.defineProperty(copy, key, { value, enumerable: true, configurable: true, writable: true });
  return copy;
}
