/** What a request path may name in a built source; anything else is a 404 without touching disk. */
export interface StaticRoute {
  /** Path relative to the source directory. */
  file: string;
  contentType: string;
  kind: 'descriptor' | 'range' | 'list';
}

const RANGE_XC = /^\/ranges\/([a-z][a-z-]{1,31})\/([0-9A-Fa-f]{1,5})\.txt$/;
// Pwned Passwords clients may send the prefix in either case; files are named upper-case.
const RANGE_HIBP = /^\/range\/([0-9A-Fa-f]{5})$/;
// xc-oprf-v1 whole lists: one file per kind, the same for everyone.
const LIST = /^\/lists\/([a-z][a-z-]{1,31})\.bin$/;

/**
 * Maps a URL path to a file of the built source by shape alone: source.json, or a range file
 * whose name is a short hex prefix. Because the shapes allow no dots, slashes or long hex, no
 * path can climb out of the directory and no full hash can ever be looked up (or logged).
 */
export function routeFor(pathname: string): StaticRoute | undefined {
  if (pathname === '/source.json') {
    return { file: 'source.json', contentType: 'application/json; charset=utf-8', kind: 'descriptor' };
  }
  const text = 'text/plain; charset=utf-8';
  const xc = RANGE_XC.exec(pathname);
  if (xc)
    return {
      file: `ranges/${xc[1]}/${(xc[2] as string).toUpperCase()}.txt`,
      contentType: text,
      kind: 'range',
    };
  const list = LIST.exec(pathname);
  if (list) return { file: `lists/${list[1]}.bin`, contentType: 'application/octet-stream', kind: 'list' };
  const hibp = RANGE_HIBP.exec(pathname);
  if (hibp) return { file: `range/${(hibp[1] as string).toUpperCase()}`, contentType: text, kind: 'range' };
  return undefined;
}
