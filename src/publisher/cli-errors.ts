/** Exit codes of the publisher CLI. */
export const EXIT = {
  ok: 0,
  /** Runtime failure: unreadable input, I/O error, port in use. */
  failed: 1,
  /** The command line or build plan is wrong; nothing was done. */
  usage: 2,
  /** `build --strict` found invalid rows; nothing was published. */
  invalidRows: 3,
} as const;

/** A mistake on the command line; the message is shown with a pointer to --help. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** Where commands write: injectable so tests can capture output. */
export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
  /** True when `err` is a terminal, so progress can redraw one line. */
  errIsTerminal?: boolean;
}

export const processIo: CliIo = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  errIsTerminal: process.stderr.isTTY,
};
