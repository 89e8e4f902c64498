import { parseSourceDescriptor } from '../../core/range/source-descriptor.ts';

/**
 * The page the server's root URL answers with: what this is and what it serves, so a person who opens
 * the address in a browser sees how to use it instead of "Not found". Plain text, built from the
 * validated source.json only: it names no file that the range routes would not serve anyway.
 */
export function sourceIndexText(descriptorJson: unknown, baseUrl: string): string {
  const sourceUrl = new URL('source.json', baseUrl).href;
  const lines = [
    'Exposure Check breach source',
    '',
    `Add this address in the extension's settings (Add a source): ${sourceUrl}`,
    '',
  ];
  let descriptor;
  try {
    descriptor = parseSourceDescriptor(descriptorJson, sourceUrl);
  } catch (error) {
    return [...lines, `source.json is not valid: ${(error as Error).message}`, ''].join('\n');
  }
  const list = descriptor.layout === 'list';
  lines.push(
    `Name: ${descriptor.name}`,
    `Publisher: ${descriptor.publisher}`,
    `Scheme: ${descriptor.scheme}`,
    `Updated: ${descriptor.updated}`,
    `Breaches: ${descriptor.breaches.map((b) => `${b.title} (${b.date})`).join('; ') || 'none listed'}`,
    '',
    'Served here:',
    `  ${sourceUrl}  the source description`,
  );
  for (const kind of descriptor.kinds) {
    const url = descriptor.rangeUrl.replace('{kind}', kind);
    if (list) {
      lines.push(`  ${url}  the whole list of ${kind} (blinded, one file)`);
      continue;
    }
    const bits = descriptor.buckets[kind]?.prefixBits;
    const files = bits === undefined ? '' : ` (${(2 ** bits).toLocaleString('en-US')} files)`;
    lines.push(`  ${url}  ${kind} range files by hash prefix${files}`);
  }
  lines.push(
    '',
    'Only a short hash prefix is ever requested; the full hash and the identifier stay on the device.',
    '',
  );
  return lines.join('\n');
}
