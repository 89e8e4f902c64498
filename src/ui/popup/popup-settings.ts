import type { Settings } from '../../contracts/index.ts';

/** The settings the check view reads: detection countries, preferred ID kinds, the phone region, first use. */
export type PopupSettings = Pick<Settings, 'countries' | 'nationalIdKinds' | 'phoneRegion' | 'countryAsked'>;

/** Until the real settings arrive: no preferences, and no first-use question (it waits for them). */
export const DEFAULT_POPUP_SETTINGS: PopupSettings = {
  countries: [],
  nationalIdKinds: [],
  phoneRegion: null,
  countryAsked: true,
};
