/**
 * A generated block in a Markdown document sits between a start and an end marker (HTML comments), so
 * the generator can rewrite it in place and a test can compare it with what the code would write.
 */
export interface BlockMarkers {
  start: string;
  end: string;
  /** Named in the error when the markers are missing, e.g. "privacy-table". */
  name: string;
}

/** Replaces the block between the markers; throws when the document has no such markers. */
export function replaceGeneratedBlock(markdown: string, markers: BlockMarkers, block: string): string {
  const start = markdown.indexOf(markers.start);
  const end = markdown.indexOf(markers.end);
  if (start === -1 || end < start) throw new Error(`The document has no ${markers.name} markers.`);
  return `${markdown.slice(0, start + markers.start.length)}\n${block}${markdown.slice(end)}`;
}

/** The block currently between the markers, or undefined when they are missing. */
export function generatedBlockIn(markdown: string, markers: BlockMarkers): string | undefined {
  const start = markdown.indexOf(markers.start);
  const end = markdown.indexOf(markers.end);
  return start === -1 || end < start ? undefined : markdown.slice(start + markers.start.length + 1, end);
}
