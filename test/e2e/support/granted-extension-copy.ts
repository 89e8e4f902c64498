import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A copy of a built extension whose manifest moves the given optional host permissions into
 * `host_permissions`, so they are granted at load. Headless Chromium cannot show the permission prompt
 * that chrome.permissions.request() opens (the promise just stays pending), so a scenario that adds a
 * source would otherwise hang. With the host already granted, request() resolves true at once and
 * contains() is true, which is the state after a person clicked "Allow". Nothing else changes.
 */
export async function copyWithGrantedHosts(
  extensionDir: string,
  origins: readonly string[],
): Promise<{ dir: string; remove: () => Promise<void> }> {
  // Read and check the manifest before copying, so a refused grant leaves no temporary copy behind.
  const manifest = JSON.parse(await readFile(join(extensionDir, 'manifest.json'), 'utf8')) as Record<
    string,
    unknown
  >;
  const optional = (manifest['optional_host_permissions'] as string[] | undefined) ?? [];
  const notOptional = origins.filter((o) => !optional.some((pattern) => covers(pattern, o)));
  if (notOptional.length > 0) {
    // Only what a person could grant: a test must not quietly widen the extension beyond its manifest.
    throw new Error(`not optional host permissions in the manifest: ${notOptional.join(', ')}`);
  }
  const parent = await mkdtemp(join(tmpdir(), 'exposure-check-ext-'));
  const dir = join(parent, 'extension');
  await cp(extensionDir, dir, { recursive: true });
  const path = join(dir, 'manifest.json');
  const hosts = (manifest['host_permissions'] as string[] | undefined) ?? [];
  manifest['host_permissions'] = [...hosts, ...origins];
  manifest['optional_host_permissions'] = optional.filter((o) => !origins.includes(o));
  await writeFile(path, JSON.stringify(manifest));
  return { dir, remove: () => rm(parent, { recursive: true, force: true }) };
}

/**
 * True when the optional pattern lets a person grant `origin`: the same pattern, or one host under a
 * wildcard pattern (the any-https-host pattern covers `https://ranges.example.test/` and its paths), as
 * the permission prompt would for a source on that host.
 */
function covers(pattern: string, origin: string): boolean {
  if (pattern === origin) return true;
  const p = /^(\w+):\/\/(\*|\*\.[^/]+|[^/*]+)\/\*$/.exec(pattern);
  const o = /^(\w+):\/\/([^/*]+)\/\*$/.exec(origin);
  if (p === null || o === null || p[1] !== o[1]) return false;
  const [host, wanted] = [p[2]!, o[2]!];
  if (host === '*') return true;
  return host.startsWith('*.') ? wanted.endsWith(host.slice(1)) : host === wanted;
}
