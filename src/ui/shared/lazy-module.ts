import { useEffect, useState } from 'preact/hooks';

export interface LazyModule<M> {
  /** Starts loading once; every caller shares the one request. */
  load(): Promise<M>;
  /** The module, or undefined until it has loaded; the component renders again when it arrives. */
  use(): M | undefined;
}

/**
 * A chunk the page draws without and loads right after the first render. `importer` must be a literal
 * `() => import('./x.ts')`, so the bundler can split the module off (docs/performance.md, "Popup and
 * content script").
 */
export function lazyModule<M>(importer: () => Promise<M>): LazyModule<M> {
  let loading: Promise<M> | undefined;
  let loaded: M | undefined;
  const load = () => {
    loading ??= importer().then((module) => (loaded = module));
    return loading;
  };
  const useModule = () => {
    const [module, setModule] = useState(loaded);
    useEffect(() => {
      if (module !== undefined) return undefined;
      let live = true;
      void load().then((m) => {
        if (live) setModule(m);
      });
      return () => {
        live = false;
      };
    }, [module]);
    return module;
  };
  return { load, use: useModule };
}
