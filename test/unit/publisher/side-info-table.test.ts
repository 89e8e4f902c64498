// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIRTH_DATE_SHARE } from '../../../src/core/identifiers/birth-date-share.ts';
import { KIND_SPECS } from '../../../src/core/index.ts';
import {
  replaceSideInfoTable,
  sideInfoRows,
  sideInfoTableIn,
  sideInfoTableMarkdown,
  SIDE_TABLE_END,
  SIDE_TABLE_START,
} from '../../../src/publisher/privacy/side-info-table.ts';

const doc = readFileSync(join(import.meta.dirname, '../../../docs/privacy.md'), 'utf8');
/** 1900-01-01 … 2026-12-31, the window the kinds' valid spaces are computed over. */
const DAYS = 46_386;

describe('side-information table', () => {
  it('in docs/privacy.md matches what the code computes', () => {
    // Regenerate with: npm run publisher -- privacy-table --write docs/privacy.md
    expect(sideInfoTableIn(doc)).toBe(sideInfoTableMarkdown());
  });

  it('uses per-date counts that agree with the kinds’ valid spaces where those are "per date × days"', () => {
    for (const kind of ['pesel', 'se-personnummer', 'fi-hetu', 'be-rrn', 'ee-isikukood'] as const) {
      expect(BIRTH_DATE_SHARE[kind]!.perDate * DAYS).toBeCloseTo(KIND_SPECS[kind].validSpace, -4);
    }
    // CPR and NO use the larger per-date count of their two periods, so the product is an upper bound.
    for (const kind of ['cpr', 'no-fodselsnummer'] as const) {
      expect(BIRTH_DATE_SHARE[kind]!.perDate * DAYS).toBeGreaterThanOrEqual(KIND_SPECS[kind].validSpace);
    }
  });

  it('says plainly that a birth date turns a PESEL or CPR prefix into (almost) the number', () => {
    const byKind = new Map(sideInfoRows().map((r) => [r.kind, r]));
    expect(byKind.get('pesel')!.none).toBeGreaterThan(10_000);
    expect(byKind.get('pesel')!.givenDate).toBeLessThan(1);
    expect(byKind.get('cpr')!.givenDate).toBeLessThan(1);
    expect(byKind.get('bsn')!.givenDate).toBeUndefined();
    expect(sideInfoTableMarkdown()).toContain('| **0.31** | nothing sent |');
  });

  it('replaces only the block between its markers', () => {
    const text = `a\n${SIDE_TABLE_START}\nold\n${SIDE_TABLE_END}\nb\n`;
    expect(replaceSideInfoTable(text, '| t |\n')).toBe(
      `a\n${SIDE_TABLE_START}\n| t |\n${SIDE_TABLE_END}\nb\n`,
    );
  });
});
