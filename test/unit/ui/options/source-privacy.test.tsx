import { screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { listBytes, listShape } from '../../../../src/core/oprf/index.ts';
import { demoSourceJson } from '../../../support/demo-source.ts';
import { renderOptions } from '../support/render-options.tsx';
import { testBackground } from '../support/render-page.tsx';

const LIST_URL = 'http://localhost:8791/source.json';
const bytes = listBytes(listShape(4096, 2));

/** A keyed whole-list source: nothing identifier-dependent is fetched. */
const listSourceJson = () =>
  demoSourceJson({
    id: 'keyed-list-2026',
    name: 'Keyed list (synthetic)',
    scheme: 'xc-oprf-v1',
    layout: 'list',
    rangeUrl: 'lists/{kind}.bin',
    hash: {
      algorithm: 'oprf',
      suite: 'ristretto255-SHA512',
      keyId: 'k-0123456789abcdef',
      publicKey: 'AQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQE',
      evaluateUrl: 'evaluate',
    },
    buckets: {},
    lists: {
      pesel: { entries: 4096, bytes, sha256: 'AgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgI' },
      email: { entries: 4096, bytes, sha256: 'AwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwM' },
    },
  });

describe('options: what a source reveals', () => {
  it('says a keyed whole-list source reveals nothing, and a prefix source a hash prefix', async () => {
    const background = testBackground({
      sourceFiles: { [LIST_URL]: listSourceJson() },
      grantedOrigins: ['http://localhost/*'],
    });
    const { source } = await background.client.sourcesAdd({ url: LIST_URL });
    expect(source.privacy).toBe('reveals-nothing');
    renderOptions('', { background });
    const listItem = await screen.findByRole('listitem', { name: /Keyed list \(synthetic\)/ });
    expect(within(listItem).getByText('Reveals nothing about what you check')).toBeTruthy();
    expect(within(listItem).queryByText(/Reveals a hash prefix/)).toBeNull();
    expect(
      within(listItem).getByText(
        'Private lookup: a blinded value the server cannot read, and the same whole list for everyone',
      ),
    ).toBeTruthy();
    const prefixItem = await screen.findByRole('listitem', { name: /Pwned Passwords/ });
    expect(within(prefixItem).getByText(/^Reveals a hash prefix/)).toBeTruthy();
    expect(within(prefixItem).queryByText('Reveals nothing about what you check')).toBeNull();
  });
});
