import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { BackgroundClient } from '../../platform/messaging/background-client.ts';

export const ClientContext = createContext<BackgroundClient | null>(null);

/** The typed background client: the only way a page reaches the background. */
export function useClient(): BackgroundClient {
  const client = useContext(ClientContext);
  if (client === null) throw new Error('useClient() needs a ClientContext provider above it.');
  return client;
}
