/**
 * Throttled progress lines on stderr: silent for the first seconds (small inputs print nothing),
 * then at most one line every `everyMs`.
 */
export function progressPrinter(write: (text: string) => void, everyMs = 2000): (text: () => string) => void {
  const started = Date.now();
  let last = started;
  return (text) => {
    const now = Date.now();
    if (now - started < everyMs || now - last < everyMs) return;
    last = now;
    write(`${text()}\n`);
  };
}
