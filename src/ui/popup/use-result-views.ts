import { useEffect, useState } from 'preact/hooks';

export type ResultViews = typeof import('./result-views.ts');

let loading: Promise<ResultViews> | undefined;
let loaded: ResultViews | undefined;

/** Starts loading the result views once; every caller shares the one request. */
export function loadResultViews(): Promise<ResultViews> {
  loading ??= import('./result-views.ts').then((views) => (loaded = views));
  return loading;
}

/**
 * The result views, or undefined until their chunk has loaded. The load starts after the first render,
 * while the person is still typing, so it is normally done long before an answer needs it
 * (docs/performance.md, "Popup and content script").
 */
export function useResultViews(): ResultViews | undefined {
  const [views, setViews] = useState(loaded);
  useEffect(() => {
    if (views !== undefined) return undefined;
    let live = true;
    void loadResultViews().then((v) => {
      if (live) setViews(v);
    });
    return () => {
      live = false;
    };
  }, [views]);
  return views;
}
