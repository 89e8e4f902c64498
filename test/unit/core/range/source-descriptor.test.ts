import { describe, expect, it } from 'vitest';
import { maxPrefixBits } from '../../../../src/core/range/prefix.ts';
import { pwnedPasswordsSource } from '../../../../src/core/range/pwned-passwords-source.ts';
import {
  parseSourceDescriptor,
  SourceDescriptorError,
} from '../../../../src/core/range/source-descriptor.ts';
import { TEST_SALT } from './fixtures.ts';

const DESCRIPTOR_URL = 'https://cert.example.org/sources/demo/source.json';

function descriptor(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    format: 'exposure-check-source/1',
    id: 'demo-lab-2026',
    name: 'Demo lab breach (synthetic)',
    publisher: 'Exposure Check demo',
    homepage: '../about.html',
    scheme: 'xc-v1',
    kinds: ['pesel', 'email'],
    rangeUrl: 'ranges/{kind}/{prefix}.txt',
    hash: { algorithm: 'pbkdf2-sha256', iterations: 20000, salt: TEST_SALT },
    buckets: {
      pesel: { prefixBits: maxPrefixBits('pesel'), lines: 64 },
      email: { prefixBits: 16, lines: 8 },
    },
    padded: true,
    breaches: [
      {
        id: 'demo-lab',
        title: 'Demo lab',
        operator: 'Demo Lab Ltd',
        country: 'PL',
        date: '2026-03-01',
        dataClasses: ['national-id'],
        notice: 'notice.html',
      },
    ],
    updated: '2026-11-26T00:00:00.000Z',
    ...overrides,
  };
}

function rejection(json: unknown, url = DESCRIPTOR_URL): SourceDescriptorError {
  try {
    parseSourceDescriptor(json, url);
  } catch (error) {
    if (error instanceof SourceDescriptorError) return error;
    throw error;
  }
  throw new Error('expected the descriptor to be rejected');
}

describe('parseSourceDescriptor: accepted', () => {
  it('resolves relative URLs against the descriptor and keeps the placeholders', () => {
    const source = parseSourceDescriptor(descriptor(), DESCRIPTOR_URL);
    expect(source.rangeUrl).toBe('https://cert.example.org/sources/demo/ranges/{kind}/{prefix}.txt');
    expect(source.homepage).toBe('https://cert.example.org/sources/about.html');
    expect(source.breaches[0]?.notice).toBe('https://cert.example.org/sources/demo/notice.html');
  });

  // Other loopback forms ([::1], 127.0.0.2) are refused: see local-http-hosts.test.ts.
  it.each(['http://localhost:8080/s.json', 'http://127.0.0.1:9/s.json'])(
    'allows plain http on localhost and 127.0.0.1 (%s)',
    (url) => {
      expect(parseSourceDescriptor(descriptor(), url).rangeUrl).toMatch(/^http:\/\//);
    },
  );

  it('accepts the built-in Pwned Passwords descriptor unchanged', () => {
    const builtIn = pwnedPasswordsSource();
    expect(parseSourceDescriptor(JSON.parse(JSON.stringify(builtIn)), builtIn.rangeUrl)).toEqual(builtIn);
  });
});

describe('parseSourceDescriptor: rejected, with a readable reason', () => {
  const cases: [string, unknown, RegExp][] = [
    ['not an object', 'hello', /not a valid source description/],
    ['unknown format', descriptor({ format: 'exposure-check-source/9' }), /format/],
    ['unknown scheme', descriptor({ scheme: 'md5-prefix' }), /scheme/],
    [
      'plain http outside localhost',
      descriptor({ rangeUrl: 'http://ranges.example.org/{kind}/{prefix}' }),
      /rangeUrl: must use https/,
    ],
    [
      'a non-http scheme',
      descriptor({ rangeUrl: 'ftp://ranges.example.org/{kind}/{prefix}' }),
      /rangeUrl: must use https/,
    ],
    [
      'an http breach notice',
      descriptor({ breaches: [{ ...(descriptor().breaches as object[])[0], notice: 'http://x.example/n' }] }),
      /breaches\.0\.notice: must use https/,
    ],
    [
      'credentials in the range URL',
      descriptor({ rangeUrl: 'https://user:secret@ranges.example.org/{kind}/{prefix}' }),
      /user name or password/,
    ],
    [
      'no {prefix} in the range URL',
      descriptor({ rangeUrl: 'ranges/{kind}/all.txt' }),
      /must contain \{prefix\}/,
    ],
    ['no {kind} with two kinds', descriptor({ rangeUrl: 'ranges/{prefix}.txt' }), /must contain \{kind\}/],
    [
      'prefix longer than safe',
      descriptor({
        buckets: { pesel: { prefixBits: maxPrefixBits('pesel') + 1 }, email: { prefixBits: 16 } },
      }),
      /buckets\.pesel\.prefixBits: \d+ is outside the safe range.*10,000/,
    ],
    [
      'prefix shorter than 4 bits',
      descriptor({ buckets: { pesel: { prefixBits: 3 }, email: { prefixBits: 16 } } }),
      /buckets\.pesel\.prefixBits: 3 is outside/,
    ],
    [
      'a kind without buckets',
      descriptor({ buckets: { pesel: { prefixBits: 12 } } }),
      /buckets\.email: missing prefixBits/,
    ],
    [
      'a salt shorter than 16 bytes',
      descriptor({ hash: { algorithm: 'pbkdf2-sha256', iterations: 20000, salt: 'AAECAwQFBgcICQoLDA0O' } }),
      /hash\.salt: must be at least 16 bytes/,
    ],
    [
      'a salt of impossible length',
      descriptor({ hash: { algorithm: 'pbkdf2-sha256', iterations: 20000, salt: 'AAAAA' } }),
      /hash\.salt/,
    ],
    [
      'too few iterations',
      descriptor({ hash: { algorithm: 'pbkdf2-sha256', iterations: 999, salt: TEST_SALT } }),
      /hash\.iterations/,
    ],
    [
      'a hash that does not fit the scheme',
      descriptor({ hash: { algorithm: 'sha1' } }),
      /scheme xc-v1 needs "pbkdf2-sha256"/,
    ],
    [
      'hibp-sha1 for national IDs',
      descriptor({ scheme: 'hibp-sha1', hash: { algorithm: 'sha1' } }),
      /checks passwords only/,
    ],
    [
      'duplicate breach ids',
      descriptor({
        breaches: [(descriptor().breaches as object[])[0], (descriptor().breaches as object[])[0]],
      }),
      /duplicate id "demo-lab"/,
    ],
    [
      'more than 256 breaches',
      descriptor({
        breaches: Array.from({ length: 257 }, (_, i) => ({
          ...(descriptor().breaches as object[])[0],
          id: `b-${i}`,
        })),
      }),
      /breaches/,
    ],
  ];

  it.each(cases)('%s', (_name, json, reason) => {
    const error = rejection(json);
    expect(error.message).toMatch(reason);
    expect(error.message).toMatch(
      /^This (is not a valid source description|source cannot be used safely)\. /,
    );
    expect(error.issues.length).toBeGreaterThan(0);
  });

  it('rejects hibp-sha1 with any prefix length but 20 bits', () => {
    const json = {
      ...JSON.parse(JSON.stringify(pwnedPasswordsSource())),
      buckets: { password: { prefixBits: 16 } },
    };
    expect(rejection(json).message).toMatch(/hibp-sha1 uses 20 bits/);
  });

  it('lists every problem at once', () => {
    const error = rejection(descriptor({ rangeUrl: 'http://x.example/{prefix}' }));
    expect(error.issues).toEqual(
      expect.arrayContaining([expect.stringMatching(/must use https/), expect.stringMatching(/\{kind\}/)]),
    );
  });
});
