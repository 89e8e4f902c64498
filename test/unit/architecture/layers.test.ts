import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { violations } from './layer-rules.ts';

const root = join(import.meta.dirname, '../../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(name) ? [full] : [];
  });
}

const resolveRel = (fromRel: string, spec: string): string => normalize(join(dirname(fromRel), spec));

describe('layers', () => {
  it('no file imports against the arrow, and core touches no browser, DOM or Node API', () => {
    const files = sourceFiles(join(root, 'src'));
    expect(files.length).toBeGreaterThan(10);
    const problems = files.flatMap((file) =>
      violations(relative(root, file), readFileSync(file, 'utf8'), resolveRel),
    );
    expect(problems).toEqual([]);
  });

  // The checker itself must be able to fail, or the test above proves nothing.
  it.each([
    ['src/core/x.ts', "import { a } from '../platform/storage.ts';", 'core must not import platform'],
    ['src/contracts/x.ts', "export { b } from '../ui/popup/app.tsx';", 'contracts must not import ui'],
    [
      'src/platform/x.ts',
      "const m = await import('../background/index.ts');",
      'platform must not import background',
    ],
    ['src/ui/x.ts', "import '../content/index.ts';", 'ui must not import content'],
    ['src/core/x.ts', 'const id = chrome.runtime.id;', 'core uses extension API'],
    ['src/core/x.ts', "import { readFile } from 'node:fs';", 'core uses Node built-in'],
    ['src/core/x.ts', 'localStorage.setItem("k", v);', 'core uses browser storage'],
    ['src/core/x.ts', "import { openDB } from 'idb';", 'core uses a platform/UI library'],
    ['src/contracts/x.ts', "import { z } from 'zod';", 'import zod from src/core/zod.ts'],
  ])('flags %s: %s', (path, source, expected) => {
    const found = violations(path, source, resolveRel);
    expect(found.join('\n')).toContain(expected);
  });

  it('accepts imports along the arrow and ignores comments', () => {
    expect(violations('src/ui/x.ts', "import { a } from '../platform/a.ts';", resolveRel)).toEqual([]);
    expect(
      violations('src/core/x.ts', '// never call chrome.runtime here\nconst a = 1;', resolveRel),
    ).toEqual([]);
  });
});
