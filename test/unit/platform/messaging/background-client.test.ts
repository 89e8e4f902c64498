import { describe, expect, it } from 'vitest';
import {
  BackgroundError,
  createBackgroundClient,
} from '../../../../src/platform/messaging/background-client.ts';

describe('background client', () => {
  it('sends a name + request envelope and returns the validated data', async () => {
    const sent: unknown[] = [];
    const client = createBackgroundClient(async (envelope) => {
      sent.push(envelope);
      return { ok: true, data: { intent: { view: 'check', kind: 'cpr' } } };
    });
    expect(await client.launchTake()).toEqual({ intent: { view: 'check', kind: 'cpr' } });
    expect(sent).toEqual([{ name: 'ui/launch.take', request: {} }]);
  });

  it('throws the background refusal as a BackgroundError with its code', async () => {
    const client = createBackgroundClient(async () => ({
      ok: false,
      error: { code: 'not-found', message: 'Gone.' },
    }));
    await expect(client.watchlistRemove({ id: 'x' })).rejects.toEqual(
      new BackgroundError('not-found', 'Gone.'),
    );
  });

  it.each([
    ['nothing', undefined],
    ['a malformed success', { ok: true, data: { intent: 3 } }],
    ['something else entirely', 'pong'],
  ])('treats %s as unavailable', async (_label, answer) => {
    const client = createBackgroundClient(async () => answer);
    await expect(client.launchTake()).rejects.toMatchObject({ code: 'unavailable' });
  });

  it('treats a transport failure as unavailable', async () => {
    const client = createBackgroundClient(async () => {
      throw new Error('Receiving end does not exist');
    });
    await expect(client.settingsGet()).rejects.toMatchObject({ code: 'unavailable' });
  });

  it('validates the request before sending it', async () => {
    let sent = false;
    const client = createBackgroundClient(async () => {
      sent = true;
      return undefined;
    });
    await expect(client.check({ kind: 'nope' as never, input: 'x' })).rejects.toMatchObject({
      code: 'invalid-request',
    });
    expect(sent).toBe(false);
  });
});
