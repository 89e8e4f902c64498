import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TLS_FIXTURE_DIR } from './paths.ts';

/** The committed test-only certificate (see test/e2e/fixtures/tls/README.md). */
export interface TlsFixture {
  key: string;
  cert: string;
  /** base64 SHA-256 of the certificate's SubjectPublicKeyInfo, for --ignore-certificate-errors-spki-list. */
  spkiSha256: string;
  /** Names in the certificate's subjectAltName (hosts.txt). */
  hosts: string[];
}

const read = (name: string): string => readFileSync(join(TLS_FIXTURE_DIR, name), 'utf8');

export function loadTlsFixture(): TlsFixture {
  const hosts = read('hosts.txt')
    .split('\n')
    .map((line) => line.replace(/#.*/, '').trim())
    .filter((line) => line !== '');
  return { key: read('key.pem'), cert: read('cert.pem'), spkiSha256: read('spki-sha256.txt').trim(), hosts };
}
