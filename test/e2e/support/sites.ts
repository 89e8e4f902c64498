import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { SiteHandler } from './local-web.ts';

/** A site that answers every path with the same HTML page (portal look-alikes, ordinary pages). */
export function htmlSite(title: string, body = `<h1>${title}</h1>`): SiteHandler {
  const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
  return (_req, res) => void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
  '.js': 'text/javascript',
};

/**
 * Serves files under `root` read-only, with CORS open like a public range host. Stand-in for the
 * publisher's own server until a scenario needs its exact behaviour.
 */
export function staticSite(root: string): SiteHandler {
  const base = normalize(root);
  return async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = normalize(join(base, path));
    const inside = file === base || file.startsWith(base + sep);
    const found = inside && (await stat(file).catch(() => undefined))?.isFile() === true;
    if (!found) {
      res
        .writeHead(404, { 'content-type': 'text/plain', 'access-control-allow-origin': '*' })
        .end('not found');
      return;
    }
    const type = CONTENT_TYPES[extname(file)] ?? 'application/octet-stream';
    res
      .writeHead(200, { 'content-type': type, 'access-control-allow-origin': '*' })
      .end(await readFile(file));
  };
}

/** A site that is "down": every request gets a 503, as a failing range server would answer. */
export function failingSite(status = 503): SiteHandler {
  return (_req, res) => void res.writeHead(status, { 'content-type': 'text/plain' }).end('unavailable');
}
