import type { ResultOutcome } from '../../contracts/index.ts';
import { originsOf, type ConfiguredSource } from '../sources/configured-sources.ts';

/** The outcome for a custom source whose hosts the user has not allowed: nothing was sent to it. */
export function permissionMissing(source: ConfiguredSource): ResultOutcome {
  const hosts = originsOf(source).map((o) => new URL(o.replace('/*', '/')).hostname);
  return {
    status: 'error',
    code: 'permission-missing',
    message: `Exposure Check may not contact ${hosts.join(', ')} yet. Allow it for "${source.descriptor.name}" in the settings.`,
  };
}
