// The manifest policy of docs/permissions.md, as checks that return problems (empty = fine), so that
// test/unit/manifest.test.ts can show each check failing on a bad manifest before trusting it.

export type Browser = 'chrome' | 'firefox';
export type Manifest = Record<string, unknown>;

/** Required API permissions: each one is justified in docs/permissions.md. Adding one means justifying it. */
export const JUSTIFIED_PERMISSIONS = ['alarms', 'notifications', 'storage'] as const;
/** Fixed host access: only the public password range service (k-anonymity, prefix only). */
export const JUSTIFIED_HOST_PERMISSIONS = ['https://api.pwnedpasswords.com/*'] as const;

/**
 * What vite-plugin-web-extension does with `{{browser}}.` prefixes (re-implemented, since the plugin
 * does not export it): keep unprefixed keys and strings, strip this browser's prefix, drop the others.
 */
export function resolveForBrowser(value: unknown, browser: Browser): unknown {
  const tag = `{{${browser}}}.`;
  if (Array.isArray(value)) {
    return value.map((item) => resolveForBrowser(item, browser)).filter((item) => item !== undefined);
  }
  if (typeof value === 'string') {
    if (!value.startsWith('{{')) return value;
    return value.startsWith(tag) ? value.slice(tag.length) : undefined;
  }
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    if (key.startsWith('{{') && !key.startsWith(tag)) continue;
    out[key.startsWith(tag) ? key.slice(tag.length) : key] = resolveForBrowser(inner, browser);
  }
  return out;
}

const asRecord = (v: unknown): Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
const asStrings = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
const sameSet = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.toSorted().join('\n') === b.toSorted().join('\n');

// Permissions that would let the extension watch browsing; none is needed for checking identifiers.
const NEVER = ['tabs', 'history', 'webRequest', 'webRequestBlocking', 'cookies', 'debugger', 'webNavigation'];

export function permissionProblems(m: Manifest): string[] {
  const problems: string[] = [];
  const permissions = asStrings(m['permissions']);
  if (!sameSet(permissions, JUSTIFIED_PERMISSIONS)) {
    problems.push(
      `permissions are [${permissions.join(', ')}], expected [${JUSTIFIED_PERMISSIONS.join(', ')}]`,
    );
  }
  const hosts = asStrings(m['host_permissions']);
  if (!sameSet(hosts, JUSTIFIED_HOST_PERMISSIONS)) {
    problems.push(
      `host_permissions are [${hosts.join(', ')}], expected [${JUSTIFIED_HOST_PERMISSIONS.join(', ')}]`,
    );
  }
  const optional = asStrings(m['optional_permissions']);
  for (const p of [...permissions, ...optional].filter((name) => NEVER.includes(name))) {
    problems.push(`"${p}" permission requested; the extension must not see browsing activity`);
  }
  const text = JSON.stringify(m);
  if (text.includes('<all_urls>')) problems.push('<all_urls> appears in the manifest');
  if (/"\*:\/\/\*\/\*"/.test(text)) problems.push('*://*/* appears in the manifest');
  for (const script of Array.isArray(m['content_scripts']) ? m['content_scripts'] : []) {
    for (const match of asStrings(asRecord(script)['matches'])) {
      if (/^[^:]+:\/\/\*\//.test(match)) problems.push(`content script matches every host: ${match}`);
    }
  }
  return problems;
}

/** script-src may hold only 'self' (and 'wasm-unsafe-eval' for WebAssembly); no remote or eval. */
export function cspProblems(m: Manifest): string[] {
  const csp = asRecord(m['content_security_policy'])['extension_pages'];
  if (typeof csp !== 'string') return ['content_security_policy.extension_pages is missing'];
  const directives = new Map(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0] !== undefined && parts[0] !== '')
      .map((parts) => [parts[0] ?? '', parts.slice(1)] as const),
  );
  const problems: string[] = [];
  const scriptSrc = directives.get('script-src');
  if (scriptSrc === undefined) problems.push('CSP has no script-src');
  for (const source of scriptSrc ?? []) {
    if (source !== "'self'" && source !== "'wasm-unsafe-eval'")
      problems.push(`CSP script-src allows ${source}`);
  }
  const objectSrc = directives.get('object-src') ?? [];
  if (!objectSrc.every((s) => s === "'self'" || s === "'none'")) {
    problems.push(`CSP object-src allows ${objectSrc.join(' ')}`);
  }
  if (/unsafe-eval|unsafe-inline|https?:|\*/.test(csp.replace("'wasm-unsafe-eval'", ''))) {
    problems.push(`CSP allows eval, inline or remote code: ${csp}`);
  }
  return problems;
}

export function browserProblems(m: Manifest, browser: Browser): string[] {
  const problems: string[] = [];
  if (m['manifest_version'] !== 3)
    problems.push(`manifest_version is ${String(m['manifest_version'])}, not 3`);
  const background = asRecord(m['background']);
  const gecko = asRecord(asRecord(m['browser_specific_settings'])['gecko']);
  if (browser === 'chrome') {
    if (typeof background['service_worker'] !== 'string')
      problems.push('Chrome needs background.service_worker');
    if ('scripts' in background) problems.push('Chrome build carries background.scripts');
    if ('browser_specific_settings' in m) problems.push('Chrome build carries browser_specific_settings');
  } else {
    if (asStrings(background['scripts']).length === 0) problems.push('Firefox needs background.scripts');
    if ('service_worker' in background) problems.push('Firefox build carries background.service_worker');
    const id = gecko['id'];
    if (typeof id !== 'string' || !/^([\w.-]+@[\w.-]+|\{[0-9a-f-]{36}\})$/i.test(id)) {
      problems.push(`Firefox needs browser_specific_settings.gecko.id (got ${String(id)})`);
    }
  }
  if (JSON.stringify(m).includes('{{')) problems.push('an unresolved {{browser}} prefix is left');
  return problems;
}

/** Every file path the manifest points at (icons, pages, scripts, locales, web-accessible resources). */
export function referencedFiles(m: Manifest): string[] {
  const files: string[] = [];
  const icons = (v: unknown): void =>
    void files.push(...Object.values(asRecord(v)).filter((x) => typeof x === 'string'));
  icons(m['icons']);
  const action = asRecord(m['action']);
  icons(action['default_icon']);
  if (typeof action['default_popup'] === 'string') files.push(action['default_popup']);
  const options = asRecord(m['options_ui'])['page'];
  if (typeof options === 'string') files.push(options);
  const background = asRecord(m['background']);
  if (typeof background['service_worker'] === 'string') files.push(background['service_worker']);
  files.push(...asStrings(background['scripts']));
  for (const script of Array.isArray(m['content_scripts']) ? m['content_scripts'] : []) {
    files.push(...asStrings(asRecord(script)['js']), ...asStrings(asRecord(script)['css']));
  }
  for (const entry of Array.isArray(m['web_accessible_resources']) ? m['web_accessible_resources'] : []) {
    files.push(...asStrings(asRecord(entry)['resources']).filter((r) => !r.includes('*')));
  }
  if (typeof m['default_locale'] === 'string') files.push(`_locales/${m['default_locale']}/messages.json`);
  return files;
}

/** `__MSG_name__` placeholders used by the manifest. */
export function messageKeys(m: Manifest): string[] {
  return [...JSON.stringify(m).matchAll(/__MSG_(\w+?)__/g)].map((match) => match[1] ?? '');
}
