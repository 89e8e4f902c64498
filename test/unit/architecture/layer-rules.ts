// The layer rules of docs/architecture.md, as code, so the test and the doc cannot drift.
export type Layer = 'core' | 'contracts' | 'platform' | 'background' | 'content' | 'ui' | 'publisher';

/** Which layers each layer may import from (itself included). */
export const ALLOWED_IMPORTS: Record<Layer, readonly Layer[]> = {
  core: ['core'],
  contracts: ['contracts', 'core'],
  platform: ['platform', 'contracts', 'core'],
  background: ['background', 'platform', 'contracts', 'core'],
  content: ['content', 'platform', 'contracts', 'core'],
  ui: ['ui', 'platform', 'contracts', 'core'],
  publisher: ['publisher', 'contracts', 'core'],
};

/** Globals and modules that mean "this code touches a browser, the DOM or Node": forbidden in core. */
export const CORE_FORBIDDEN: readonly { pattern: RegExp; why: string }[] = [
  { pattern: /\bchrome\s*\./, why: 'extension API (chrome.*)' },
  { pattern: /\bbrowser\s*\./, why: 'extension API (browser.*)' },
  { pattern: /\bwindow\b/, why: 'DOM global window' },
  { pattern: /\bdocument\s*\./, why: 'DOM global document' },
  { pattern: /\b(localStorage|sessionStorage|indexedDB)\b/, why: 'browser storage' },
  { pattern: /\bnavigator\s*\./, why: 'navigator' },
  { pattern: /\bprocess\s*\./, why: 'Node global process' },
  { pattern: /\brequire\s*\(/, why: 'CommonJS require' },
  { pattern: /from\s+['"]node:/, why: 'Node built-in module' },
  { pattern: /from\s+['"](webextension-polyfill|idb|preact[^'"]*)['"]/, why: 'a platform/UI library' },
];

export function layerOf(relPath: string): Layer | undefined {
  const m = /^src\/([a-z]+)\//.exec(relPath.replaceAll('\\', '/'));
  const top = m?.[1];
  if (top === undefined) return undefined;
  return (Object.keys(ALLOWED_IMPORTS) as Layer[]).includes(top as Layer) ? (top as Layer) : undefined;
}

/** Relative import specifiers in a source file (static, dynamic and re-exports). */
export function importSpecifiers(source: string): string[] {
  const found: string[] = [];
  const re =
    /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|import\s+['"]([^'"]+)['"]/g;
  for (const m of source.matchAll(re)) {
    const spec = m[1] ?? m[2] ?? m[3];
    if (spec !== undefined) found.push(spec);
  }
  return found;
}

/** Strip comments so that prose like "no window here" does not trip the globals scan. */
export function withoutComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

export function violations(
  relPath: string,
  source: string,
  resolve: (fromRel: string, spec: string) => string,
): string[] {
  const layer = layerOf(relPath);
  if (layer === undefined) return [];
  const problems: string[] = [];
  for (const spec of importSpecifiers(source)) {
    if (!spec.startsWith('.')) continue;
    const target = layerOf(resolve(relPath, spec));
    if (target !== undefined && !ALLOWED_IMPORTS[layer].includes(target)) {
      problems.push(`${relPath}: ${layer} must not import ${target} (${spec})`);
    }
  }
  // zod is used through src/core/zod.ts only, which switches off its `new Function` fast path.
  if (
    relPath !== 'src/core/zod.ts' &&
    importSpecifiers(source).some((s) => s === 'zod' || s.startsWith('zod/'))
  ) {
    problems.push(`${relPath}: import zod from src/core/zod.ts, not directly`);
  }
  if (layer === 'core') {
    const code = withoutComments(source);
    for (const { pattern, why } of CORE_FORBIDDEN) {
      if (pattern.test(code)) problems.push(`${relPath}: core uses ${why}`);
    }
  }
  return problems;
}
