import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { HIBP_ORIGINS } from '../../contracts/index.ts';
import type { HibpAccess } from '../../platform/hibp-access.ts';
import type { HostPermissions } from '../../platform/host-permissions.ts';

/** What the settings page needs besides the background: permission prompts and file downloads. */
export interface OptionsServices {
  /** `request` must be called straight from a click handler: browsers need the user's gesture. */
  hostPermissions: HostPermissions;
  saveFile(name: string, text: string): void;
  /** haveibeenpwned.com plus, on Firefox 140+, the data-collection consent; host permission only if absent. */
  hibpAccess?: HibpAccess;
}

export const OptionsServicesContext = createContext<OptionsServices | null>(null);

export function useOptionsServices(): OptionsServices {
  const services = useContext(OptionsServicesContext);
  if (services === null) throw new Error('useOptionsServices() needs an OptionsServicesContext provider.');
  return services;
}

/** The HIBP access of the page: its own service, or the host permission alone. */
export function useHibpAccess(): HibpAccess {
  const { hibpAccess, hostPermissions } = useOptionsServices();
  return (
    hibpAccess ?? {
      has: () => hostPermissions.has(HIBP_ORIGINS),
      request: () => hostPermissions.request(HIBP_ORIGINS),
    }
  );
}
