import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { renderOptions } from '../support/render-options.tsx';
import { testBackground } from '../support/render-page.tsx';

const VALID_PESEL = '44051401359';
const dataStatus = () => within(screen.getByRole('region', { name: 'Your data' })).getAllByRole('status')[0]!;

/** A background with one watched PESEL, one check in history and one ticked guidance step. */
async function backgroundWithData() {
  const background = testBackground();
  await background.client.settingsUpdate({ patch: { countries: ['PL'] } });
  const report = await background.client.check({ kind: 'pesel', input: VALID_PESEL });
  await background.client.watchlistAdd({ kind: 'pesel', input: VALID_PESEL, checkId: report.checkId });
  await background.client.guidanceSetStep({
    findingId: report.checkId,
    stepId: 'pl-reserve-pesel',
    done: true,
  });
  return background;
}

function pickFile(text: string, name = 'export.json') {
  const input = screen.getByLabelText('Import from a file') as HTMLInputElement;
  Object.defineProperty(input, 'files', {
    value: [new File([text], name, { type: 'application/json' })],
    configurable: true,
  });
  fireEvent.change(input);
}

describe('options: your data', () => {
  it('exports everything as JSON and imports it back', async () => {
    const background = await backgroundWithData();
    const { saved } = renderOptions('', { background });
    fireEvent.click(await screen.findByRole('button', { name: 'Export all data' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]?.name).toBe('exposure-check-2026-01-15.json');
    expect(saved[0]?.text).not.toContain(VALID_PESEL);
    expect(dataStatus().textContent).toBe(
      'Exported. Watched identifiers: 1, checks in history: 1, guidance progress records: 1.',
    );

    await background.client.dataDeleteAll();
    expect((await background.client.watchlistList()).entries).toHaveLength(0);

    pickFile(saved[0]?.text ?? '');
    // Nothing is imported before the person has seen what changes.
    const preview = await screen.findByRole('group', { name: 'What importing this file changes' });
    expect(within(preview).getByText('Countries: none → Poland')).toBeTruthy();
    expect((await background.client.watchlistList()).entries).toHaveLength(0);
    fireEvent.click(within(preview).getByRole('button', { name: 'Import' }));
    await waitFor(() =>
      expect(dataStatus().textContent).toBe(
        'Imported. Watched identifiers: 1, checks in history: 1, guidance progress records: 1.',
      ),
    );
    expect((await background.client.watchlistList()).entries.map((e) => e.kind)).toEqual(['pesel']);
    expect((await background.client.settingsGet()).settings.countries).toEqual(['PL']);
    // The page reloaded its settings: Poland is ticked again.
    await waitFor(() =>
      expect((screen.getByRole('checkbox', { name: 'Poland' }) as HTMLInputElement).checked).toBe(true),
    );
  });

  it('says what the file can reveal and leaves watched passwords out unless asked', async () => {
    const background = await backgroundWithData();
    await background.client.watchlistAdd({
      kind: 'password',
      input: 'correct horse battery staple 1',
      monitorPassword: true,
    });
    const { saved } = renderOptions('', { background });
    const data = within(await screen.findByRole('region', { name: 'Your data' }));
    expect(data.getByText(/holds the password's SHA-1 hash/)).toBeTruthy();
    expect(data.getByText(/test guesses against offline with the source's published salt/)).toBeTruthy();
    const leaveOut = data.getByRole('checkbox', { name: 'Leave watched passwords out of the file' });
    expect((leaveOut as HTMLInputElement).checked).toBe(true);

    fireEvent.click(data.getByRole('button', { name: 'Export all data' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]?.text).not.toContain('"password"');
    expect(dataStatus().textContent).toMatch(/Watched identifiers: 1,.*Watched passwords left out: 1\.$/);

    fireEvent.click(leaveOut);
    fireEvent.click(data.getByRole('button', { name: 'Export all data' }));
    await waitFor(() => expect(saved).toHaveLength(2));
    expect(saved[1]?.text).toContain('"kind": "password"');
    expect(dataStatus().textContent).toMatch(/Watched identifiers: 2,/);
  });

  it('a bad file changes nothing and says why', async () => {
    const background = await backgroundWithData();
    renderOptions('', { background });
    await screen.findByRole('button', { name: 'Export all data' });
    const before = await background.client.dataExport();

    pickFile('{"format": "exposure-check-export", "version": 1, "watchlist": "nope"}');
    await waitFor(() =>
      expect(dataStatus().textContent).toMatch(/not a valid Exposure Check export.*Nothing was changed\./),
    );

    pickFile('this is not json', 'notes.txt');
    await waitFor(() =>
      expect(dataStatus().textContent).toBe(
        'This file is not JSON, so it cannot be an Exposure Check export. Nothing was changed.',
      ),
    );
    const after = await background.client.dataExport();
    expect(after.file).toEqual(before.file);
  });

  it('a cancelled preview imports nothing', async () => {
    const background = await backgroundWithData();
    const { saved } = renderOptions('', { background });
    fireEvent.click(await screen.findByRole('button', { name: 'Export all data' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    await background.client.dataDeleteAll();
    pickFile(saved[0]?.text ?? '');
    const preview = await screen.findByRole('group', { name: 'What importing this file changes' });
    fireEvent.click(within(preview).getByRole('button', { name: 'Cancel' }));
    expect(screen.getByLabelText('Import from a file')).toBeTruthy();
    expect((await background.client.watchlistList()).entries).toHaveLength(0);
    expect((await background.client.settingsGet()).settings.countries).toEqual([]);
  });

  it('deletes everything after a confirmation that names what goes', async () => {
    const background = await backgroundWithData();
    renderOptions('', { background });
    fireEvent.click(await screen.findByRole('button', { name: 'Delete everything…' }));
    const question = await screen.findByRole('group', {
      name: 'Delete everything Exposure Check keeps on this device?',
    });
    expect(within(question).getByText('watched identifiers: 1')).toBeTruthy();
    expect(within(question).getByText('checks in your history: 1')).toBeTruthy();
    expect(within(question).getByText(/countries, sources you added and the API key/)).toBeTruthy();
    // Asking deleted nothing.
    expect((await background.client.watchlistList()).entries).toHaveLength(1);

    fireEvent.click(within(question).getByRole('button', { name: 'Delete everything' }));
    expect(
      await screen.findByText('Everything was deleted. Settings are back to their defaults.'),
    ).toBeTruthy();
    expect((await background.client.watchlistList()).entries).toHaveLength(0);
    expect((await background.client.historyList()).records).toHaveLength(0);
    expect((await background.client.settingsGet()).settings.countries).toEqual([]);
    await waitFor(() =>
      expect((screen.getByRole('checkbox', { name: 'Poland' }) as HTMLInputElement).checked).toBe(false),
    );
  });

  it('deletes nothing when the confirmation is cancelled', async () => {
    const background = await backgroundWithData();
    renderOptions('', { background });
    fireEvent.click(await screen.findByRole('button', { name: 'Delete everything…' }));
    const question = await screen.findByRole('group', { name: /^Delete everything/ });
    fireEvent.click(within(question).getByRole('button', { name: 'Cancel' }));
    expect(screen.getByRole('button', { name: 'Delete everything…' })).toBeTruthy();
    expect((await background.client.watchlistList()).entries).toHaveLength(1);
  });
});
