/** One byte form in which a string could sit in a file. */
export interface EncodedNeedle {
  encoding: string;
  bytes: Buffer;
}

function jsonEscaped(text: string, upperHex: boolean): string {
  // JSON.stringify escapes quotes, backslashes and control characters; \u-escape non-ASCII too, as
  // some serialisers do.
  return JSON.stringify(text)
    .slice(1, -1)
    .replace(/[^\x20-\x7e]/g, (c) => {
      const hex = c.charCodeAt(0).toString(16).padStart(4, '0');
      return `\\u${upperHex ? hex.toUpperCase() : hex}`;
    });
}

function utf16be(text: string): Buffer {
  const le = Buffer.from(text, 'utf16le');
  const be = Buffer.alloc(le.length);
  for (let i = 0; i + 1 < le.length; i += 2) {
    be[i] = le[i + 1] ?? 0;
    be[i + 1] = le[i] ?? 0;
  }
  return be;
}

/**
 * The byte sequences a browser profile could hold the string in: UTF-8, UTF-16LE/BE (V8 two-byte strings,
 * localStorage), Latin-1 (V8 one-byte strings), JSON-escaped (storage serialisers) in UTF-8 and UTF-16LE,
 * and percent-encoded (URLs, history). Duplicates are dropped, so an ASCII string yields fewer forms.
 */
export function encodingsOf(text: string): EncodedNeedle[] {
  const forms: EncodedNeedle[] = [
    { encoding: 'utf-8', bytes: Buffer.from(text, 'utf8') },
    { encoding: 'utf-16le', bytes: Buffer.from(text, 'utf16le') },
    { encoding: 'utf-16be', bytes: utf16be(text) },
    { encoding: 'json-escaped utf-8', bytes: Buffer.from(jsonEscaped(text, false), 'utf8') },
    { encoding: 'json-escaped utf-8 (upper-case hex)', bytes: Buffer.from(jsonEscaped(text, true), 'utf8') },
    { encoding: 'json-escaped utf-16le', bytes: Buffer.from(jsonEscaped(text, false), 'utf16le') },
    { encoding: 'percent-encoded', bytes: Buffer.from(encodeURIComponent(text), 'utf8') },
  ];
  if ([...text].every((c) => c.charCodeAt(0) <= 0xff)) {
    forms.push({ encoding: 'latin-1', bytes: Buffer.from(text, 'latin1') });
  }
  const seen = new Set<string>();
  return forms.filter((form) => {
    const key = form.bytes.toString('hex');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
