import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import webExtension from 'vite-plugin-web-extension';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { mergeLocaleFiles, type LocaleMessages } from './src/locales/merge.ts';

const LOCALES_DIR = 'src/locales';

/** Emits `_locales/<lang>/messages.json` from the per-area files in src/locales/<lang>/. */
function localesPlugin(): Plugin {
  return {
    name: 'exposure-check-locales',
    generateBundle() {
      for (const lang of readdirSync(LOCALES_DIR, { withFileTypes: true })) {
        if (!lang.isDirectory()) continue;
        const dir = join(LOCALES_DIR, lang.name);
        const files = readdirSync(dir)
          .filter((f) => f.endsWith('.json'))
          .sort()
          .map((f) => ({
            name: join(dir, f),
            messages: JSON.parse(readFileSync(join(dir, f), 'utf8')) as LocaleMessages,
          }));
        this.emitFile({
          type: 'asset',
          fileName: `_locales/${lang.name}/messages.json`,
          source: JSON.stringify(mergeLocaleFiles(files), null, 2),
        });
      }
    },
  };
}

/**
 * End-to-end tests only: `EXPOSURE_CHECK_TEST_CATALOGUE=<file.json>` swaps the (empty) extra catalogue for a
 * test fixture, runs the portal banner on the fixture's portals too, and builds into its own folder, so
 * the test entry never reaches dist/chrome or dist/firefox.
 */
const TEST_CATALOGUE = process.env['EXPOSURE_CHECK_TEST_CATALOGUE'];
const EXTRA_CATALOGUE_MODULE = resolve('src/contracts/incidents/extra-catalogue.ts');

/** The fixture (JSON: `{ portals, incidents }`) replaces the module's empty lists; the app validates it. */
function testCatalogue(): Plugin {
  return {
    name: 'exposure-check-test-catalogue',
    enforce: 'pre',
    load(id) {
      if (TEST_CATALOGUE === undefined || id !== EXTRA_CATALOGUE_MODULE) return null;
      return `export const EXTRA_CATALOGUE = ${readFileSync(resolve(TEST_CATALOGUE), 'utf8')};`;
    },
  };
}

type PluginOptions = NonNullable<Parameters<typeof webExtension>[0]>;
type BuiltManifest = Parameters<NonNullable<PluginOptions['transformManifest']>>[0];

interface ContentScriptEntry {
  matches?: string[];
}

function withTestPortals(manifest: BuiltManifest): BuiltManifest {
  if (TEST_CATALOGUE === undefined) return manifest;
  const fixture = JSON.parse(readFileSync(resolve(TEST_CATALOGUE), 'utf8')) as {
    portals: { domain: string }[];
  };
  const extra = fixture.portals.flatMap((p) => [`https://${p.domain}/*`, `https://*.${p.domain}/*`]);
  const scripts = (manifest.content_scripts ?? []) as ContentScriptEntry[];
  for (const script of scripts) script.matches = [...(script.matches ?? []), ...extra];
  return manifest;
}

// One manifest, two browsers: `vite build --mode chrome|firefox` picks the
// `{{chrome}}.` / `{{firefox}}.` keys of manifest.json and its own output folder.
export default defineConfig(({ mode }) => {
  const browser = mode === 'firefox' ? 'firefox' : 'chrome';
  return {
    plugins: [
      testCatalogue(),
      preact(),
      localesPlugin(),
      webExtension({
        browser,
        manifest: 'manifest.json',
        // The plugin would download a JSON schema on every build; we are offline
        // and validate the manifest in test/unit/manifest.test.ts instead.
        skipManifestValidation: true,
        disableAutoLaunch: true,
        printSummary: false,
        transformManifest: withTestPortals,
      }),
    ],
    build: {
      outDir: TEST_CATALOGUE === undefined ? `dist/${browser}` : `dist/${browser}-test-catalogue`,
      emptyOutDir: true,
      // Minified: the popup must be interactive fast (docs/performance.md). Reviewers audit the sources in
      // this repository and rebuild them byte for byte (README, "Reproducible build"); EXPOSURE_CHECK_READABLE=1
      // gives the same bundle unminified for reading.
      minify: process.env['EXPOSURE_CHECK_READABLE'] !== '1',
      sourcemap: false,
    },
  };
});
