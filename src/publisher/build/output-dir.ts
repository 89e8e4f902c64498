import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { PlanError } from './build-plan.ts';
import { SHARD_PART_FILE } from './shard-part.ts';

/**
 * Refuses to replace anything but an earlier build (a directory holding source.json, or a shard's
 * shard-part.json) or an empty directory, so a mistyped --out never wipes unrelated files.
 */
export function checkReplaceable(out: string): void {
  if (!existsSync(out)) return;
  if (!statSync(out).isDirectory()) throw new PlanError(`--out ${out} exists and is not a directory.`);
  const entries = readdirSync(out);
  if (entries.length > 0 && !entries.includes('source.json') && !entries.includes(SHARD_PART_FILE)) {
    throw new PlanError(
      `--out ${out} is not empty and holds no earlier build (source.json); choose another.`,
    );
  }
}

/** A fresh staging directory next to `out`, on the same file system so the final move is a rename. */
export function createStaging(out: string): string {
  const staging = `${out}.partial-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  return staging;
}

/** Checks `out` may be replaced, then makes its staging directory (and `out`'s parent). */
export function openStaging(out: string): string {
  checkReplaceable(out);
  mkdirSync(dirname(out), { recursive: true });
  return createStaging(out);
}

/** Swaps the finished staging directory in for `out`, so it never holds a mix of old and new files. */
export function publishStaging(staging: string, out: string): void {
  checkReplaceable(out);
  const old = `${out}.old-${process.pid}`;
  if (existsSync(out)) renameSync(out, old);
  renameSync(staging, out);
  rmSync(old, { recursive: true, force: true });
}
