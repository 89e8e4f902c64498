import { describe, expect, it } from 'vitest';
import { createHibpAccess } from '../../../src/platform/hibp-access.ts';
import { createFakeBrowser } from '../../support/fake-browser.ts';

const HIBP = 'https://haveibeenpwned.com/*';
const FIREFOX_MANIFEST = {
  content_scripts: [],
  browser_specific_settings: {
    gecko: { data_collection_permissions: { required: ['none'], optional: ['personallyIdentifyingInfo'] } },
  },
};

describe('access the HIBP email search needs', () => {
  it('Chrome: one request for haveibeenpwned.com, and then it is there', async () => {
    const browser = createFakeBrowser({ grantOnRequest: true });
    const access = createHibpAccess(browser.api);
    expect(await access.has()).toBe(false);
    expect(await access.request()).toBe(true);
    expect(await access.has()).toBe(true);
    expect(await browser.api.permissions.contains({ origins: [HIBP] })).toBe(true);
    expect(browser.dataCollectionRequests).toEqual([]);
  });

  it('Firefox 140+: the host and the personallyIdentifyingInfo consent in the same request', async () => {
    const browser = createFakeBrowser({ grantOnRequest: true, manifest: FIREFOX_MANIFEST });
    const access = createHibpAccess(browser.api);
    expect(await access.request()).toBe(true);
    expect(browser.dataCollectionRequests).toEqual([['personallyIdentifyingInfo']]);
    expect(await access.has()).toBe(true);
  });

  it('Firefox: the host alone is not enough while the consent is refused', async () => {
    const browser = createFakeBrowser({
      grantOnRequest: true,
      grantDataCollectionOnRequest: false,
      manifest: FIREFOX_MANIFEST,
    });
    const access = createHibpAccess(browser.api);
    expect(await access.request()).toBe(false);
    expect(await access.has()).toBe(false);
  });
});
