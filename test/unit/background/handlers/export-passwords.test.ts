import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { computeRangeKey, parseIdentifier } from '../../../../src/core/index.ts';
import { backgroundWithDemoSource } from '../../../support/background-fixture.ts';
import { SAMPLE } from '../../../support/sample-identifiers.ts';

const passwordSha1 = createHash('sha1').update(SAMPLE.password, 'utf8').digest('hex').toUpperCase();

/** A watched PESEL and a watched password, each with a check in history and a ticked step. */
async function withWatchedPassword() {
  const bg = await backgroundWithDemoSource();
  const pesel = await bg.client.check({ kind: 'pesel', input: SAMPLE.pesel });
  const watchedPesel = await bg.client.watchlistAdd({
    kind: 'pesel',
    input: SAMPLE.pesel,
    checkId: pesel.checkId,
  });
  const password = await bg.client.check({ kind: 'password', input: SAMPLE.password });
  const watchedPassword = await bg.client.watchlistAdd({
    kind: 'password',
    input: SAMPLE.password,
    checkId: password.checkId,
    monitorPassword: true,
  });
  await bg.client.guidanceSetStep({
    findingId: watchedPassword.entry.id,
    stepId: 'change-password',
    done: true,
  });
  await bg.client.guidanceSetStep({ findingId: password.checkId, stepId: 'change-password', done: true });
  await bg.client.guidanceSetStep({ findingId: watchedPesel.entry.id, stepId: 'reserve-pesel', done: true });
  return { bg, peselEntryId: watchedPesel.entry.id };
}

describe('ui/data.export and watched passwords', () => {
  it('a full export holds the SHA-1 of a watched password, as the hint now says', async () => {
    const { bg } = await withWatchedPassword();
    const { file, passwordsLeftOut } = await bg.client.dataExport();
    expect(passwordsLeftOut).toBe(0);
    // The claim the export hint makes: prefix + suffix of the Pwned Passwords key is the bare SHA-1.
    const keys = file.watchlist.flatMap((e) => e.keys).filter((k) => k.scheme === 'hibp-sha1');
    expect(keys.map((k) => k.prefix + k.suffix)).toContain(passwordSha1);
    expect(JSON.stringify(file)).not.toContain(SAMPLE.password);
  });

  it('an xc-v1 key in the file can be tested offline with nothing but the public source.json', async () => {
    const { bg } = await withWatchedPassword();
    const { file } = await bg.client.dataExport({ leaveOutPasswords: true });
    const stolen = file.watchlist.flatMap((e) => e.keys).find((k) => k.scheme === 'xc-v1');
    // A guess from the attacker's list, hashed with the salt every client downloads.
    const guess = parseIdentifier('pesel', SAMPLE.pesel);
    if (!guess.ok || stolen === undefined) throw new Error('fixture');
    const key = await computeRangeKey(guess, bg.demo);
    expect(key.prefix + key.suffix).toBe(stolen.prefix + stolen.suffix);
  });

  it('leaving passwords out drops their entries, their history and their guidance, and nothing else', async () => {
    const { bg, peselEntryId } = await withWatchedPassword();
    const { file, passwordsLeftOut } = await bg.client.dataExport({ leaveOutPasswords: true });
    expect(passwordsLeftOut).toBe(1);
    expect(JSON.stringify(file)).not.toContain(passwordSha1);
    expect(JSON.stringify(file)).not.toContain(passwordSha1.slice(5));
    expect(file.watchlist.map((e) => e.id)).toEqual([peselEntryId]);
    expect(file.history.map((r) => r.kind)).toEqual(['pesel']);
    expect(file.guidance.map((g) => g.findingId)).toEqual([peselEntryId]);
    // What is stored on the device is untouched.
    expect((await bg.client.watchlistList()).entries.map((e) => e.kind).toSorted()).toEqual([
      'password',
      'pesel',
    ]);
  });
});
