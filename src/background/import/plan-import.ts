import {
  IMPORTABLE_SETTING_FIELDS,
  type ExportFile,
  type ImportPreview,
  type Settings,
} from '../../contracts/index.ts';
import { ownValue, toHex, withOwnValue, type SourceDescriptor } from '../../core/index.ts';

export interface ImportPlan {
  preview: ImportPreview;
  /** Records are merged, new sources added switched off; no setting changes. */
  withoutSettings(current: Settings): Settings;
  /** The above plus exactly the setting changes and switch-offs the preview lists. */
  withSettings(current: Settings): Settings;
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

async function digest(value: unknown): Promise<string> {
  const bytes = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(JSON.stringify(value)));
  return toHex(bytes).toLowerCase();
}

/**
 * What a valid export file would change against the current settings. The rules: a source that is not
 * configured yet is added switched off; an import never switches a source on (a built-in source may only
 * be switched off, as a listed change); every other setting is a listed change, applied only when the
 * person confirms the list.
 */
export async function planImport(
  current: Settings,
  file: ExportFile,
  builtIns: readonly SourceDescriptor[],
): Promise<ImportPlan> {
  const imported = file.settings;
  const settings = IMPORTABLE_SETTING_FIELDS.flatMap((field) => {
    const to = imported[field];
    return to === undefined || same(to, current[field]) ? [] : [{ field, from: current[field], to }];
  });
  const switchedOff = builtIns.flatMap((source) => {
    const wanted = ownValue(imported.builtInSources ?? {}, source.id);
    const now = ownValue(current.builtInSources, source.id)?.enabled ?? true;
    return wanted?.enabled === false && now ? [{ id: source.id, name: source.name }] : [];
  });
  const known = new Set([...current.customSources.map((c) => c.descriptor.id), ...builtIns.map((b) => b.id)]);
  const added = (imported.customSources ?? []).filter((c, i, all) => {
    const id = c.descriptor.id;
    return !known.has(id) && all.findIndex((other) => other.descriptor.id === id) === i;
  });
  const counts = {
    watchlist: file.watchlist.length,
    history: file.history.length,
    guidance: file.guidance.length,
  };
  const addedSources = added.map((c) => ({
    id: c.descriptor.id,
    name: c.descriptor.name,
    publisher: c.descriptor.publisher,
    url: c.url,
    kinds: c.descriptor.kinds,
  }));
  const token = await digest({ settings, switchedOff, addedSources, counts });

  const withoutSettings = (base: Settings): Settings => {
    const present = new Set(base.customSources.map((c) => c.descriptor.id));
    const fresh = added.filter((c) => !present.has(c.descriptor.id)).map((c) => ({ ...c, enabled: false }));
    return { ...base, customSources: [...base.customSources, ...fresh] };
  };
  const withSettings = (base: Settings): Settings => {
    let next = withoutSettings(base);
    for (const change of settings) next = { ...next, [change.field]: change.to };
    for (const { id } of switchedOff) {
      next = {
        ...next,
        builtInSources: withOwnValue<{ enabled: boolean }>(next.builtInSources, id, { enabled: false }),
      };
    }
    return next;
  };
  return { preview: { counts, settings, switchedOff, addedSources, token }, withoutSettings, withSettings };
}
