import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleSize {
  files: string[];
  rawBytes: number;
  /** Sum of each file gzipped on its own (level 9), as a server or store would send them. */
  gzipBytes: number;
}

// Minified output writes `import{a}from"./x.js"`: no space is required around `from`.
const STATIC_IMPORT = /(?:^|[;\n}])\s*(?:import|export)\s*(?:[^'"`;()]*?from\s*)?["']([^"']+)["']/g;

/** The file and every file it imports statically (relative specifiers), depth first, each once. */
function staticClosure(root: string, entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry) || !existsSync(join(root, entry))) return seen;
  seen.add(entry);
  const text = readFileSync(join(root, entry), 'utf8');
  for (const match of text.matchAll(STATIC_IMPORT)) {
    const spec = match[1] as string;
    if (!spec.startsWith('.') && !spec.startsWith('/')) continue;
    const target = spec.startsWith('/') ? spec.slice(1) : normalize(join(dirname(entry), spec));
    staticClosure(root, target, seen);
  }
  return seen;
}

/** Script and modulepreload files an HTML page loads, relative to the extension root. */
function pageScripts(root: string, htmlPath: string): string[] {
  const html = readFileSync(join(root, htmlPath), 'utf8');
  const refs = [
    ...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g),
    ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
  ];
  return refs.map((m) => {
    const ref = m[1] as string;
    return ref.startsWith('/') ? ref.slice(1) : relative(root, join(root, dirname(htmlPath), ref));
  });
}

export function measureFiles(root: string, files: Iterable<string>): BundleSize {
  const list = [...new Set(files)].filter((f) => f.endsWith('.js') && existsSync(join(root, f)));
  let rawBytes = 0;
  let gzipBytes = 0;
  for (const file of list) {
    const bytes = readFileSync(join(root, file));
    rawBytes += bytes.length;
    gzipBytes += gzipSync(bytes, { level: 9 }).length;
  }
  return { files: list, rawBytes, gzipBytes };
}

interface BuiltManifest {
  action?: { default_popup?: string };
  background?: { service_worker?: string; scripts?: string[] };
  content_scripts?: { js?: string[] }[];
}

/**
 * Pages await webextension-polyfill before their first render (the translator reads browser.i18n through
 * it), so its chunk counts as up front although it is imported dynamically.
 */
function awaitedBeforeRender(root: string): string[] {
  return readdirSync(root).filter((file) => /^browser-polyfill[\w-]*\.js$/.test(file));
}

/**
 * JavaScript each part of the built extension loads up front: static imports, plus for pages the chunk
 * awaited before the first render; chunks loaded after it (detection, contracts, answer views) excluded.
 */
export function extensionBundles(root: string) {
  const manifest = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8')) as BuiltManifest;
  const closure = (entries: string[]) => {
    const seen = new Set<string>();
    for (const entry of entries) staticClosure(root, entry, seen);
    return measureFiles(root, seen);
  };
  const popupHtml = manifest.action?.default_popup;
  const worker = manifest.background?.service_worker ?? manifest.background?.scripts?.[0];
  return {
    popupHtml,
    popup:
      popupHtml === undefined
        ? undefined
        : closure([...pageScripts(root, popupHtml), ...awaitedBeforeRender(root)]),
    background: worker === undefined ? undefined : closure([worker]),
    content: closure((manifest.content_scripts ?? []).flatMap((c) => c.js ?? [])),
  };
}
