import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import webExtension from 'vite-plugin-web-extension';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
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

// One manifest, two browsers: `vite build --mode chrome|firefox` picks the
// `{{chrome}}.` / `{{firefox}}.` keys of manifest.json and its own output folder.
export default defineConfig(({ mode }) => {
  const browser = mode === 'firefox' ? 'firefox' : 'chrome';
  return {
    plugins: [
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
      }),
    ],
    build: {
      outDir: `dist/${browser}`,
      emptyOutDir: true,
      // Minified: the popup must be interactive fast (docs/performance.md). Reviewers audit the sources in
      // this repository and rebuild them byte for byte (README, "Reproducible build"); EXPOSURE_CHECK_READABLE=1
      // gives the same bundle unminified for reading.
      minify: process.env['EXPOSURE_CHECK_READABLE'] !== '1',
      sourcemap: false,
    },
  };
});
