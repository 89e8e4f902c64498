import { RequestError } from '../../contracts/index.ts';
import { parseSourceDescriptor, SourceDescriptorError, type SourceDescriptor } from '../../core/index.ts';
import { originPatternsFor } from '../../platform/host-permissions.ts';
import type { BackgroundDeps } from '../background-deps.ts';

/**
 * Fetches and validates the source.json at `url`. Failures become RequestErrors the settings page can
 * show as they are: a missing permission, an unreachable server, or what exactly is wrong with the file.
 */
export async function loadSource(
  url: string,
  deps: Pick<BackgroundDeps, 'fetchSourceJson' | 'hostPermissions'>,
): Promise<SourceDescriptor> {
  let json: unknown;
  try {
    json = await deps.fetchSourceJson(url);
  } catch (error) {
    const origins = originPatternsFor([url]);
    if (!(await deps.hostPermissions.has(origins))) {
      throw new RequestError(
        'permission-missing',
        `Exposure Check needs your permission to contact ${new URL(url).hostname}. Allow it and try again.`,
      );
    }
    throw new RequestError(
      'source-invalid',
      error instanceof Error ? error.message : 'The source could not be read.',
    );
  }
  try {
    return parseSourceDescriptor(json, url);
  } catch (error) {
    if (error instanceof SourceDescriptorError) throw new RequestError('source-invalid', error.message);
    throw error;
  }
}
