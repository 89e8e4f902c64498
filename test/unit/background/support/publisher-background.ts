import { createRangeAdapter } from '../../../../src/background/range-adapter.ts';
import { DEMO_SOURCE_URL, demoSourceJson } from '../../../support/demo-source.ts';
import {
  createInMemoryBackground,
  type InMemoryBackgroundOptions,
} from '../../../support/in-memory-background.ts';
import { createFakeXcV1Publisher } from './fake-xc-v1-publisher.ts';

/**
 * The in-memory background with the real range client, talking to a fake publisher of the demo source
 * (source.json and bucket files), with the demo source added and its host allowed.
 */
export async function backgroundWithPublisher(
  options: InMemoryBackgroundOptions = {},
  initial: Record<string, unknown> = demoSourceJson(),
) {
  const publisher = createFakeXcV1Publisher(initial);
  const bg = createInMemoryBackground({
    grantedOrigins: ['http://localhost/*'],
    sourceFiles: { [DEMO_SOURCE_URL]: publisher.json() },
    ...options,
    overrides: { rangeClient: createRangeAdapter({ fetch: publisher.fetch }), ...options.overrides },
  });
  // Count source.json reads (the deps object is the one the router and the monitor use).
  const reads = { count: 0 };
  const read = bg.deps.fetchSourceJson;
  bg.deps.fetchSourceJson = (url) => {
    reads.count++;
    return read(url);
  };
  await bg.client.sourcesAdd({ url: DEMO_SOURCE_URL });
  return {
    ...bg,
    publisher,
    /** How many times source.json was fetched (adding the source counts once). */
    sourceReads: () => reads.count,
    /** The demo source as stored in the settings. */
    stored: async () => {
      const custom = (await bg.deps.settings.get()).customSources[0];
      if (custom === undefined) throw new Error('demo source is gone');
      return custom;
    },
    /** Publishes a new source.json: bucket files follow at once, the extension only when it re-reads. */
    republish(json: Record<string, unknown>): void {
      publisher.publish(json);
      bg.sourceFiles.set(DEMO_SOURCE_URL, structuredClone(json));
    },
  };
}
