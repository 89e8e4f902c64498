import { parseSourceDescriptor, type SourceDescriptor } from '../../src/core/index.ts';

export const DEMO_SOURCE_URL = 'http://localhost:8787/source.json';

/** A valid xc-v1 descriptor (synthetic data) covering PESEL and email, as raw JSON. */
export function demoSourceJson(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    format: 'exposure-check-source/1',
    id: 'demo-lab-2026',
    name: 'Demo lab breach (synthetic)',
    publisher: 'Exposure Check demo',
    scheme: 'xc-v1',
    kinds: ['pesel', 'email'],
    rangeUrl: 'ranges/{kind}/{prefix}.txt',
    hash: { algorithm: 'pbkdf2-sha256', iterations: 1000, salt: 'c2FsdHNhbHRzYWx0c2FsdA' },
    buckets: { pesel: { prefixBits: 12 }, email: { prefixBits: 16 } },
    padded: true,
    breaches: [
      {
        id: 'demo-lab-2026',
        title: 'Demo lab',
        operator: 'Demo Lab Ltd',
        date: '2026-03-01',
        dataClasses: ['national-id', 'lab-results'],
      },
      {
        id: 'demo-shop-2025',
        title: 'Demo shop',
        operator: 'Demo Shop',
        date: '2025-06',
        dataClasses: ['email', 'name'],
      },
    ],
    updated: '2026-11-26T00:00:00.000Z',
    ...overrides,
  };
}

export function demoDescriptor(
  url: string = DEMO_SOURCE_URL,
  overrides: Record<string, unknown> = {},
): SourceDescriptor {
  return parseSourceDescriptor(demoSourceJson(overrides), url);
}
