import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PORTAL_CATALOGUE } from '../../../src/contracts/portal-catalogue-data.ts';
import { contentScriptMatches } from '../../../src/contracts/portal-lookup.ts';

interface ContentScript {
  matches?: string[];
  exclude_matches?: string[];
  js?: string[];
  all_frames?: boolean;
}

const manifest = JSON.parse(readFileSync(join(import.meta.dirname, '../../../manifest.json'), 'utf8')) as {
  content_scripts?: ContentScript[];
};

// The content script may run only where the catalogue can show a warning: the manifest's matches are
// derived data, and this test is what keeps them in step when the catalogue changes.
describe('manifest content_scripts', () => {
  const scripts = manifest.content_scripts ?? [];

  it('declares exactly one content script: the portal warning', () => {
    expect(scripts).toHaveLength(1);
    expect(scripts[0]?.js).toEqual(['src/content/index.ts']);
    expect(scripts[0]?.all_frames).toBe(false);
  });

  it('matches exactly the warned portal domains and their subdomains', () => {
    expect([...(scripts[0]?.matches ?? [])].toSorted()).toEqual(
      contentScriptMatches(PORTAL_CATALOGUE).toSorted(),
    );
  });

  it('never asks for all sites', () => {
    const all = scripts.flatMap((script) => script.matches ?? []);
    for (const broad of ['<all_urls>', '*://*/*', 'https://*/*', 'http://*/*'])
      expect(all).not.toContain(broad);
    expect(all.every((pattern) => /^https:\/\/(\*\.)?[a-z0-9.-]+\/\*$/.test(pattern))).toBe(true);
  });
});
