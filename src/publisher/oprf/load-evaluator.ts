import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { OPRF_SCHEME } from '../../core/oprf/index.ts';
import { parseSourceDescriptor } from '../../core/range/source-descriptor.ts';
import type { OprfEvaluator } from './evaluate-request.ts';
import { assertKeyOutside, OprfKeyError, readOprfKeyFile } from './key-file.ts';
import { loadRistrettoOps, type PoprfBackendName } from './poprf-backends.ts';

export interface LoadedEvaluator {
  evaluator: OprfEvaluator;
  /** URL path to route `POST` requests to, as source.json names it when served from `/`. */
  evaluatePath: string;
}

/**
 * Pairs a built directory with its key for serving: the key file must sit outside the directory and be
 * the key the directory was built with (same key id), or serving would answer every check wrongly.
 */
export async function loadOprfEvaluator(
  dir: string,
  keyPath: string,
  backend: PoprfBackendName = 'sodium',
): Promise<LoadedEvaluator> {
  await assertKeyOutside(keyPath, [dir]);
  const base = 'http://localhost/source.json';
  const descriptor = parseSourceDescriptor(
    JSON.parse(await readFile(path.join(dir, 'source.json'), 'utf8')),
    base,
  );
  if (descriptor.scheme !== OPRF_SCHEME || descriptor.hash.algorithm !== 'oprf') {
    throw new OprfKeyError(`${dir} is not an ${OPRF_SCHEME} source; it needs no key.`);
  }
  const key = await readOprfKeyFile(keyPath);
  if (key.keyId !== descriptor.hash.keyId) {
    throw new OprfKeyError(
      `${keyPath} holds key ${key.keyId}, but ${dir} was built with ${descriptor.hash.keyId}. Serve the key it was built with, or rebuild.`,
    );
  }
  return {
    evaluator: {
      sourceId: descriptor.id,
      kinds: descriptor.kinds,
      key,
      ops: await loadRistrettoOps(backend),
    },
    evaluatePath: new URL(descriptor.hash.evaluateUrl).pathname,
  };
}
