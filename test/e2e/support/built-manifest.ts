import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Extension pages named by a built manifest, as paths inside the extension. */
export interface ManifestPages {
  popup: string;
  options: string;
}

export async function manifestPages(extensionDir: string): Promise<ManifestPages> {
  const text = await readFile(join(extensionDir, 'manifest.json'), 'utf8').catch((error: unknown) => {
    throw new Error(`no built extension in ${extensionDir}: run \`npm run build\` first`, { cause: error });
  });
  const manifest = JSON.parse(text) as {
    action?: { default_popup?: string };
    options_ui?: { page?: string };
  };
  const popup = manifest.action?.default_popup;
  const options = manifest.options_ui?.page;
  if (popup === undefined || options === undefined) {
    throw new Error(`${extensionDir}/manifest.json names no action popup or options page`);
  }
  return { popup, options };
}
