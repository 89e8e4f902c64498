import type { Settings } from '../../contracts/index.ts';

/** The settings the check view reads: detection countries, preferred ID kinds and the phone region. */
export type PopupSettings = Pick<Settings, 'countries' | 'nationalIdKinds' | 'phoneRegion'>;

export const DEFAULT_POPUP_SETTINGS: PopupSettings = {
  countries: [],
  nationalIdKinds: [],
  phoneRegion: null,
};
