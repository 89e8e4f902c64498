import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { SOURCE_REFRESH_MAX_AGE_MS } from '../../../../src/background/sources/refresh-sources.ts';
import { demoSourceJson } from '../../../support/demo-source.ts';
import { SAMPLE } from '../../../support/sample-identifiers.ts';
import { renderOptions } from '../support/render-options.tsx';
import { testBackground } from '../support/render-page.tsx';

const URL_A = 'http://localhost:8790/source.json';
const URL_B = 'http://localhost:8790/b/source.json';
const json = (overrides: Record<string, unknown> = {}) =>
  demoSourceJson({ id: 'custom-lab-2026', name: 'Custom lab (synthetic)', ...overrides });

describe('options: source changes and overlaps', () => {
  it('shows a salt change held for confirmation and adopts it on the click', async () => {
    const background = testBackground({
      sourceFiles: { [URL_A]: json() },
      grantedOrigins: ['http://localhost/*'],
      grantOnRequest: true,
    });
    await background.client.sourcesAdd({ url: URL_A });
    background.sourceFiles.set(
      URL_A,
      json({ hash: { algorithm: 'pbkdf2-sha256', iterations: 1000, salt: 'bmV3c2FsdG5ld3NhbHRuZXc' } }),
    );
    background.clock.advance(SOURCE_REFRESH_MAX_AGE_MS);
    await background.client.check({ kind: 'pesel', input: SAMPLE.pesel });

    renderOptions('', { background });
    const item = await screen.findByRole('listitem', { name: /Custom lab \(synthetic\)/ });
    expect(within(item).getByText('This source changed how it hashes identifiers')).toBeTruthy();
    expect(within(item).getByText(/changes the salt\. Until you confirm, nothing is checked/)).toBeTruthy();
    fireEvent.click(within(item).getByRole('button', { name: 'Confirm the change' }));
    expect(await screen.findByText('Custom lab (synthetic) now uses its new description.')).toBeTruthy();
    await waitFor(() =>
      expect(within(item).queryByText('This source changed how it hashes identifiers')).toBeNull(),
    );
    const stored = (await background.deps.settings.get()).customSources[0];
    expect(stored?.descriptor.hash).toMatchObject({ salt: 'bmV3c2FsdG5ld3NhbHRuZXc' });
    expect(stored?.pendingChange).toBeUndefined();
  });

  it('warns in the preview when a source of the same publisher already covers the kind', async () => {
    const background = testBackground({
      sourceFiles: {
        [URL_A]: json(),
        [URL_B]: json({ id: 'custom-lab-second', name: 'Second lab', kinds: ['pesel'] }),
      },
      grantedOrigins: ['http://localhost/*'],
    });
    await background.client.sourcesAdd({ url: URL_A });
    renderOptions('', { background });
    fireEvent.input(await screen.findByLabelText('Address of the source’s source.json'), {
      target: { value: URL_B },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Preview' }));
    const preview = await screen.findByRole('region', { name: 'Preview: Second lab' });
    expect(
      within(preview).getByText(
        /^Custom lab \(synthetic\) comes from the same publisher and also covers PESEL/,
      ),
    ).toBeTruthy();
  });
});
