import '../shared/base.css';
import '../popup/popup.css';
import '../shared/incidents.css';
import './options.css';
import { loadExtensionApi } from '../../platform/extension-api.ts';
import { createHibpAccess } from '../../platform/hibp-access.ts';
import { createHostPermissions } from '../../platform/host-permissions.ts';
import { mountPage } from '../shared/mount-page.tsx';
import { OptionsApp } from './options-app.tsx';
import { OptionsServicesContext } from './options-services.tsx';
import { saveTextFile } from './save-file.ts';

// The extension API is loaded before the first render: permissions.request must then be called straight
// from a click, and an import awaited inside the click handler would lose the user's gesture.
void loadExtensionApi().then((api) => {
  const services = {
    hostPermissions: createHostPermissions(api.permissions),
    hibpAccess: createHibpAccess(api),
    saveFile: saveTextFile,
  };
  return mountPage(() => (
    <OptionsServicesContext.Provider value={services}>
      <OptionsApp />
    </OptionsServicesContext.Provider>
  ));
});
