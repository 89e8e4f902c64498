import { afterEach, describe, expect, it, vi } from 'vitest';
import { PORTAL_CATALOGUE } from '../../../src/contracts/portal-catalogue-data.ts';
import { showPortalWarning, type PortalWarningDeps } from '../../../src/content/show-portal-warning.ts';
import { dismissPortal, isPortalDismissed } from '../../../src/platform/portal-dismissals.ts';
import { portalWarningsEnabled } from '../../../src/platform/portal-warnings-setting.ts';
import { FakeEvent } from '../../support/fake-event.ts';
import { FakeStorageArea } from '../../support/fake-storage-area.ts';
import { mergedMessages, translatorFor } from '../locales/read-locales.ts';

const EN = mergedMessages('en');

/** Real platform modules on a fake storage area, real English strings, a spy for the background. */
function setup(hostname: string, storage = new FakeStorageArea(new FakeEvent())) {
  const openCheck = vi.fn(async () => ({ opened: 'popup' }));
  const warningsEnabled = vi.fn(() => portalWarningsEnabled(storage));
  const isDismissed = vi.fn((domain: string, id: string) => isPortalDismissed(domain, id, storage));
  const deps: PortalWarningDeps = {
    hostname,
    document,
    catalogue: PORTAL_CATALOGUE,
    t: translatorFor(EN, 'en'),
    warningsEnabled,
    isDismissed,
    dismiss: (domain, id) => dismissPortal(domain, id, storage),
    openCheck,
  };
  return { deps, storage, openCheck, warningsEnabled, isDismissed };
}

function q<T extends Element>(root: ParentNode, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (found === null) throw new Error(`no ${selector} in the banner`);
  return found;
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('portal warning banner', () => {
  it('shows what leaked at ALAB and when, in a closed shadow root', async () => {
    document.body.innerHTML = '<main id="page">Wyniki badań</main>';
    const { deps } = setup('www.alablaboratoria.pl');
    const banner = await showPortalWarning(deps);
    expect(banner).toBeDefined();
    if (banner === undefined) return;
    expect(banner.host.shadowRoot).toBeNull(); // the page cannot reach into it
    expect(banner.host.style.getPropertyPriority('position')).toBe('important');
    expect(document.getElementById('page')?.textContent).toBe('Wyniki badań');

    const region = q<HTMLElement>(banner.root, '[role="region"]');
    const heading = q<HTMLElement>(banner.root, `#${region.getAttribute('aria-labelledby') ?? ''}`);
    expect(heading.textContent).toBe(EN.portal_heading?.message);
    const text = region.textContent ?? '';
    expect(text).toContain('November 2023');
    expect(text).toContain('ALAB laboratoria Sp. z o.o. reported a data breach');
    expect(text).toContain('national ID numbers');
    expect(text).toContain('lab results');
    const link = q<HTMLAnchorElement>(banner.root, 'a');
    expect(link.href).toBe(
      'https://www.alablaboratoria.pl/20456-pismo-informacyjne-w-sprawie-naruszenia-danych-osobowych',
    );
    expect(link.rel).toBe('noopener noreferrer');
    expect(link.textContent).toBe('Official notice');
    expect(q<HTMLButtonElement>(banner.root, 'button.check').textContent).toBe('Check my PESEL number');
  });

  it('asks the background to open the check with the leaked kind preselected', async () => {
    const { deps, openCheck } = setup('alablaboratoria.pl');
    const banner = await showPortalWarning(deps);
    q<HTMLButtonElement>(banner?.root ?? document, 'button.check').click();
    expect(openCheck).toHaveBeenCalledWith('pesel', 'alab-2023');
  });

  it('dismisses with the button, has an accessible name for it, and remembers the site', async () => {
    const { deps, storage } = setup('alablaboratoria.pl');
    const banner = await showPortalWarning(deps);
    const dismiss = q<HTMLButtonElement>(banner?.root ?? document, 'button.dismiss');
    expect(dismiss.getAttribute('aria-label')).toBe('Dismiss this warning on alablaboratoria.pl');
    expect(dismiss.type).toBe('button');
    dismiss.click();
    expect(banner?.host.isConnected).toBe(false);
    await vi.waitFor(async () =>
      expect(await isPortalDismissed('alablaboratoria.pl', 'alab-2023', storage)).toBe(true),
    );

    const again = await showPortalWarning(setup('www.alablaboratoria.pl', storage).deps);
    expect(again).toBeUndefined();
    expect(document.querySelector('exposure-check-banner')).toBeNull();
  });

  it('dismisses with Escape from inside the banner', async () => {
    const { deps, storage } = setup('synnovis.co.uk');
    const banner = await showPortalWarning(deps);
    const check = q<HTMLButtonElement>(banner?.root ?? document, 'button.check');
    check.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(banner?.host.isConnected).toBe(false);
    await vi.waitFor(async () =>
      expect(await isPortalDismissed('synnovis.co.uk', 'synnovis-2024', storage)).toBe(true),
    );
  });

  it('shows nothing when the user turned warnings off', async () => {
    const storage = new FakeStorageArea(new FakeEvent());
    await storage.set({ settings: { portalWarnings: false } });
    expect(await showPortalWarning(setup('alablaboratoria.pl', storage).deps)).toBeUndefined();
    expect(document.body.children).toHaveLength(0);
  });

  it('shows nothing on an uncatalogued host and does not even read storage', async () => {
    const { deps, warningsEnabled, isDismissed } = setup('evilalablaboratoria.pl');
    expect(await showPortalWarning(deps)).toBeUndefined();
    expect(document.body.children).toHaveLength(0);
    expect(warningsEnabled).not.toHaveBeenCalled();
    expect(isDismissed).not.toHaveBeenCalled();
  });

  it('shows nothing on a catalogued portal with no known incident', async () => {
    expect(await showPortalWarning(setup('pacjent.gov.pl').deps)).toBeUndefined();
  });

  it('says when the breach was at a company working for the site', async () => {
    const banner = await showPortalWarning(setup('www.bevolkingsonderzoeknederland.nl').deps);
    const text = q<HTMLElement>(banner?.root ?? document, '[role="region"]').textContent ?? '';
    expect(text).toContain('Clinical Diagnostics NMDL');
    expect(text).toContain('a company working for this service');
    expect(q<HTMLButtonElement>(banner?.root ?? document, 'button.check').textContent).toBe('Check my BSN');
  });

  it('flags incidents known only from the press and lists at most two', async () => {
    const banner = await showPortalWarning(setup('cerballiance.fr').deps);
    const root = banner?.root ?? document;
    expect(root.querySelectorAll('a')).toHaveLength(2);
    expect(root.querySelector('.unconfirmed')?.textContent).toBe(EN.portal_incident_unconfirmed?.message);
  });

  it('shows a new incident even after an older one was dismissed', async () => {
    const storage = new FakeStorageArea(new FakeEvent());
    await dismissPortal('cerballiance.fr', 'cerballiance-paca-2025', storage);
    expect(await showPortalWarning(setup('cerballiance.fr', storage).deps)).toBeDefined();
  });

  it('renders in the user language', async () => {
    const { deps } = setup('alablaboratoria.pl');
    const banner = await showPortalWarning({ ...deps, t: translatorFor(mergedMessages('pl'), 'pl') });
    const text = q<HTMLElement>(banner?.root ?? document, '[role="region"]').textContent ?? '';
    expect(text).toContain('listopad 2023');
    expect(text).toContain('numery identyfikacyjne');
    // No English date or data class in Polish text, and the company's "o.o." ends the sentence once.
    expect(text).not.toMatch(/November|national ID|lab results/);
    expect(text).toContain('ALAB laboratoria Sp. z o.o. Wyciekły:');
    expect(text).not.toContain('o.o..');
    expect(q<HTMLButtonElement>(banner?.root ?? document, 'button.check').textContent).toBe(
      'Sprawdź mój numer PESEL',
    );
  });
});
