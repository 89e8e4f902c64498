import { describe, expect, it } from 'vitest';
import { portalOpenCheckEnvelope } from '../../../../src/contracts/portal-messages.ts';
import { FAKE_EXTENSION_ID } from '../../../support/fake-browser.ts';
import { createInMemoryBackground } from '../../../support/in-memory-background.ts';

const manifest = { content_scripts: [{ matches: ['https://pacjent.gov.pl/*'] }] };
const portal = { id: FAKE_EXTENSION_ID, url: 'https://pacjent.gov.pl/konto', tab: { id: 4 } };

describe('content/portal.openCheck', () => {
  it('opens the popup and leaves the preselected kind for it to take once', async () => {
    const bg = createInMemoryBackground({ manifest });
    expect(await bg.browser.sendFrom(portal, portalOpenCheckEnvelope('pesel'))).toEqual({
      ok: true,
      data: { opened: 'popup' },
    });
    expect(bg.browser.state.popupOpened).toBe(1);
    expect(await bg.client.launchTake()).toEqual({ intent: { view: 'check', kind: 'pesel' } });
    expect(await bg.client.launchTake()).toEqual({ intent: null });
  });

  it('falls back to the options page check view where the popup cannot be opened', async () => {
    const bg = createInMemoryBackground({ manifest, popupOpens: false });
    expect(await bg.browser.sendFrom(portal, portalOpenCheckEnvelope(undefined))).toEqual({
      ok: true,
      data: { opened: 'options' },
    });
    expect(bg.browser.openedTabs).toEqual([
      'chrome-extension://fakeextensionid/src/ui/options/index.html#check',
    ]);
    expect(await bg.client.launchTake()).toEqual({ intent: { view: 'check' } });
  });

  it('carries the incident the banner named, so the page opens on its answer', async () => {
    const bg = createInMemoryBackground({ manifest });
    await bg.browser.sendFrom(portal, portalOpenCheckEnvelope('pesel', 'alab-2023'));
    expect(await bg.client.launchTake()).toEqual({
      intent: { view: 'check', kind: 'pesel', incidentId: 'alab-2023' },
    });
  });

  it('refuses an incident reference that is not an incident id', async () => {
    const bg = createInMemoryBackground({ manifest });
    const answer = await bg.browser.sendFrom(portal, portalOpenCheckEnvelope('pesel', '<script>'));
    expect(answer).toMatchObject({ ok: false });
    expect(bg.browser.state.popupOpened).toBe(0);
  });

  it('forgets an intent nobody took within two minutes', async () => {
    const bg = createInMemoryBackground({ manifest });
    await bg.browser.sendFrom(portal, portalOpenCheckEnvelope('cpr'));
    bg.clock.advance(3 * 60_000);
    expect(await bg.client.launchTake()).toEqual({ intent: null });
  });

  it('is refused from a page that is not a catalogued portal', async () => {
    const bg = createInMemoryBackground({ manifest });
    const answer = await bg.browser.sendFrom(
      { ...portal, url: 'https://evil.example/' },
      portalOpenCheckEnvelope('pesel'),
    );
    expect(answer).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    expect(bg.browser.state.popupOpened).toBe(0);
  });
});
