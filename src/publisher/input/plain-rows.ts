import type { InputRow } from './row-types.ts';
import { readTextLines } from './text-lines.ts';

/**
 * One value per line, taken exactly as written apart from the line ending (a password may begin or
 * end with spaces). A line that is empty or only whitespace counts as blank.
 */
export async function* readPlainRows(path: string): AsyncGenerator<InputRow> {
  for await (const physical of readTextLines(path)) {
    const { line } = physical;
    if ('tooLong' in physical) yield { line, problem: 'too-long' };
    else if (physical.text.trim() === '') yield { line, blank: true };
    else yield { line, values: [physical.text] };
  }
}
