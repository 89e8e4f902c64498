import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  browserProblems,
  cspProblems,
  messageKeys,
  permissionProblems,
  referencedFiles,
  resolveForBrowser,
  type Browser,
  type Manifest,
} from './manifest-rules.ts';

// Two layers: the source manifest as the build plugin will resolve it (always, no build needed), and the
// built manifests in dist/ (only when a build at least as new as manifest.json exists; `npm test` and CI
// build first, so there they always run; under CI a missing or stale build fails instead of skipping).

const root = join(import.meta.dirname, '../..');
const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));
const source = readJson(join(root, 'manifest.json'));
const pkg = readJson(join(root, 'package.json')) as { version: string };
const browsers: Browser[] = ['chrome', 'firefox'];

function sourceMessageKeys(): string[] {
  const dir = join(root, 'src/locales/en');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .flatMap((f) => Object.keys(readJson(join(dir, f)) as object));
}

/** The build turns `src/…/x.ts` entry points into `src/…/x.js`; HTML pages keep their paths. */
const mapPaths = (v: unknown): unknown =>
  JSON.parse(JSON.stringify(v).replace(/(src\/[\w/.-]+)\.tsx?"/g, '$1.js"'));

function builtState(browser: Browser): 'fresh' | 'missing' | 'stale' {
  const built = join(root, 'dist', browser, 'manifest.json');
  if (!existsSync(built)) return 'missing';
  return statSync(built).mtimeMs >= statSync(join(root, 'manifest.json')).mtimeMs ? 'fresh' : 'stale';
}

describe.each(browsers)('manifest.json resolved for %s', (browser) => {
  const m = resolveForBrowser(source, browser) as Manifest;

  it('is MV3 with the background and id this browser needs', () => {
    expect(browserProblems(m, browser)).toEqual([]);
  });

  it('asks for exactly the justified permissions, nothing broad', () => {
    expect(permissionProblems(m)).toEqual([]);
  });

  it('allows no eval, inline or remote script', () => {
    expect(cspProblems(m)).toEqual([]);
  });

  it('has the version of package.json', () => {
    expect(m['version']).toBe(pkg.version);
  });

  it('points only at source files that exist, and messages that are defined', () => {
    const missing = referencedFiles(m)
      .filter((f) => !f.startsWith('_locales/'))
      .filter((f) => !existsSync(join(root, f)) && !existsSync(join(root, 'public', f)));
    expect(missing).toEqual([]);
    const defined = new Set(sourceMessageKeys().map((k) => k.toLowerCase()));
    expect(messageKeys(m).filter((k) => !defined.has(k.toLowerCase()))).toEqual([]);
  });
});

describe.each(browsers)('built manifest in dist/%s', (browser) => {
  const state = builtState(browser);
  const dir = join(root, 'dist', browser);
  const run = state === 'fresh' || process.env['CI'] !== undefined;

  it.runIf(run)('exists and is at least as new as manifest.json (else run `npm run build`)', () => {
    expect(state).toBe('fresh');
  });

  it.runIf(state === 'fresh')('is the source manifest with source paths turned into built ones', () => {
    expect(readJson(join(dir, 'manifest.json'))).toEqual(mapPaths(resolveForBrowser(source, browser)));
  });

  it.runIf(state === 'fresh')('passes the same policy checks and references only files in the build', () => {
    const m = readJson(join(dir, 'manifest.json')) as Manifest;
    expect([...browserProblems(m, browser), ...permissionProblems(m), ...cspProblems(m)]).toEqual([]);
    expect(referencedFiles(m).filter((f) => !existsSync(join(dir, f)))).toEqual([]);
    const messages = readJson(join(dir, '_locales/en/messages.json')) as object;
    const defined = new Set(Object.keys(messages).map((k) => k.toLowerCase()));
    expect(messageKeys(m).filter((k) => !defined.has(k.toLowerCase()))).toEqual([]);
  });
});

// Each check must be able to fail, or the green tests above prove nothing.
describe('the manifest checks flag bad manifests', () => {
  const good = resolveForBrowser(source, 'chrome') as Manifest;
  const bad = (patch: Manifest): Manifest => ({ ...good, ...patch });

  it.each([
    ['an extra permission', bad({ permissions: ['storage', 'alarms', 'notifications', 'tabs'] }), 'tabs'],
    ['a missing permission', bad({ permissions: ['storage', 'alarms'] }), 'expected'],
    ['<all_urls> hosts', bad({ host_permissions: ['<all_urls>'] }), '<all_urls>'],
    ['optional <all_urls>', bad({ optional_host_permissions: ['<all_urls>'] }), '<all_urls>'],
    [
      'a content script on every site',
      bad({ content_scripts: [{ matches: ['https://*/*'], js: ['a.js'] }] }),
      'every host',
    ],
  ])('permissions: %s', (_name, m, expected) => {
    expect(permissionProblems(m).join('\n')).toContain(expected);
  });

  it.each([
    ["script-src 'self' 'unsafe-eval'", 'unsafe-eval'],
    ["script-src 'self' https://cdn.example.com", 'https://cdn.example.com'],
    ["object-src 'self'", 'no script-src'],
    ["script-src 'self'; object-src *", 'object-src'],
  ])('CSP: %s', (csp, expected) => {
    const m = bad({ content_security_policy: { extension_pages: csp } });
    expect(cspProblems(m).join('\n')).toContain(expected);
  });

  it('browser rules: Chrome without a worker, Firefox without gecko id or scripts, MV2', () => {
    expect(browserProblems(bad({ background: { scripts: ['a.js'] } }), 'chrome').join()).toContain(
      'service_worker',
    );
    const firefox = resolveForBrowser(source, 'firefox') as Manifest;
    expect(browserProblems({ ...firefox, browser_specific_settings: {} }, 'firefox').join()).toContain(
      'gecko.id',
    );
    expect(
      browserProblems({ ...firefox, background: { service_worker: 'a.js' } }, 'firefox').join(),
    ).toContain('background.scripts');
    expect(browserProblems(bad({ manifest_version: 2 }), 'chrome').join()).toContain('not 3');
  });

  it('resolves browser prefixes the way the build plugin does', () => {
    const raw = { a: 1, '{{chrome}}.b': 2, '{{firefox}}.c': 3, list: ['x', '{{chrome}}.y', '{{firefox}}.z'] };
    expect(resolveForBrowser(raw, 'chrome')).toEqual({ a: 1, b: 2, list: ['x', 'y'] });
    expect(resolveForBrowser(raw, 'firefox')).toEqual({ a: 1, c: 3, list: ['x', 'z'] });
  });

  it('lists referenced files, including scripts and locales', () => {
    const files = referencedFiles(
      bad({ content_scripts: [{ matches: ['https://alab.pl/*'], js: ['src/content/index.ts'] }] }),
    );
    expect(files).toEqual(
      expect.arrayContaining([
        'icons/icon-16.png',
        'src/ui/popup/index.html',
        'src/content/index.ts',
        '_locales/en/messages.json',
      ]),
    );
  });
});
