import type { Handler } from '../../platform/messaging/message-router.ts';
import type { BackgroundDeps } from '../background-deps.ts';
import { configuredSources } from '../sources/configured-sources.ts';
import { sourceViewOf } from '../sources/source-view.ts';

export const sourcesList: Handler<'ui/sources.list', BackgroundDeps> = async (_request, deps) => {
  const sources = configuredSources(await deps.settings.get(), deps.builtInSources);
  return { sources: await Promise.all(sources.map((s) => sourceViewOf(s, deps, sources))) };
};
