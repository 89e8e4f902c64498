import { useEffect, useState } from 'preact/hooks';

export type Route =
  | { page: 'settings'; section?: string }
  | { page: 'privacy' }
  | { page: 'check' }
  /** From the demo launcher: pre-fill and preview a source; adding still takes the user's click. */
  | { page: 'settings'; section: 'sources'; addSourceUrl: string };

const ADD_SOURCE = 'add-source=';

export function parseRoute(hash: string): Route {
  const value = hash.replace(/^#/, '');
  if (value === 'privacy') return { page: 'privacy' };
  if (value === 'check') return { page: 'check' };
  if (value.startsWith(ADD_SOURCE)) {
    let url = value.slice(ADD_SOURCE.length);
    try {
      url = decodeURIComponent(url);
    } catch {
      // Not percent-encoded after all; use it as it is and let validation speak.
    }
    return { page: 'settings', section: 'sources', addSourceUrl: url };
  }
  return value === '' || value === 'settings' ? { page: 'settings' } : { page: 'settings', section: value };
}

/** The route in the address bar's #fragment, following back/forward and in-page links. */
export function useHashRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const update = () => setRoute(parseRoute(location.hash));
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  return route;
}
