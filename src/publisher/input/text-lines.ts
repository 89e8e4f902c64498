import { createReadStream } from 'node:fs';

/** Longest physical line kept; anything longer is reported, never buffered without limit. */
export const MAX_LINE_LENGTH = 64 * 1024;

export type TextLine = { line: number; text: string } | { line: number; tooLong: true };

/**
 * Streams a UTF-8 file as lines (LF or CRLF), numbered from 1, with a leading byte-order mark
 * removed. Memory stays bounded by the read chunk plus one line, whatever the file size.
 */
export async function* readTextLines(path: string): AsyncGenerator<TextLine> {
  const decoder = new TextDecoder('utf-8');
  let pending = '';
  let overlong = false;
  let lineNumber = 0;
  let first = true;
  const emit = (raw: string): TextLine => {
    lineNumber++;
    const text = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    return overlong || text.length > MAX_LINE_LENGTH
      ? { line: lineNumber, tooLong: true }
      : { line: lineNumber, text };
  };
  for await (const chunk of createReadStream(path, { highWaterMark: 256 * 1024 })) {
    let text = decoder.decode(chunk as Buffer, { stream: true });
    if (first && text.length > 0) {
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      first = false;
    }
    let start = 0;
    for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', start)) {
      yield emit(pending + text.slice(start, nl));
      pending = '';
      overlong = false;
      start = nl + 1;
    }
    if (!overlong) pending += text.slice(start);
    if (pending.length > MAX_LINE_LENGTH) {
      overlong = true;
      pending = '';
    }
  }
  const rest = pending + decoder.decode();
  if (rest !== '' || overlong) yield emit(rest);
}
