// Chrome and Firefox read exactly one `_locales/<lang>/messages.json` per language. We keep the strings in
// one file per area (`src/locales/<lang>/<area>.json`) so features own their text, and merge them at build
// time. A key defined twice is a build error rather than a silent override.
export interface LocaleMessage {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
export type LocaleMessages = Record<string, LocaleMessage>;

export function mergeLocaleFiles(
  files: readonly { name: string; messages: LocaleMessages }[],
): LocaleMessages {
  const merged: LocaleMessages = {};
  const owner: Record<string, string> = {};
  for (const { name, messages } of files) {
    for (const [key, value] of Object.entries(messages)) {
      if (!/^[A-Za-z0-9_]+$/.test(key))
        throw new Error(`${name}: message key "${key}" may use only A-Z, a-z, 0-9, _`);
      const lower = key.toLowerCase(); // browsers treat message keys case-insensitively
      if (owner[lower] !== undefined)
        throw new Error(`${name}: message key "${key}" is already defined in ${owner[lower]}`);
      owner[lower] = name;
      merged[key] = value;
    }
  }
  return merged;
}
