import { OptionsApp } from '../../../../src/ui/options/options-app.tsx';
import { OptionsServicesContext } from '../../../../src/ui/options/options-services.tsx';
import { createHostPermissions } from '../../../../src/platform/host-permissions.ts';
import { renderPage, testBackground, type RenderPageOptions } from './render-page.tsx';

/** Renders the options page at `hash`, with permission prompts answered by the fake browser. */
export function renderOptions(hash = '', options: RenderPageOptions = {}) {
  window.location.hash = hash;
  const background = options.background ?? testBackground(options);
  const hostPermissions = createHostPermissions(background.browser.api.permissions);
  const requested: string[][] = [];
  const saved: { name: string; text: string }[] = [];
  const services = {
    hostPermissions: {
      has: hostPermissions.has,
      request: (origins: readonly string[]) => {
        requested.push([...origins]);
        return hostPermissions.request(origins);
      },
    },
    saveFile: (name: string, text: string) => void saved.push({ name, text }),
  };
  const view = renderPage(
    <OptionsServicesContext.Provider value={services}>
      <OptionsApp />
    </OptionsServicesContext.Provider>,
    { ...options, background },
  );
  return { ...view, requested, saved };
}
