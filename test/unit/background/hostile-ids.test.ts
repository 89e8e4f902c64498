import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyOutcome } from '../../../src/background/watchlist/apply-outcome.ts';
import type { ResultOutcome } from '../../../src/contracts/index.ts';
import { choiceFor } from '../../../src/contracts/incident-choice.ts';
import { chosenDataClasses } from '../../../src/ui/shared/incident-text.ts';
import { backgroundWithDemoSource } from '../../support/background-fixture.ts';
import { DEMO_SOURCE_URL, demoSourceJson } from '../../support/demo-source.ts';
import { createInMemoryBackground } from '../../support/in-memory-background.ts';
import { watchlistEntry } from '../../support/records.ts';
import { SAMPLE } from '../../support/sample-identifiers.ts';

/**
 * Ids that name something every plain object already has. A source or breach id is data from a
 * publisher or an imported file, so none of them may reach into Object.prototype.
 */
const HOSTILE_IDS = [
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  'valueOf',
  'isPrototypeOf',
  '__defineGetter__',
] as const;

/** The ids a source descriptor accepts (lower case, digits, dashes) that still collide with the prototype. */
const HOSTILE_SOURCE_IDS = ['constructor'] as const;

const found = (ids: string[]): ResultOutcome => ({
  status: 'found',
  count: ids.length,
  breaches: ids.map((id) => ({ id, title: id, operator: 'x', date: '2026-01-01', dataClasses: [] })),
});

const AT = '2026-03-01T10:00:00.000Z';

describe('ids that collide with Object.prototype', () => {
  it('applyOutcome keeps records of hostile source and breach ids as plain own data', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...HOSTILE_IDS),
        fc.subarray([...HOSTILE_IDS, 'ordinary'], { minLength: 1 }),
        (sourceId, breachIds) => {
          const first = applyOutcome(watchlistEntry(), sourceId, found(breachIds), AT);
          expect(first.newBreachIds).toEqual(breachIds);
          expect(Object.hasOwn(first.entry.status, sourceId)).toBe(true);
          expect(Object.hasOwn(first.entry.seenBreachIds, sourceId)).toBe(true);
          expect(Object.getPrototypeOf(first.entry.status)).toBe(Object.prototype);
          // The same answer again is nothing new; an error keeps the last good result.
          const again = applyOutcome(first.entry, sourceId, found(breachIds), AT);
          expect(again.newBreachIds).toEqual([]);
          const failed = applyOutcome(
            again.entry,
            sourceId,
            { status: 'error', code: 'network', message: 'Offline.' },
            AT,
          );
          expect(Object.getOwnPropertyDescriptor(failed.entry.status, sourceId)?.value).toMatchObject({
            last: { status: 'found', breachIds },
            lastError: { code: 'network' },
          });
          // A JSON round trip (storage, export) still has the same own keys.
          const copied = JSON.parse(JSON.stringify(failed.entry)) as typeof failed.entry;
          expect(Object.keys(copied.seenBreachIds)).toEqual([sourceId]);
        },
      ),
    );
  });

  it('a fresh entry has no status for any hostile id', () => {
    for (const id of HOSTILE_IDS) {
      const { entry, newBreachIds } = applyOutcome(watchlistEntry(), id, { status: 'not-found' }, AT);
      expect(newBreachIds).toEqual([]);
      expect(Object.getOwnPropertyDescriptor(entry.status, id)?.value).toEqual({
        last: { status: 'not-found', checkedAt: AT },
      });
    }
  });

  it.each(HOSTILE_SOURCE_IDS)('watching and monitoring work with a source called %s', async (id) => {
    const bg = await backgroundWithDemoSource({ sourceFiles: { [DEMO_SOURCE_URL]: demoSourceJson({ id }) } });
    const { entry } = await bg.client.watchlistAdd({ kind: 'pesel', input: SAMPLE.pesel });
    expect(entry.results.map((r) => r.source.id)).toEqual([id]);
    bg.range.found(bg.demo, ['demo-lab-2026']);
    const summary = await bg.runMonitor();
    expect(summary).toMatchObject({ ran: true, newFindings: 1, failedChecks: 0 });
    expect(bg.browser.notifications).toHaveLength(1);
    const [listed] = (await bg.client.watchlistList()).entries;
    expect(listed?.results[0]?.last).toMatchObject({ status: 'found', breachIds: ['demo-lab-2026'] });
  });

  it.each(HOSTILE_SOURCE_IDS)('monitoring after importing a source called %s saves findings', async (id) => {
    const origin = await backgroundWithDemoSource({
      sourceFiles: { [DEMO_SOURCE_URL]: demoSourceJson({ id }) },
    });
    await origin.client.watchlistAdd({ kind: 'pesel', input: SAMPLE.pesel });
    const { file } = await origin.client.dataExport();

    const bg = createInMemoryBackground({
      grantedOrigins: ['http://localhost/*'],
      sourceFiles: { [DEMO_SOURCE_URL]: demoSourceJson({ id }) },
    });
    await bg.client.dataImport({ file: JSON.parse(JSON.stringify(file)) as unknown });
    const settings = await bg.deps.settings.get();
    await bg.deps.settings.update((current) => ({
      ...current,
      customSources: settings.customSources.map((c) => ({ ...c, enabled: true })),
    }));
    bg.range.found(origin.demo, ['demo-lab-2026']);
    const summary = await bg.runMonitor();
    expect(summary).toMatchObject({ ran: true, newFindings: 1, failedChecks: 0 });
    expect(bg.browser.notifications).toHaveLength(1);
  });

  it('an incident answer is read from own entries only', () => {
    for (const id of HOSTILE_IDS) expect(choiceFor({}, id)).toBeUndefined();
    const incident = { id: 'constructor', dataClasses: ['health'] } as unknown as Parameters<
      typeof chosenDataClasses
    >[0][number];
    expect(chosenDataClasses([incident], {})).toEqual([]);
    expect(chosenDataClasses([incident], JSON.parse('{"constructor":"patient"}') as never)).toEqual([
      'health',
    ]);
  });
});
