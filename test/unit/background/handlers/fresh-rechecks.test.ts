// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { SAMPLE } from '../../../support/sample-identifiers.ts';
import { backgroundWithPublisher } from '../support/publisher-background.ts';

describe('bucket freshness', () => {
  it('repeated checks in the popup share a bucket fetched a moment ago', async () => {
    const bg = await backgroundWithPublisher();
    await bg.client.check({ kind: 'pesel', input: SAMPLE.pesel });
    await bg.client.check({ kind: 'pesel', input: SAMPLE.pesel });
    expect(bg.publisher.requests).toHaveLength(1);
  });

  it('"check all again now" right after a check sees an update of the bucket', async () => {
    const bg = await backgroundWithPublisher();
    const report = await bg.client.check({ kind: 'pesel', input: SAMPLE.pesel });
    expect(report.results[0]?.outcome).toEqual({ status: 'not-found' });
    await bg.client.watchlistAdd({ kind: 'pesel', input: SAMPLE.pesel, checkId: report.checkId });
    bg.publisher.list('pesel', SAMPLE.pesel, ['demo-lab-2026']);
    const { entries, newFindings } = await bg.client.watchlistRecheck({});
    expect(newFindings).toBe(1);
    expect(entries[0]?.results[0]?.breaches.map((b) => b.id)).toEqual(['demo-lab-2026']);
  });

  it('a monitoring run right after a check sees an update of the bucket', async () => {
    const bg = await backgroundWithPublisher();
    const report = await bg.client.check({ kind: 'pesel', input: SAMPLE.pesel });
    await bg.client.watchlistAdd({ kind: 'pesel', input: SAMPLE.pesel, checkId: report.checkId });
    bg.publisher.list('pesel', SAMPLE.pesel, ['demo-lab-2026']);
    expect((await bg.runMonitor()).newFindings).toBe(1);
  });
});
