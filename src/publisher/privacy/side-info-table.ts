import { BIRTH_DATE_SHARE } from '../../core/identifiers/birth-date-share.ts';
import {
  anonymitySet,
  IDENTIFIER_KINDS,
  KIND_SPECS,
  recommendedPrefixBits,
  type IdentifierKind,
} from '../../core/index.ts';

export const SIDE_TABLE_START =
  '<!-- side-info-table:start (generated: npm run publisher -- privacy-table --write docs/privacy.md) -->';
export const SIDE_TABLE_END = '<!-- side-info-table:end -->';

export interface SideInfoRow {
  kind: IdentifierKind;
  label: string;
  prefixBits: number;
  /** Candidates behind one prefix for someone who knows nothing else. */
  none: number;
  /** … who knows the person's birth year (undefined: the number does not encode it). */
  givenYear?: number;
  /** … who knows the person's birth date. */
  givenDate?: number;
  encodes?: string;
}

/** One row per non-password kind, at the prefix length every prefix scheme uses for it. */
export function sideInfoRows(): SideInfoRow[] {
  return IDENTIFIER_KINDS.filter((k) => k !== 'password').map((kind) => {
    const prefixBits = recommendedPrefixBits(kind);
    const buckets = 2 ** prefixBits;
    const row: SideInfoRow = {
      kind,
      label: KIND_SPECS[kind].label,
      prefixBits,
      none: anonymitySet(kind, prefixBits),
    };
    const share = BIRTH_DATE_SHARE[kind];
    if (share !== undefined) {
      row.givenYear = share.perYear / buckets;
      row.givenDate = share.perDate / buckets;
      row.encodes = share.encodes;
    }
    return row;
  });
}

/** Enough digits to tell 0.3 from 3 from 3,000; below 1 means the prefix points at one number. */
function candidates(n: number | undefined): string {
  if (n === undefined) return '— (not encoded)';
  if (n >= 100) return Math.round(n).toLocaleString('en-US');
  if (n >= 1) return n.toFixed(1);
  return `**${n.toFixed(2)}**`;
}

/** The side-information table in docs/privacy.md, byte for byte. */
export function sideInfoTableMarkdown(rows: readonly SideInfoRow[] = sideInfoRows()): string {
  const lines = [
    '| Kind | Number encodes | Prefix bits | Per prefix, no side information | … birth year known | … birth date known | Keyed whole list |',
    '| --- | --- | ---: | ---: | ---: | ---: | --- |',
    ...rows.map(
      (r) =>
        `| ${r.label} (\`${r.kind}\`) | ${r.encodes ?? '—'} | ${r.prefixBits} | ${candidates(r.none)} | ` +
        `${candidates(r.givenYear)} | ${candidates(r.givenDate)} | nothing sent |`,
    ),
  ];
  return `${lines.join('\n')}\n`;
}

export function replaceSideInfoTable(markdown: string, table = sideInfoTableMarkdown()): string {
  const start = markdown.indexOf(SIDE_TABLE_START);
  const end = markdown.indexOf(SIDE_TABLE_END);
  if (start === -1 || end < start) throw new Error('The document has no side-info-table markers.');
  return `${markdown.slice(0, start + SIDE_TABLE_START.length)}\n${table}${markdown.slice(end)}`;
}

export function sideInfoTableIn(markdown: string): string | undefined {
  const start = markdown.indexOf(SIDE_TABLE_START);
  const end = markdown.indexOf(SIDE_TABLE_END);
  return start === -1 || end < start ? undefined : markdown.slice(start + SIDE_TABLE_START.length + 1, end);
}
