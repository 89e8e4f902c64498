import { describe, expect, it } from 'vitest';
import { IMPORTABLE_SETTING_FIELDS, exportedSettingsSchema } from '../../../../src/contracts/index.ts';
import { PWNED_PASSWORDS_SOURCE_ID } from '../../../../src/core/index.ts';
import { DEMO_SOURCE_URL, demoSourceJson } from '../../../support/demo-source.ts';
import { createInMemoryBackground } from '../../../support/in-memory-background.ts';
import { SAMPLE } from '../../../support/sample-identifiers.ts';

/** The file from the audit: a never-previewed source, switched on, and three protections switched off. */
async function hostileFile() {
  const origin = createInMemoryBackground({
    grantedOrigins: ['http://localhost/*'],
    sourceFiles: { [DEMO_SOURCE_URL]: demoSourceJson() },
  });
  await origin.client.sourcesAdd({ url: DEMO_SOURCE_URL });
  const { file } = await origin.client.dataExport();
  const tampered = JSON.parse(JSON.stringify(file)) as typeof file;
  tampered.settings = {
    ...tampered.settings,
    notifications: false,
    monitoringEnabled: false,
    portalWarnings: false,
    countries: ['FR'],
    builtInSources: { [PWNED_PASSWORDS_SOURCE_ID]: { enabled: true } },
    customSources: (tampered.settings.customSources ?? []).map((c) => ({ ...c, enabled: true })),
  };
  return tampered as unknown;
}

async function personWhoSwitchedPwnedPasswordsOff() {
  const bg = createInMemoryBackground({ grantedOrigins: ['http://localhost/*'] });
  await bg.client.sourcesSetEnabled({ id: PWNED_PASSWORDS_SOURCE_ID, enabled: false });
  await bg.client.settingsUpdate({ patch: { countries: ['PL'] } });
  return bg;
}

describe('importing a settings file needs the person’s consent', () => {
  it('a plain import changes no setting, and its sources arrive switched off', async () => {
    const bg = await personWhoSwitchedPwnedPasswordsOff();
    const before = (await bg.client.settingsGet()).settings;
    await bg.client.dataImport({ file: await hostileFile() });
    const after = (await bg.client.settingsGet()).settings;
    expect(after).toMatchObject({
      notifications: before.notifications,
      monitoringEnabled: before.monitoringEnabled,
      portalWarnings: before.portalWarnings,
      countries: ['PL'],
    });
    const sources = (await bg.client.sourcesList()).sources;
    expect(sources.find((s) => s.id === PWNED_PASSWORDS_SOURCE_ID)?.enabled).toBe(false);
    expect(sources.find((s) => s.id === 'demo-lab-2026')).toMatchObject({ enabled: false });
    // The next check sends nothing to the imported source.
    await bg.client.check({ kind: 'email', input: SAMPLE.email }).catch(() => undefined);
    expect(bg.range.calls.flat().some((key) => key.sourceId === 'demo-lab-2026')).toBe(false);
  });

  it('the preview lists every setting it would change and every source it would add', async () => {
    const bg = await personWhoSwitchedPwnedPasswordsOff();
    const { preview } = await bg.client.dataPreviewImport({ file: await hostileFile() });
    expect(preview.settings.map((c) => c.field).toSorted()).toEqual(
      ['countries', 'monitoringEnabled', 'notifications', 'portalWarnings'].toSorted(),
    );
    expect(preview.settings.find((c) => c.field === 'countries')).toEqual({
      field: 'countries',
      from: ['PL'],
      to: ['FR'],
    });
    expect(preview.addedSources).toEqual([
      expect.objectContaining({ id: 'demo-lab-2026', url: DEMO_SOURCE_URL, kinds: ['pesel', 'email'] }),
    ]);
    // An import never switches a source on: Pwned Passwords stays off and is not offered as a change.
    expect(JSON.stringify(preview)).not.toContain(PWNED_PASSWORDS_SOURCE_ID);
    // A preview changes nothing.
    expect((await bg.client.settingsGet()).settings.countries).toEqual(['PL']);
    expect((await bg.client.sourcesList()).sources.map((s) => s.id)).not.toContain('demo-lab-2026');
  });

  it('with the preview confirmed, the listed settings change and sources still arrive off', async () => {
    const bg = await personWhoSwitchedPwnedPasswordsOff();
    const file = await hostileFile();
    const { preview } = await bg.client.dataPreviewImport({ file });
    await bg.client.dataImport({ file, confirmedChanges: preview.token });
    const { settings } = await bg.client.settingsGet();
    expect(settings).toMatchObject({ notifications: false, monitoringEnabled: false, countries: ['FR'] });
    const sources = (await bg.client.sourcesList()).sources;
    expect(sources.find((s) => s.id === PWNED_PASSWORDS_SOURCE_ID)?.enabled).toBe(false);
    expect(sources.find((s) => s.id === 'demo-lab-2026')?.enabled).toBe(false);
  });

  it('a confirmation for other changes than the file now makes is refused, and nothing changes', async () => {
    const bg = await personWhoSwitchedPwnedPasswordsOff();
    const file = await hostileFile();
    const { preview } = await bg.client.dataPreviewImport({ file });
    await bg.client.settingsUpdate({ patch: { countries: ['DK'] } });
    await expect(bg.client.dataImport({ file, confirmedChanges: preview.token })).rejects.toMatchObject({
      code: 'import-invalid',
    });
    expect((await bg.client.settingsGet()).settings).toMatchObject({
      countries: ['DK'],
      notifications: true,
    });
    expect((await bg.client.sourcesList()).sources.map((s) => s.id)).not.toContain('demo-lab-2026');
  });

  /** A value for each field that differs from the defaults. */
  const CHANGED = {
    countries: ['DK'],
    nationalIdKinds: ['cpr'],
    phoneRegion: 'DK',
    monitoringEnabled: false,
    monitoringIntervalMinutes: 120,
    notifications: false,
    portalWarnings: false,
    countryAsked: true,
  } as const;

  it('every setting an export can carry is a previewed change', () => {
    const fields = Object.keys(exportedSettingsSchema.shape).filter(
      (f) => f !== 'builtInSources' && f !== 'customSources',
    );
    expect(fields.toSorted()).toEqual([...IMPORTABLE_SETTING_FIELDS].toSorted());
    expect(Object.keys(CHANGED).toSorted()).toEqual(fields.toSorted());
  });

  it.each(IMPORTABLE_SETTING_FIELDS)('%s changes only through the confirmed preview', async (field) => {
    const origin = createInMemoryBackground();
    const { file } = await origin.client.dataExport();
    const tampered = { ...file, settings: { [field]: CHANGED[field] } } as unknown;
    const bg = createInMemoryBackground();
    const before = (await bg.client.settingsGet()).settings;
    expect(await bg.client.dataImport({ file: tampered })).toMatchObject({ settingsChanged: 0 });
    expect((await bg.client.settingsGet()).settings).toEqual(before);
    const { preview } = await bg.client.dataPreviewImport({ file: tampered });
    expect(preview.settings).toEqual([{ field, from: before[field], to: CHANGED[field] }]);
    await bg.client.dataImport({ file: tampered, confirmedChanges: preview.token });
    expect((await bg.client.settingsGet()).settings).toEqual({ ...before, [field]: CHANGED[field] });
  });

  it('a file cannot carry the HIBP key or search mode, nor switch a built-in source on', async () => {
    const bg = await personWhoSwitchedPwnedPasswordsOff();
    const { file } = await bg.client.dataExport();
    for (const extra of [
      { hibpApiKey: '0123456789abcdef0123456789abcdef' },
      { hibpSearchMode: 'plaintext' },
    ]) {
      await expect(
        bg.client.dataPreviewImport({ file: { ...file, settings: { ...file.settings, ...extra } } }),
      ).rejects.toMatchObject({ code: 'import-invalid' });
    }
    const switchOn = {
      ...file,
      settings: { builtInSources: { [PWNED_PASSWORDS_SOURCE_ID]: { enabled: true } } },
    };
    const { preview } = await bg.client.dataPreviewImport({ file: switchOn });
    await bg.client.dataImport({ file: switchOn, confirmedChanges: preview.token });
    const sources = (await bg.client.sourcesList()).sources;
    expect(sources.find((s) => s.id === PWNED_PASSWORDS_SOURCE_ID)?.enabled).toBe(false);
  });
});
