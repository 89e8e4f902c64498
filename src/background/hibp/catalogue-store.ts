import type { HibpBreachCatalogue } from '../../contracts/index.ts';
import type { PrivateSettingsArea } from '../../platform/settings/private-settings-area.ts';
import type { CatalogueStore } from './breach-catalogue.ts';

/** The breach catalogue cache in the extension-only database (cleared by "delete everything"). */
export function hibpCatalogueStore(area: PrivateSettingsArea): CatalogueStore {
  return {
    get: () => area.get(),
    set: (catalogue: HibpBreachCatalogue) => area.set(catalogue),
  };
}
