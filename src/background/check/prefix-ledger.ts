import type { ResultOutcome } from '../../contracts/index.ts';

/**
 * Which prefix each source has been sent for each identifier in one check (one manual check, one
 * re-check or monitoring run). A second, different prefix of the same identifier to the same source is
 * refused here, whatever code path asks for it: two prefixes made with two salts together narrow an
 * identifier far below the 10,000 people one prefix stands for. Asking again for the same prefix (a
 * fresh bucket after the source listed a new breach) is allowed: it tells the source nothing new.
 */
export class PrefixLedger {
  private readonly sent = new Map<string, string>();

  /** True when `prefix` may be sent: nothing, or this very prefix, went to the source for `identifier`. */
  admit(identifier: number, sourceId: string, prefix: string): boolean {
    const slot = `${identifier}\u0000${sourceId}`;
    const earlier = this.sent.get(slot);
    if (earlier === undefined) {
      this.sent.set(slot, prefix);
      return true;
    }
    return earlier === prefix;
  }
}

export function secondPrefixOutcome(sourceName: string): ResultOutcome {
  return {
    status: 'error',
    code: 'unsupported',
    message: `${sourceName} would have needed a second, different prefix of the same identifier in one check, so nothing more was sent. Nothing was concluded.`,
  };
}
