import { CheckFailure } from './errors.ts';

/**
 * Splits a range body into lines. A single final line ending is allowed; an empty body or an empty line
 * in the middle is not, because a real bucket never has one and "nothing in it" must not read as "clean".
 */
export function splitBodyLines(body: string, lineEnding: RegExp): string[] {
  if (body.length === 0) throw new CheckFailure('malformed', 'the answer was empty');
  const lines = body.split(lineEnding);
  if (lines.at(-1) === '') lines.pop();
  if (lines.length === 0) throw new CheckFailure('malformed', 'the answer has no lines');
  const blank = lines.indexOf('');
  if (blank !== -1) throw new CheckFailure('malformed', `line ${blank + 1} is empty`);
  return lines;
}
