// Plain http is accepted for exactly the hosts the manifest's optional host permissions can grant
// (issue 14, finding 10): a loopback form outside them would be added and then fail every check.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sourceUrlSchema } from '../../../../src/contracts/custom-source.ts';
import { parseSourceDescriptor } from '../../../../src/core/range/source-descriptor.ts';
import { assertSendableTemplate } from '../../../../src/core/range/url-template.ts';
import { LOCAL_HTTP_HOSTS } from '../../../../src/core/range/url-safety.ts';
import { originPatternsFor } from '../../../../src/platform/host-permissions.ts';
import { xcSource } from './fixtures.ts';

const manifest = JSON.parse(readFileSync('manifest.json', 'utf8')) as {
  optional_host_permissions: string[];
};

/** A source.json whose ranges live at `rangeUrl` (the descriptor itself at https://x.example). */
function withRangeUrl(rangeUrl: string): Record<string, unknown> {
  const { rangeUrl: _drop, ...rest } = xcSource('https://x.example');
  return { ...JSON.parse(JSON.stringify(rest)), rangeUrl };
}

const refused = [
  'http://127.0.0.2:8080/source.json',
  'http://127.1.2.3/source.json',
  'http://[::1]:8080/source.json',
  'http://localhost.example.org/source.json',
  'http://0.0.0.0:8080/source.json',
];
const accepted = ['http://localhost:8080/source.json', 'http://127.0.0.1:45123/s/source.json'];

describe('plain http hosts', () => {
  it('are exactly the http:// hosts of optional_host_permissions', () => {
    const httpHosts = manifest.optional_host_permissions
      .filter((p) => p.startsWith('http://'))
      .map((p) => new URL(p.replace('/*', '/')).hostname);
    expect(httpHosts.toSorted()).toEqual([...LOCAL_HTTP_HOSTS].toSorted());
  });

  it.each(accepted)('accepts %s (any port) and asks for a pattern the manifest lists', (url) => {
    expect(sourceUrlSchema.safeParse(url).success).toBe(true);
    expect(manifest.optional_host_permissions).toEqual(expect.arrayContaining(originPatternsFor([url])));
    expect(() =>
      parseSourceDescriptor(withRangeUrl(url.replace('source.json', '{kind}/{prefix}')), url),
    ).not.toThrow();
  });

  it.each(refused)('refuses %s as a source address, a range address and at request time', (url) => {
    expect(sourceUrlSchema.safeParse(url).success).toBe(false);
    const descriptor = withRangeUrl(url.replace('source.json', '{kind}/{prefix}'));
    expect(() => parseSourceDescriptor(descriptor, 'https://x.example/source.json')).toThrow(
      /plain http is allowed only for localhost and 127\.0\.0\.1/,
    );
    expect(() =>
      assertSendableTemplate(url.replace('source.json', '{kind}/{prefix}'), 'range address'),
    ).toThrow(/not a private https address/);
  });
});
