import { describe, expect, it } from 'vitest';
import { createIncidentChoiceStore } from '../../../../src/platform/incident-choice-store.ts';
import {
  createPrivateSettingsArea,
  INCIDENT_CHOICES_RECORD,
} from '../../../../src/platform/settings/private-settings-area.ts';
import { privateStorageArea } from '../../../../src/platform/settings/private-storage-area.ts';
import { createSettingsStore } from '../../../../src/platform/settings/settings-store.ts';
import { createFakeBrowser } from '../../../support/fake-browser.ts';

let databases = 0;

describe('a record of the extension-only database as a storage area', () => {
  it('gets, sets and removes keys like storage.local, next to the private settings', async () => {
    const name = `private-area-test-${++databases}`;
    const area = privateStorageArea(createPrivateSettingsArea(name, INCIDENT_CHOICES_RECORD));
    await area.set({ a: 1, b: [2] });
    await area.set({ c: 'three' });
    expect(await area.get('a')).toEqual({ a: 1 });
    expect(await area.get(['b', 'missing'])).toEqual({ b: [2] });
    await area.remove(['a', 'c']);
    expect(await area.get(null)).toEqual({ b: [2] });
    await area.clear();
    expect(await area.get(null)).toEqual({});
  });

  it('incident answers survive a restart, stay out of storage.local and go with delete everything', async () => {
    const browser = createFakeBrowser();
    const name = `private-area-test-${++databases}`;
    const choices = () =>
      createIncidentChoiceStore(privateStorageArea(createPrivateSettingsArea(name, INCIDENT_CHOICES_RECORD)));
    await choices().set('alab-2023', 'patient');
    expect(await choices().all()).toEqual({ 'alab-2023': 'patient' });
    expect(await browser.local.get(null)).toEqual({});
    await createSettingsStore(browser.local, createPrivateSettingsArea(name)).clear();
    expect(await choices().all()).toEqual({});
  });
});
