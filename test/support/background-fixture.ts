import { DEMO_SOURCE_URL, demoSourceJson } from './demo-source.ts';
import { createInMemoryBackground, type InMemoryBackgroundOptions } from './in-memory-background.ts';

/** An in-memory background with the demo xc-v1 source (PESEL, email) added and its host allowed. */
export async function backgroundWithDemoSource(options: InMemoryBackgroundOptions = {}) {
  const bg = createInMemoryBackground({
    grantedOrigins: ['http://localhost/*'],
    sourceFiles: { [DEMO_SOURCE_URL]: demoSourceJson() },
    ...options,
  });
  const { source } = await bg.client.sourcesAdd({ url: DEMO_SOURCE_URL });
  const descriptor = (await bg.deps.settings.get()).customSources[0]?.descriptor;
  if (descriptor === undefined) throw new Error('demo source was not added');
  return { ...bg, demo: descriptor, demoView: source };
}
