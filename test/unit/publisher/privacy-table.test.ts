// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MIN_ANONYMITY_SET, recommendedPrefixBits } from '../../../src/core/index.ts';
import {
  humanDuration,
  privacyRows,
  privacyTableMarkdown,
  replaceTable,
  tableIn,
  TABLE_END,
  TABLE_START,
} from '../../../src/publisher/privacy/privacy-table.ts';

const doc = readFileSync(join(import.meta.dirname, '../../../docs/privacy.md'), 'utf8');

describe('privacy table', () => {
  it('in docs/privacy.md matches what the code computes', () => {
    // If this fails, a kind's validSpace or the prefix rule changed: regenerate the table with
    //   npm run publisher -- privacy-table --write docs/privacy.md
    // and check that the prose around it still holds.
    expect(tableIn(doc), 'regenerate: npm run publisher -- privacy-table --write docs/privacy.md').toBe(
      privacyTableMarkdown(),
    );
  });

  it('has every non-password kind at its safe prefix, each prefix standing for 10,000+ identifiers', () => {
    const rows = privacyRows();
    expect(rows.map((r) => r.kind)).not.toContain('password');
    expect(rows.length).toBeGreaterThan(10);
    for (const row of rows) {
      expect(row.prefixBits).toBe(recommendedPrefixBits(row.kind));
      expect(row.anonymitySet).toBeGreaterThanOrEqual(MIN_ANONYMITY_SET);
    }
  });

  it('replaces only the block between the markers', () => {
    const text = `intro\n${TABLE_START}\nold\n${TABLE_END}\noutro\n`;
    expect(replaceTable(text, '| t |\n')).toBe(`intro\n${TABLE_START}\n| t |\n${TABLE_END}\noutro\n`);
    expect(() => replaceTable('no markers')).toThrow(/markers/);
  });

  it.each([
    [30, '30.0 seconds'],
    [90, '1.5 minutes'],
    [86_400 * 51, '51 days'],
    [86_400 * 2.3, '2.3 days'],
    [86_400 * 365.25 * 27, '27 years'],
  ])('writes %d s as %s', (seconds, text) => {
    expect(humanDuration(seconds)).toBe(text);
  });
});
