/** A host name (as typed in a URL) and the local port that should answer for it. */
export type HostMap = Readonly<Record<string, number>>;

export interface ChromiumArgsOptions {
  extensionDir: string;
  /** Hosts sent to local ports; every other name fails to resolve, so no test can reach the internet. */
  hostMap?: HostMap;
  /** The demo browser only: leave DNS alone instead of failing every name that is not mapped. */
  allowInternet?: boolean;
  /** base64 SHA-256 SPKI hashes whose certificates Chromium accepts despite errors (the test fixture). */
  trustedSpki?: readonly string[];
}

// Flags that stop Chromium from talking to Google services or showing first-run UI during tests.
const QUIET_FLAGS = [
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
] as const;

/**
 * `MAP host 127.0.0.1:port` for each mapped host, then a catch-all that makes every other name
 * unresolvable. Loopback stays reachable so tests can still use http://127.0.0.1:<port>/ directly.
 */
export function hostResolverRules(hostMap: HostMap, allowInternet = false): string {
  const maps = Object.entries(hostMap).map(([host, port]) => `MAP ${host} 127.0.0.1:${port}`);
  if (allowInternet) return maps.join(', ');
  return [...maps, 'MAP * ~NOTFOUND', 'EXCLUDE localhost', 'EXCLUDE 127.0.0.1'].join(', ');
}

export function chromiumArgs(options: ChromiumArgsOptions): string[] {
  const args = [
    `--disable-extensions-except=${options.extensionDir}`,
    `--load-extension=${options.extensionDir}`,
    ...QUIET_FLAGS,
  ];
  const rules = hostResolverRules(options.hostMap ?? {}, options.allowInternet);
  if (rules !== '') args.push(`--host-resolver-rules=${rules}`);
  if (options.trustedSpki !== undefined && options.trustedSpki.length > 0) {
    args.push(`--ignore-certificate-errors-spki-list=${options.trustedSpki.join(',')}`);
  }
  return args;
}
