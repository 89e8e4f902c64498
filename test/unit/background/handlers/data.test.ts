import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../../src/contracts/index.ts';
import { dismissPortal } from '../../../../src/platform/portal-dismissals.ts';
import { backgroundWithDemoSource } from '../../../support/background-fixture.ts';
import { DEMO_SOURCE_URL, demoSourceJson } from '../../../support/demo-source.ts';
import { createInMemoryBackground } from '../../../support/in-memory-background.ts';
import { SAMPLE } from '../../../support/sample-identifiers.ts';

async function populated() {
  const bg = await backgroundWithDemoSource();
  await bg.client.settingsUpdate({
    patch: { countries: ['PL'], hibpApiKey: '0123456789abcdef0123456789abcdef' },
  });
  bg.range.found(bg.demo, ['demo-lab-2026']);
  const report = await bg.client.check({ kind: 'pesel', input: SAMPLE.pesel });
  const { entry } = await bg.client.watchlistAdd({
    kind: 'pesel',
    input: SAMPLE.pesel,
    checkId: report.checkId,
  });
  await bg.client.guidanceSetStep({ findingId: entry.id, stepId: 'reserve-pesel', done: true });
  return { bg, entry };
}

describe('ui/data.*', () => {
  it('exports everything but the API key, and imports it into a fresh install', async () => {
    const { bg, entry } = await populated();
    const { file } = await bg.client.dataExport();
    expect(JSON.stringify(file)).not.toContain('0123456789abcdef');
    expect(file.settings.countries).toEqual(['PL']);
    expect(file.watchlist.map((e) => e.id)).toEqual([entry.id]);

    const fresh = createInMemoryBackground({ grantedOrigins: ['http://localhost/*'] });
    const roundTripped: unknown = JSON.parse(JSON.stringify(file));
    const { preview } = await fresh.client.dataPreviewImport({ file: roundTripped });
    expect(await fresh.client.dataImport({ file: roundTripped, confirmedChanges: preview.token })).toEqual({
      imported: { watchlist: 1, history: 1, guidance: 1 },
      sourcesAdded: 1,
      settingsChanged: 1,
    });
    const { entries } = await fresh.client.watchlistList();
    expect(entries[0]).toMatchObject({
      id: entry.id,
      hint: entry.hint,
      results: [{ last: { status: 'found' } }],
    });
    expect((await fresh.client.settingsGet()).settings).toMatchObject({
      countries: ['PL'],
      hibpApiKey: null,
    });
    expect((await fresh.client.guidanceGet({ findingId: entry.id })).progress.doneStepIds).toEqual([
      'reserve-pesel',
    ]);
    // The source came with the file, so it arrives switched off until the person looks at it.
    expect((await fresh.client.sourcesList()).sources.find((s) => s.id === 'demo-lab-2026')).toMatchObject({
      enabled: false,
    });
  });

  it.each([
    ['not JSON at all', 'hello'],
    ['another format', { format: 'other', version: 1 }],
    [
      'a truncated file',
      { format: 'exposure-check-export', version: 1, exportedAt: '2026-01-01T00:00:00.000Z' },
    ],
  ])('rejects %s and loses nothing', async (_label, file) => {
    const { bg } = await populated();
    const before = await bg.client.dataExport();
    await expect(bg.client.dataImport({ file })).rejects.toMatchObject({ code: 'import-invalid' });
    const after = await bg.client.dataExport();
    expect({ ...after.file, exportedAt: '' }).toEqual({ ...before.file, exportedAt: '' });
  });

  it('a file with one bad record changes nothing', async () => {
    const { bg } = await populated();
    const { file } = await bg.client.dataExport();
    const first = file.watchlist[0];
    if (first === undefined) throw new Error('no entry');
    const tampered = {
      ...file,
      watchlist: [
        { ...first, id: 'another' },
        { ...first, keys: 'none' },
      ],
    };
    await expect(bg.client.dataImport({ file: tampered })).rejects.toMatchObject({ code: 'import-invalid' });
    expect((await bg.client.watchlistList()).entries.map((e) => e.id)).toEqual([first.id]);
  });

  it('delete everything clears settings, stores, monitor state, portal dismissals and the badge', async () => {
    const { bg } = await populated();
    await bg.deps.badge.showCount(3);
    // A dated record of having visited a health portal: it goes too.
    await dismissPortal('alablaboratoria.pl', 'alab-2023', bg.browser.local);
    await bg.deps.monitorState.set({ consecutiveFailures: 2 });
    expect(await bg.client.dataDeleteAll()).toEqual({ deleted: true });
    expect((await bg.client.settingsGet()).settings).toEqual(defaultSettings());
    expect((await bg.client.watchlistList()).entries).toEqual([]);
    expect((await bg.client.historyList({})).records).toEqual([]);
    expect(await bg.deps.db.guidance.list()).toEqual([]);
    expect((await bg.deps.monitorState.get()).consecutiveFailures).toBe(0);
    expect(bg.browser.badge.text).toBe('');
    expect(Object.keys(await bg.browser.local.get(null)).toSorted()).toEqual(['monitor', 'settings']);
  });
});

describe('ui/guidance.*', () => {
  it('ticks and unticks steps per finding', async () => {
    const bg = createInMemoryBackground({ sourceFiles: { [DEMO_SOURCE_URL]: demoSourceJson() } });
    expect((await bg.client.guidanceGet({ findingId: 'f1' })).progress.doneStepIds).toEqual([]);
    await bg.client.guidanceSetStep({ findingId: 'f1', stepId: 'a', done: true });
    await bg.client.guidanceSetStep({ findingId: 'f1', stepId: 'b', done: true });
    await bg.client.guidanceSetStep({ findingId: 'f1', stepId: 'a', done: true });
    expect((await bg.client.guidanceGet({ findingId: 'f1' })).progress.doneStepIds).toEqual(['b', 'a']);
    await bg.client.guidanceSetStep({ findingId: 'f1', stepId: 'b', done: false });
    expect((await bg.client.guidanceGet({ findingId: 'f1' })).progress.doneStepIds).toEqual(['a']);
    expect((await bg.client.guidanceGet({ findingId: 'f2' })).progress.doneStepIds).toEqual([]);
  });
});
