// Two sources of one publisher (or on one host) each have their own salt: checking a PESEL against
// both hands that party two different prefixes of it. The settings page and the add-source preview warn.
import { describe, expect, it } from 'vitest';
import { DEMO_SOURCE_URL, demoSourceJson } from '../../../support/demo-source.ts';
import { createInMemoryBackground } from '../../../support/in-memory-background.ts';

const SAME_PUBLISHER = 'http://localhost:8787/second/source.json';
const OTHER_HOST = 'https://ranges.example.org/source.json';
const OTHER_PUBLISHER_SAME_HOST = 'http://localhost:8787/third/source.json';

function background() {
  return createInMemoryBackground({
    grantedOrigins: ['http://localhost/*', 'https://ranges.example.org/*'],
    sourceFiles: {
      [DEMO_SOURCE_URL]: demoSourceJson(),
      [SAME_PUBLISHER]: demoSourceJson({ id: 'demo-lab-second', name: 'Second demo', kinds: ['pesel'] }),
      [OTHER_HOST]: demoSourceJson({
        id: 'elsewhere',
        name: 'Elsewhere',
        publisher: 'Someone else',
        kinds: ['pesel'],
        rangeUrl: 'https://ranges.example.org/{prefix}.txt',
      }),
      [OTHER_PUBLISHER_SAME_HOST]: demoSourceJson({
        id: 'neighbour',
        name: 'Neighbour',
        publisher: 'A neighbour',
        kinds: ['email'],
        rangeUrl: 'ranges/{prefix}.txt',
      }),
    },
  });
}

describe('sources from one publisher or host that cover the same kind', () => {
  it('the add-source preview warns before the second one is added', async () => {
    const bg = background();
    await bg.client.sourcesAdd({ url: DEMO_SOURCE_URL });
    const { preview } = await bg.client.sourcesPreview({ url: SAME_PUBLISHER });
    expect(preview.overlaps).toEqual([
      { id: 'demo-lab-2026', name: 'Demo lab breach (synthetic)', kinds: ['pesel'], sharedBy: 'publisher' },
    ]);
  });

  it('the settings list warns on both, naming the shared kinds; unrelated sources get no warning', async () => {
    const bg = background();
    for (const url of [DEMO_SOURCE_URL, SAME_PUBLISHER, OTHER_HOST, OTHER_PUBLISHER_SAME_HOST]) {
      await bg.client.sourcesAdd({ url });
    }
    const { sources } = await bg.client.sourcesList();
    const byId = new Map(sources.map((s) => [s.id, s]));
    expect(byId.get('demo-lab-2026')?.overlaps?.map((o) => [o.id, o.sharedBy, o.kinds])).toEqual([
      ['demo-lab-second', 'publisher', ['pesel']],
      ['neighbour', 'host', ['email']],
    ]);
    expect(byId.get('demo-lab-second')?.overlaps?.map((o) => o.id)).toEqual(['demo-lab-2026']);
    expect(byId.get('elsewhere')?.overlaps).toBeUndefined();
    expect(byId.get('hibp-pwned-passwords')?.overlaps).toBeUndefined();
  });
});
