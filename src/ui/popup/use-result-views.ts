import { lazyModule } from '../shared/lazy-module.ts';

export type ResultViews = typeof import('./result-views.ts');

/**
 * The result views load after the first render, while the person is still typing, so they are normally
 * there long before an answer needs them.
 */
const resultViews = lazyModule<ResultViews>(() => import('./result-views.ts'));

export const loadResultViews = resultViews.load;
export const useResultViews = resultViews.use;
