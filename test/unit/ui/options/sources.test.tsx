import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { demoSourceJson } from '../../../support/demo-source.ts';
import { renderOptions } from '../support/render-options.tsx';
import { testBackground } from '../support/render-page.tsx';

const CUSTOM_URL = 'http://localhost:8790/source.json';
const customJson = () =>
  demoSourceJson({ id: 'custom-lab-2026', name: 'Custom lab (synthetic)', publisher: 'Custom publisher' });

const addAlert = () => within(screen.getByRole('region', { name: 'Add a source' })).getByRole('alert');
const urlField = () =>
  screen.findByLabelText('Address of the source’s source.json') as Promise<HTMLInputElement>;

async function previewUrl(url: string) {
  fireEvent.input(await urlField(), { target: { value: url } });
  fireEvent.click(screen.getByRole('button', { name: 'Preview' }));
}

describe('options: sources', () => {
  it('lists the built-in sources and switches one off', async () => {
    const background = testBackground();
    renderOptions('', { background });
    const item = await screen.findByRole('listitem', { name: /Pwned Passwords/ });
    expect(within(item).getByText('Have I Been Pwned')).toBeTruthy();
    fireEvent.click(within(item).getByRole('checkbox', { name: /^Use this source: Pwned Passwords/ }));
    expect(await screen.findByText('Pwned Passwords is switched off.')).toBeTruthy();
    const sources = (await background.client.sourcesList()).sources;
    expect(sources.find((s) => s.id === 'hibp-pwned-passwords')?.enabled).toBe(false);
  });

  it('previews a custom source, then asks for its hosts and adds it on the click', async () => {
    const background = testBackground({ sourceFiles: { [CUSTOM_URL]: customJson() }, grantOnRequest: true });
    const { requested } = renderOptions('', { background });
    await previewUrl(CUSTOM_URL);

    const preview = await screen.findByRole('region', { name: 'Preview: Custom lab (synthetic)' });
    expect(within(preview).getByText('Custom publisher')).toBeTruthy();
    expect(within(preview).getByText('Demo lab')).toBeTruthy();
    expect(within(preview).getByText('Demo shop')).toBeTruthy();
    expect(within(preview).getByText('A short prefix of a slow, salted hash')).toBeTruthy();
    expect(within(preview).getByText(/^PESEL \(Poland\) and Email address$/)).toBeTruthy();
    expect(within(preview).getByText('Adding it lets Exposure Check contact: localhost:8790.')).toBeTruthy();
    // Previewing saved nothing and asked for nothing.
    expect(requested).toEqual([]);
    expect((await background.client.sourcesList()).sources.map((s) => s.id)).not.toContain('custom-lab-2026');

    fireEvent.click(within(preview).getByRole('button', { name: 'Allow access and add' }));
    expect(await screen.findByText('Custom lab (synthetic) was added.')).toBeTruthy();
    expect(requested).toEqual([['http://localhost/*']]);
    expect(await screen.findByRole('listitem', { name: /Custom lab \(synthetic\)/ })).toBeTruthy();
    expect((await background.client.sourcesList()).sources.map((s) => s.id)).toContain('custom-lab-2026');
  });

  it('adds nothing when the permission is refused', async () => {
    const background = testBackground({ sourceFiles: { [CUSTOM_URL]: customJson() }, grantOnRequest: false });
    renderOptions('', { background });
    await previewUrl(CUSTOM_URL);
    const preview = await screen.findByRole('region', { name: /^Preview:/ });
    fireEvent.click(within(preview).getByRole('button', { name: 'Allow access and add' }));
    expect(await screen.findByText('Access was not allowed, so nothing was changed.')).toBeTruthy();
    expect((await background.client.sourcesList()).sources.map((s) => s.id)).not.toContain('custom-lab-2026');
  });

  it('rejects an unsafe address with the reason and sends nothing', async () => {
    const background = testBackground();
    const preview = vi.spyOn(background.client, 'sourcesPreview');
    renderOptions('', { background });
    await previewUrl('http://example.com/source.json');
    expect(addAlert().textContent).toBe(
      'Use an https:// address. Plain http:// is allowed only for localhost.',
    );
    expect((await urlField()).getAttribute('aria-invalid')).toBe('true');
    expect(preview).not.toHaveBeenCalled();
  });

  it('shows why a source description is invalid, as the background says it', async () => {
    const url = 'https://data.example.org/source.json';
    const background = testBackground({ sourceFiles: { [url]: customJson() } });
    background.sourceFiles.set(url, { ...customJson(), scheme: 'rot13' });
    renderOptions('', { background });
    await previewUrl(url);
    await waitFor(() => expect(addAlert().textContent).toMatch(/^This source cannot be used: .+/));
    expect(addAlert().textContent).toMatch(/scheme/i);
    expect(screen.queryByRole('region', { name: /^Preview:/ })).toBeNull();
  });

  it('pre-fills and previews from #add-source=, but adds only on a click', async () => {
    const background = testBackground({ sourceFiles: { [CUSTOM_URL]: customJson() }, grantOnRequest: true });
    renderOptions(`#add-source=${encodeURIComponent(CUSTOM_URL)}`, { background });
    expect(await screen.findByRole('region', { name: 'Preview: Custom lab (synthetic)' })).toBeTruthy();
    expect((await urlField()).value).toBe(CUSTOM_URL);
    expect((await background.client.sourcesList()).sources.map((s) => s.id)).not.toContain('custom-lab-2026');
  });

  it('removes a custom source after confirmation', async () => {
    const background = testBackground({
      sourceFiles: { [CUSTOM_URL]: customJson() },
      grantedOrigins: ['http://localhost/*'],
    });
    await background.client.sourcesAdd({ url: CUSTOM_URL });
    renderOptions('', { background });
    const item = await screen.findByRole('listitem', { name: /Custom lab/ });
    fireEvent.click(within(item).getByRole('button', { name: /^Remove: Custom lab/ }));
    expect((await background.client.sourcesList()).sources.map((s) => s.id)).toContain('custom-lab-2026');
    fireEvent.click(within(item).getByRole('button', { name: 'Yes, remove it' }));
    expect(await screen.findByText('Custom lab (synthetic) was removed.')).toBeTruthy();
    expect((await background.client.sourcesList()).sources.map((s) => s.id)).not.toContain('custom-lab-2026');
    expect(screen.queryByRole('listitem', { name: /Custom lab/ })).toBeNull();
    // Built-in sources cannot be removed, only switched off.
    const builtIn = screen.getByRole('listitem', { name: /Pwned Passwords/ });
    expect(within(builtIn).queryByRole('button', { name: /^Remove/ })).toBeNull();
  });
});
