import type { ResultOutcome } from '../../contracts/index.ts';
import type { ConfiguredSource } from './configured-sources.ts';

/**
 * True while a source's newer source.json changes how keys are made and waits for the person's
 * confirmation. Such a source is not checked at all: its old key would meet buckets built the new way
 * (a silent "not found"), and making a key the new way is exactly what needs the confirmation.
 */
export function awaitsConfirmation(source: ConfiguredSource): boolean {
  return source.custom?.pendingChange !== undefined;
}

export function awaitingConfirmationMessage(sourceName: string): string {
  return `${sourceName} changed how it hashes identifiers. Review and confirm the change in the settings before it is used again. Nothing was sent.`;
}

/** Not transient: monitoring does not back off over it, and it is never "not found". */
export function awaitingConfirmationOutcome(sourceName: string): ResultOutcome {
  return { status: 'error', code: 'unsupported', message: awaitingConfirmationMessage(sourceName) };
}
