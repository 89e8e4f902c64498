// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { samplesText } from '../../../src/publisher/commands/demo-command.ts';
import { SHOWCASE_KINDS, showcaseSamples } from '../../../src/publisher/demo/demo-showcase.ts';
import type { DemoSample } from '../../../src/publisher/demo/run-demo.ts';
import { IDENTIFIER_KINDS, parseIdentifier } from '../../../src/core/index.ts';
import { SYNTHETIC, seededRandom } from '../../../src/core/synthetic/index.ts';

// What `npm start` and `publisher demo` print to try: national IDs of several countries first (the case
// the extension is for), not only the email addresses and phone numbers that come first in the lists.

const random = seededRandom(11);
const kinds = IDENTIFIER_KINDS.filter((k) => k !== 'password');
/** As runDemo lists them: kind by kind, three breached samples each, with the generators' odd spacing. */
const present: DemoSample[] = kinds.flatMap((kind) =>
  [['demo-lab-2026'], ['demo-lab-2026', 'demo-clinic-2025'], ['demo-clinic-2025']].map((breaches) => ({
    kind,
    value: ` ${SYNTHETIC[kind](random)}  `,
    breaches,
  })),
);
const absent: DemoSample[] = kinds.map((kind) => ({ kind, value: SYNTHETIC[kind](random), breaches: [] }));

describe('demo samples', () => {
  it('show national IDs of several countries before email and phone, one of each kind', () => {
    const shown = showcaseSamples(present).map((s) => s.kind);
    expect(shown).toEqual([...SHOWCASE_KINDS]);
    expect(shown.slice(0, 6)).toEqual(['pesel', 'cpr', 'bsn', 'nhs', 'nir', 'ssn']);
  });

  it('cover lab-only, both-breach and clinic-only samples in turn', () => {
    const breaches = showcaseSamples(present).map((s) => s.breaches.join('+'));
    expect(new Set(breaches).size).toBe(3);
  });

  it('print without stray spaces: nothing leading, trailing or doubled on any line', () => {
    const text = samplesText(present, absent);
    for (const line of text.split('\n')) {
      expect(line).toBe(line.trimEnd());
      if (!line.startsWith('-')) expect(line).not.toMatch(/^\s/);
    }
    for (const sample of showcaseSamples(present)) {
      const parsed = parseIdentifier(sample.kind, sample.value);
      expect(parsed.ok).toBe(true);
      if (parsed.ok) expect(text).toContain(`  ${parsed.canonical}  `);
    }
    // National IDs print as one word each: no spaces inside the number.
    expect(text).toMatch(/^pesel \(PL\) {2}\d{11} /m);
    expect(text).toMatch(/^nhs \(GB\) +\d{10} /m);
    expect(text).toContain('pesel (PL)');
    expect(text).toContain('ssn (US)');
    expect(text).toMatch(/nir \(FR\)\s+\S.*not in the source/);
  });
});
