import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const UI_DIR = join(import.meta.dirname, '../../../src/ui');

function tsxFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return tsxFiles(full);
    return name.endsWith('.tsx') ? [full] : [];
  });
}

/** Words between JSX tags, and words in user-facing attributes: all text must come from the translator. */
export function hardCodedText(source: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  // A `>` that closes a tag (not an arrow or a comparison), then text up to the next tag or expression.
  const between = [...code.matchAll(/(?<![=-])>\s*([^<>{}()=;\n]*[A-Za-z]{2,}[^<>{}()=;\n]*?)\s*</g)].map(
    (m) => m[1] ?? '',
  );
  const attributes = [
    ...code.matchAll(/\b(?:aria-label|title|placeholder|alt|label)="([^"]*[A-Za-z]{2,}[^"]*)"/g),
  ].map((m) => m[1] ?? '');
  return [...between, ...attributes];
}

describe('UI text', () => {
  it('no component shows hard-coded words', () => {
    const problems = tsxFiles(UI_DIR).flatMap((file) =>
      hardCodedText(readFileSync(file, 'utf8')).map((text) => `${relative(UI_DIR, file)}: "${text}"`),
    );
    expect(problems).toEqual([]);
  });

  it('no component sets raw HTML (everything rendered is escaped text or elements)', () => {
    const users = tsxFiles(UI_DIR).filter((file) =>
      readFileSync(file, 'utf8').includes('dangerouslySetInnerHTML'),
    );
    expect(users.map((file) => relative(UI_DIR, file))).toEqual([]);
  });

  it('the check itself finds hard-coded words', () => {
    expect(hardCodedText('<p>Checking privately…</p>')).toEqual(['Checking privately…']);
    expect(hardCodedText('<p>\n  Not found\n</p>')).toEqual(['Not found']);
    expect(hardCodedText('<button aria-label="Close">x</button>')).toEqual(['Close']);
    expect(hardCodedText("<p>{t('popup_check')}</p>")).toEqual([]);
  });
});
