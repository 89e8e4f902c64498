import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const css = readFileSync(join(import.meta.dirname, '../../../src/ui/shared/base.css'), 'utf8');

/** The custom properties of the first `:root { … }` block after `from` in base.css. */
function palette(from: number): Record<string, string> {
  const start = css.indexOf(':root {', from);
  const block = css.slice(start, css.indexOf('}', start));
  return Object.fromEntries([...block.matchAll(/--([a-z-]+):\s*(#[0-9a-f]{6});/gi)].map((m) => [m[1], m[2]]));
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].toSorted((x, y) => y - x);
  return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
}

/** Text colour on background colour, as the stylesheets combine them. */
const TEXT_PAIRS: [string, string][] = [
  ['fg', 'bg'],
  ['fg', 'surface'],
  ['muted', 'bg'],
  ['muted', 'surface'],
  ['accent', 'bg'],
  ['accent', 'surface'],
  ['accent-fg', 'accent'],
  ['found', 'bg'],
  ['found', 'found-bg'],
  ['clear', 'bg'],
  ['clear', 'clear-bg'],
  ['warn', 'bg'],
  ['warn', 'warn-bg'],
  ['fg', 'warn-bg'],
  ['accent', 'warn-bg'],
];

describe.each([
  ['light', palette(0)],
  ['dark', palette(css.indexOf('prefers-color-scheme: dark'))],
])('%s colours', (_scheme, colours) => {
  it.each(TEXT_PAIRS)('%s on %s reaches 4.5:1', (text, background) => {
    expect(colours[text], text).toBeDefined();
    expect(colours[background], background).toBeDefined();
    expect(contrast(colours[text] ?? '', colours[background] ?? '')).toBeGreaterThanOrEqual(4.5);
  });
});
