import { existsSync } from 'node:fs';
import {
  assertKeyOutside,
  generateOprfKey,
  readOprfKeyFile,
  writeOprfKeyFile,
  type OprfKey,
} from './key-file.ts';
import { ShardError } from './shard.ts';

export interface OprfPlanSettings {
  /** Path of the key file: read when it exists, created (owner-only) when it does not. Never in `out`. */
  keyFile: string;
  /** Where clients POST evaluations; relative to source.json (default "evaluate") or absolute. */
  evaluateUrl?: string | undefined;
}

export interface OprfBuildExtras {
  keyId: string;
  /** True when this build generated the key (a new key: every earlier build of the source is void). */
  keyCreated: boolean;
  /** Set for the whole-list layout: sizes and the padding granularity, for the build report. */
  listNote?: string;
}

/** The key for a build: the existing one, or a new one written before anything is published. */
export async function obtainKey(
  settings: OprfPlanSettings,
  out: string,
  sharded = false,
): Promise<{ key: OprfKey; created: boolean }> {
  // The staging and old directories sit next to `out` and are renamed into it: keep the key out of them too.
  await assertKeyOutside(settings.keyFile, [
    out,
    `${out}.partial-${process.pid}`,
    `${out}.old-${process.pid}`,
  ]);
  if (existsSync(settings.keyFile)) return { key: await readOprfKeyFile(settings.keyFile), created: false };
  if (sharded) {
    // Shards that each made a key would publish buckets nobody can check against one descriptor.
    throw new ShardError(
      `--shard needs an existing key file shared by every shard; ${settings.keyFile} does not exist. ` +
        'Create it with one unsharded build (any small input), then copy it to every machine.',
    );
  }
  const key = generateOprfKey();
  await writeOprfKeyFile(settings.keyFile, key, [out]);
  return { key, created: true };
}
