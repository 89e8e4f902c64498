import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { HostPermissions } from '../../platform/host-permissions.ts';

/** What the settings page needs besides the background: permission prompts and file downloads. */
export interface OptionsServices {
  /** `request` must be called straight from a click handler: browsers need the user's gesture. */
  hostPermissions: HostPermissions;
  saveFile(name: string, text: string): void;
}

export const OptionsServicesContext = createContext<OptionsServices | null>(null);

export function useOptionsServices(): OptionsServices {
  const services = useContext(OptionsServicesContext);
  if (services === null) throw new Error('useOptionsServices() needs an OptionsServicesContext provider.');
  return services;
}
