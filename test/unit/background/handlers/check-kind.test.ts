import { describe, expect, it } from 'vitest';
import { createInMemoryBackground } from '../../../support/in-memory-background.ts';

// 0707614285 is valid as a Danish CPR and as a Swedish personnummer; 536-22-1234 as a US SSN and a Czech
// birth number. No source here covers either, so a 'not-checkable' report means "it went through as that
// kind": the kind was accepted and only the lack of a source stopped a comparison.
const CPR = '0707614285';
const SSN = '536-22-1234';

describe('ui/check never checks under a guessed kind', () => {
  it('refuses a detected kind when the input is valid as several and no country decides', async () => {
    const bg = createInMemoryBackground();
    const attempt = bg.client.check({ kind: 'cpr', input: CPR });
    await expect(attempt).rejects.toMatchObject({
      code: 'ambiguous-kind',
      candidates: ['cpr', 'se-personnummer'],
    });
    expect(bg.range.calls).toHaveLength(0);
    const history = await bg.client.historyList().catch(() => ({ records: [] }));
    expect(JSON.stringify(history)).not.toContain('cpr');
  });

  it('checks it when the person’s country decides, or the person chose the kind', async () => {
    const bg = createInMemoryBackground();
    await expect(bg.client.check({ kind: 'ssn', input: SSN, kindFrom: 'person' })).resolves.toMatchObject({
      kind: 'ssn',
      coverage: 'not-checkable',
    });
    await bg.client.settingsUpdate({ patch: { countries: ['DK'] } });
    await expect(bg.client.check({ kind: 'cpr', input: CPR })).resolves.toMatchObject({
      kind: 'cpr',
      coverage: 'not-checkable',
    });
  });

  it('refuses a detected kind that the person’s settings decide otherwise', async () => {
    const bg = createInMemoryBackground();
    await bg.client.settingsUpdate({ patch: { countries: ['CZ'] } });
    await expect(bg.client.check({ kind: 'ssn', input: SSN })).rejects.toMatchObject({
      code: 'ambiguous-kind',
      candidates: ['cz-rodne-cislo', 'ssn'],
    });
  });

  it('a national-format number of the phone region is a phone, not a foreign ID number', async () => {
    const bg = createInMemoryBackground();
    await bg.client.settingsUpdate({ patch: { countries: ['PL'] } });
    await expect(bg.client.check({ kind: 'ssn', input: '601 234 567' })).rejects.toMatchObject({
      code: 'ambiguous-kind',
    });
    await expect(bg.client.check({ kind: 'phone', input: '601 234 567' })).resolves.toMatchObject({
      kind: 'phone',
      coverage: 'not-checkable',
    });
  });
});
