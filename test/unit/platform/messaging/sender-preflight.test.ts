import { describe, expect, it } from 'vitest';
import {
  classifySender,
  contentScriptMatchesOf,
} from '../../../../src/platform/messaging/sender-preflight.ts';

const policy = {
  extensionId: 'ours',
  extensionOrigin: 'chrome-extension://ours/',
  contentScriptMatches: ['https://pacjent.gov.pl/*', 'https://*.sundhed.dk/*'],
};
const tab = { id: 3 };

describe('classifySender', () => {
  it.each([
    ['the popup', { id: 'ours', url: 'chrome-extension://ours/src/ui/popup/index.html' }],
    [
      'the options page opened in a tab',
      { id: 'ours', url: 'chrome-extension://ours/src/ui/options/index.html', tab },
    ],
  ])('accepts %s as ui', (_label, sender) => {
    expect(classifySender(sender, policy)).toEqual({ allowed: true, role: 'ui' });
  });

  it.each([
    ['the exact portal host', 'https://pacjent.gov.pl/login'],
    ['a subdomain of a wildcard host', 'https://www.sundhed.dk/borger'],
  ])('accepts our content script on %s', (_label, url) => {
    expect(classifySender({ id: 'ours', url, tab }, policy)).toEqual({ allowed: true, role: 'content' });
  });

  it.each([
    ['another extension', { id: 'theirs', url: 'chrome-extension://theirs/page.html' }],
    [
      'another extension claiming our URL',
      { id: 'theirs', url: 'chrome-extension://ours/src/ui/popup/index.html' },
    ],
    ['no id at all (a web page)', { url: 'https://evil.example/' }],
    ['our id on a page we never inject into', { id: 'ours', url: 'https://evil.example/', tab }],
    ['a look-alike host', { id: 'ours', url: 'https://pacjent.gov.pl.evil.example/', tab }],
    ['http instead of https', { id: 'ours', url: 'http://pacjent.gov.pl/', tab }],
    ['a catalogued page without a tab', { id: 'ours', url: 'https://pacjent.gov.pl/' }],
    ['no URL', { id: 'ours' }],
  ])('refuses %s', (_label, sender) => {
    expect(classifySender(sender, policy).allowed).toBe(false);
  });
});

describe('contentScriptMatchesOf', () => {
  it('collects every match pattern of the manifest', () => {
    expect(
      contentScriptMatchesOf({
        content_scripts: [{ matches: ['https://a.example/*'] }, {}, { matches: ['https://b.example/*'] }],
      }),
    ).toEqual(['https://a.example/*', 'https://b.example/*']);
    expect(contentScriptMatchesOf({})).toEqual([]);
  });
});
