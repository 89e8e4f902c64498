/**
 * Does `url` match a WebExtension match pattern such as `https://*.example.org/*`? Only the forms our
 * manifest uses are supported (scheme, host with optional `*.` wildcard, path glob); anything else
 * never matches, which is the safe direction for an allowlist.
 */
export function matchesPattern(pattern: string, url: string): boolean {
  const m = /^(https?|\*):\/\/(\*|(?:\*\.)?[a-z0-9.-]+)(\/.*)$/i.exec(pattern);
  if (m === null) return false;
  const [, scheme = '', host = '', path = ''] = m;
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return false;
  }
  const targetScheme = target.protocol.slice(0, -1);
  if (scheme === '*' ? !['http', 'https'].includes(targetScheme) : scheme !== targetScheme) return false;
  if (!hostMatches(host.toLowerCase(), target.hostname.toLowerCase())) return false;
  return globToRegExp(path).test(target.pathname + target.search);
}

function hostMatches(host: string, target: string): boolean {
  if (host === '*') return true;
  if (host.startsWith('*.')) {
    const base = host.slice(2);
    return target === base || target.endsWith(`.${base}`);
  }
  return host === target;
}

function globToRegExp(glob: string): RegExp {
  const escaped = glob.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replaceAll('*', '.*');
  return new RegExp(`^${escaped}$`);
}
