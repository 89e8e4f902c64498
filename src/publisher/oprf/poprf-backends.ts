import { createHash } from 'node:crypto';
import type { RistrettoOps } from '../../core/oprf/group-ops.ts';
import { nobleRistrettoOps } from '../../core/oprf/noble-ops.ts';
import { oprfInfo } from '../../core/oprf/oprf-input.ts';
import { createPoprfServer, type PoprfServer } from '../../core/oprf/poprf-server.ts';
import type { IdentifierKind } from '../../core/identifiers/types.ts';
import { loadSodiumOps } from './sodium-ops.ts';

/** The group libraries a Node publisher can evaluate with. `sodium` is the default: the fastest. */
export const POPRF_BACKENDS = ['sodium', 'noble'] as const;
export type PoprfBackendName = (typeof POPRF_BACKENDS)[number];

const nodeSha512 = (data: Uint8Array): Uint8Array => createHash('sha512').update(data).digest();

const loaded = new Map<PoprfBackendName, Promise<RistrettoOps>>();

/** The operations of one backend, loaded once per process (libsodium compiles its WebAssembly here). */
export function loadRistrettoOps(name: PoprfBackendName = 'sodium'): Promise<RistrettoOps> {
  let ops = loaded.get(name);
  if (ops === undefined) {
    ops =
      name === 'sodium'
        ? loadSodiumOps(nodeSha512)
        : Promise.resolve({ ...nobleRistrettoOps, sha512: nodeSha512 });
    loaded.set(name, ops);
  }
  return ops;
}

/**
 * POPRF servers per kind for one source and key, each with its per-(key, info) constants computed once.
 * What the build and the evaluator share.
 */
export class PoprfServers {
  private readonly servers = new Map<IdentifierKind, PoprfServer>();

  constructor(
    private readonly ops: RistrettoOps,
    private readonly sourceId: string,
    private readonly secretKey: Uint8Array,
  ) {}

  get backend(): string {
    return this.ops.name;
  }

  for(kind: IdentifierKind): PoprfServer {
    let server = this.servers.get(kind);
    if (server === undefined) {
      server = createPoprfServer(this.ops, this.secretKey, oprfInfo(this.sourceId, kind));
      this.servers.set(kind, server);
    }
    return server;
  }
}

// One set of servers per (source, key, backend) in this thread: their constants are computed once.
const serversCache = new Map<string, Promise<PoprfServers>>();

/** The servers of a build task (in a worker thread or inline), shared by every task with the same key. */
export function cachedPoprfServers(
  backend: PoprfBackendName,
  sourceId: string,
  secretKey: Uint8Array,
): Promise<PoprfServers> {
  const id = `${backend}\0${sourceId}\0${Buffer.from(secretKey).toString('hex')}`;
  let servers = serversCache.get(id);
  if (servers === undefined) {
    servers = loadRistrettoOps(backend).then((ops) => new PoprfServers(ops, sourceId, secretKey));
    serversCache.set(id, servers);
  }
  return servers;
}
