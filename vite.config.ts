import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import webExtension from 'vite-plugin-web-extension';

// One manifest, two browsers: `vite build --mode chrome|firefox` picks the
// `{{chrome}}.` / `{{firefox}}.` keys of manifest.json and its own output folder.
export default defineConfig(({ mode }) => {
  const browser = mode === 'firefox' ? 'firefox' : 'chrome';
  return {
    plugins: [
      preact(),
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
      // Readable output: reviewers of a privacy extension should be able to audit the bundle.
      minify: false,
      sourcemap: false,
    },
  };
});
