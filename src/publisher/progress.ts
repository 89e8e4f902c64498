/**
 * Throttled progress on stderr: silent for the first seconds (small inputs print nothing), then
 * one line every `everyMs`; on a terminal the line is redrawn in place instead.
 */
export function progressPrinter(
  write: (text: string) => void,
  terminal: boolean,
  everyMs = terminal ? 500 : 10_000,
): { update: (text: () => string) => void; done: () => void } {
  const started = Date.now();
  let last = started;
  let shown = false;
  return {
    update(text) {
      const now = Date.now();
      if (now - started < 2000 || now - last < everyMs) return;
      last = now;
      shown = true;
      write(terminal ? `\r${text()}\u001b[K` : `${text()}\n`);
    },
    done() {
      if (shown && terminal) write('\n');
    },
  };
}
