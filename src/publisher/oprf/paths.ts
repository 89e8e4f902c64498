import { realpath } from 'node:fs/promises';
import path from 'node:path';

/** Real path of `target`, resolving symlinks of its nearest existing ancestor (it may not exist yet). */
export async function canonicalPath(target: string): Promise<string> {
  const absolute = path.resolve(target);
  const tail: string[] = [];
  let current = absolute;
  for (;;) {
    try {
      return path.join(await realpath(current), ...tail.toReversed());
    } catch {
      const parent = path.dirname(current);
      if (parent === current) return absolute;
      tail.push(path.basename(current));
      current = parent;
    }
  }
}

/** True when `child` is `parent` or lies anywhere below it, after resolving symlinks. */
export async function isInsideDirectory(child: string, parent: string): Promise<boolean> {
  const [c, p] = await Promise.all([canonicalPath(child), canonicalPath(parent)]);
  const rel = path.relative(p, c);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}
