import {
  anonymitySet,
  IDENTIFIER_KINDS,
  KIND_SPECS,
  recommendedPrefixBits,
  type IdentifierKind,
} from '../../core/index.ts';
import { generatedBlockIn, replaceGeneratedBlock } from './generated-block.ts';
import { MEASURED_HASHES_PER_CORE_SECOND } from './work-factor-rate.ts';

export const TABLE_START =
  '<!-- privacy-table:start (generated: npm run publisher -- privacy-table --write docs/privacy.md) -->';
export const TABLE_END = '<!-- privacy-table:end -->';

export interface PrivacyRow {
  kind: IdentifierKind;
  label: string;
  validSpace: number;
  prefixBits: number;
  /** Plausible identifiers behind one prefix: what the range server learns narrows to this many. */
  anonymitySet: number;
  /** Seconds for one CPU core to hash every plausible value at the default xc-v1 work factor. */
  enumerationSeconds: number;
}

/** One row per kind published with xc-v1 (passwords use hibp-sha1 and are described apart). */
export function privacyRows(): PrivacyRow[] {
  return IDENTIFIER_KINDS.filter((k) => k !== 'password').map((kind) => {
    const spec = KIND_SPECS[kind];
    const prefixBits = recommendedPrefixBits(kind);
    return {
      kind,
      label: spec.label,
      validSpace: spec.validSpace,
      prefixBits,
      anonymitySet: anonymitySet(kind, prefixBits),
      enumerationSeconds: spec.validSpace / MEASURED_HASHES_PER_CORE_SECOND,
    };
  });
}

const int = (n: number): string => Math.round(n).toLocaleString('en-US');

/** "3.2 years", "41 days", "5.0 hours": enough precision to compare, no false precision. */
export function humanDuration(seconds: number): string {
  const units: [string, number][] = [
    ['years', 365.25 * 86_400],
    ['days', 86_400],
    ['hours', 3_600],
    ['minutes', 60],
  ];
  for (const [unit, size] of units) {
    const value = seconds / size;
    if (value >= 1) return `${value >= 10 ? int(value) : value.toFixed(1)} ${unit}`;
  }
  return `${seconds.toFixed(1)} seconds`;
}

/** The Markdown table in docs/privacy.md, byte for byte. */
export function privacyTableMarkdown(rows: readonly PrivacyRow[] = privacyRows()): string {
  const lines = [
    '| Kind | Valid space | log2 | Prefix bits | Files | Candidates per prefix | Enumerate all, 1 core |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map(
      (r) =>
        `| ${r.label} (\`${r.kind}\`) | ${int(r.validSpace)} | ${Math.log2(r.validSpace).toFixed(1)} | ` +
        `${r.prefixBits} | ${int(2 ** r.prefixBits)} | ${int(r.anonymitySet)} | ${humanDuration(r.enumerationSeconds)} |`,
    ),
  ];
  return `${lines.join('\n')}\n`;
}

const MARKERS = { start: TABLE_START, end: TABLE_END, name: 'privacy-table' };

/** Replaces the generated block between the markers of a Markdown document. */
export function replaceTable(markdown: string, table = privacyTableMarkdown()): string {
  return replaceGeneratedBlock(markdown, MARKERS, table);
}

/** The generated block currently in a document (for the test that keeps the doc true). */
export function tableIn(markdown: string): string | undefined {
  return generatedBlockIn(markdown, MARKERS);
}
