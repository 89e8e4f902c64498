import { createRangeAdapter } from '../../../../src/background/range-adapter.ts';
import { DEMO_SOURCE_URL } from '../../../support/demo-source.ts';
import {
  createInMemoryBackground,
  type InMemoryBackgroundOptions,
} from '../../../support/in-memory-background.ts';
import { createFakeXcV1Publisher } from './fake-xc-v1-publisher.ts';

/**
 * The in-memory background with the real range client, talking to a fake publisher of the demo source
 * (source.json and bucket files), with the demo source added and its host allowed.
 */
export async function backgroundWithPublisher(options: InMemoryBackgroundOptions = {}) {
  const publisher = createFakeXcV1Publisher();
  const bg = createInMemoryBackground({
    grantedOrigins: ['http://localhost/*'],
    sourceFiles: { [DEMO_SOURCE_URL]: publisher.json() },
    ...options,
    overrides: { rangeClient: createRangeAdapter({ fetch: publisher.fetch }), ...options.overrides },
  });
  await bg.client.sourcesAdd({ url: DEMO_SOURCE_URL });
  return {
    ...bg,
    publisher,
    /** Publishes a new source.json: bucket files follow at once, the extension only when it re-reads. */
    republish(json: Record<string, unknown>): void {
      publisher.publish(json);
      bg.sourceFiles.set(DEMO_SOURCE_URL, structuredClone(json));
    },
  };
}
