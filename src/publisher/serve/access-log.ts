import { appendFileSync } from 'node:fs';

export type AccessLogTarget = string | ((line: string) => void);

/**
 * The access log: method, the path of a known file (a hash prefix or source.json) and the status.
 * Nothing else: no time, address, query string, header or body, and "-" for any path that is not a
 * known shape, so whatever a client sends, the log never holds more than a prefix.
 */
export function accessLogger(target: AccessLogTarget | undefined) {
  if (target === undefined) return () => {};
  const write = typeof target === 'string' ? (line: string) => appendFileSync(target, line, 'utf8') : target;
  return (method: string, loggedPath: string | undefined, status: number): void => {
    const safeMethod = /^[A-Z]{1,10}$/.test(method) ? method : '-';
    write(`${safeMethod} ${loggedPath ?? '-'} ${status}\n`);
  };
}
