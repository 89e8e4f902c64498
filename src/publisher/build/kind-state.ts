import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { XC_V1_SUFFIX_LENGTH, type IdentifierKind } from '../../core/index.ts';
import type { PublishScheme } from './build-plan.ts';
import { keyLayout, writeKey, type KeyLayout } from './key-layout.ts';
import { PartitionSpill } from './partition-spill.ts';

const HIBP_SUFFIX_NIBBLES = 35;
const MIN_BUFFER = 4 * 1024;
const MAX_BUFFER = 256 * 1024;

/** Per-kind build state: how its hashes are cut, and where its spilled records go. */
export interface KindState {
  kind: IdentifierKind;
  layout: KeyLayout;
  spill: PartitionSpill;
}

/** How a kind's hashes are cut under `scheme` with `prefixBits`. */
export function kindLayout(scheme: PublishScheme, prefixBits: number): KeyLayout {
  return keyLayout(prefixBits, scheme === 'xc-v1' ? XC_V1_SUFFIX_LENGTH : HIBP_SUFFIX_NIBBLES);
}

/** Splits `spillBytes` of write buffers fairly over every partition of every kind. */
export function createKindStates(
  kinds: readonly { kind: IdentifierKind; prefixBits: number }[],
  scheme: PublishScheme,
  workDir: string,
  spillBytes: number,
): KindState[] {
  const layouts = kinds.map(({ prefixBits }) => kindLayout(scheme, prefixBits));
  const partitions = layouts.reduce((sum, l) => sum + 2 ** l.partitionBits, 0);
  const perPartition = Math.min(MAX_BUFFER, Math.max(MIN_BUFFER, Math.floor(spillBytes / partitions)));
  return kinds.map(({ kind }, i) => {
    const layout = layouts[i] as KeyLayout;
    const dir = join(workDir, kind);
    mkdirSync(dir, { recursive: true });
    return { kind, layout, spill: new PartitionSpill(dir, layout.keyBytes + 4, perPartition) };
  });
}

/** Files one hashed entry: its sort key and a 32-bit value (breach index or occurrence count). */
export function spillHash(state: KindState, hash: Uint8Array, value: number): void {
  const partition = (hash[0] as number) >> (8 - state.layout.partitionBits);
  const slot = state.spill.reserve(partition);
  writeKey(hash, state.layout, slot.data, slot.offset);
  slot.data.writeUInt32BE(value, slot.offset + state.layout.keyBytes);
}
