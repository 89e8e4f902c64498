import { describe, expect, it } from 'vitest';
import { PORTAL_OPEN_CHECK } from '../../../src/contracts/portal-messages.ts';
import { requestPortalCheck } from '../../../src/platform/portal-open-check.ts';

describe('requestPortalCheck', () => {
  it('sends the background envelope with only the kind to preselect', async () => {
    const sent: unknown[] = [];
    const opened = await requestPortalCheck('pesel', async (message) => {
      sent.push(message);
      return { ok: true, data: { opened: 'popup' } };
    });
    expect(sent).toEqual([{ name: PORTAL_OPEN_CHECK, request: { kind: 'pesel' } }]);
    expect(opened).toBe('popup');
  });

  it('sends an empty request when no kind is known', async () => {
    const sent: unknown[] = [];
    await requestPortalCheck(undefined, async (message) => {
      sent.push(message);
      return { ok: true, data: { opened: 'options' } };
    });
    expect(sent).toEqual([{ name: PORTAL_OPEN_CHECK, request: {} }]);
  });

  it('resolves to undefined when the background refuses, answers oddly or is gone', async () => {
    const refusal = { ok: false, error: { code: 'forbidden-sender', message: 'no' } };
    expect(await requestPortalCheck('bsn', async () => refusal)).toBeUndefined();
    expect(
      await requestPortalCheck('bsn', async () => ({ ok: true, data: { opened: 'somewhere' } })),
    ).toBeUndefined();
    expect(
      await requestPortalCheck('bsn', async () => {
        throw new Error('Could not establish connection');
      }),
    ).toBeUndefined();
  });
});
