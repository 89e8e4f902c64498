import { existsSync } from 'node:fs';
import {
  assertKeyOutside,
  generateOprfKey,
  readOprfKeyFile,
  writeOprfKeyFile,
  type OprfKey,
} from './key-file.ts';

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
): Promise<{ key: OprfKey; created: boolean }> {
  // The staging and old directories sit next to `out` and are renamed into it: keep the key out of them too.
  await assertKeyOutside(settings.keyFile, [
    out,
    `${out}.partial-${process.pid}`,
    `${out}.old-${process.pid}`,
  ]);
  if (existsSync(settings.keyFile)) return { key: await readOprfKeyFile(settings.keyFile), created: false };
  const key = generateOprfKey();
  await writeOprfKeyFile(settings.keyFile, key, [out]);
  return { key, created: true };
}
