import { describe, expect, it, vi } from 'vitest';
import { RequestError } from '../../../../src/contracts/index.ts';
import { HANDLERS } from '../../../../src/background/handlers/index.ts';
import { createMessageRouter, type HandlerTable } from '../../../../src/platform/messaging/message-router.ts';

const policy = {
  extensionId: 'ours',
  extensionOrigin: 'chrome-extension://ours/',
  contentScriptMatches: ['https://pacjent.gov.pl/*'],
};
const popup = { id: 'ours', url: 'chrome-extension://ours/src/ui/popup/index.html' };
const portal = { id: 'ours', url: 'https://pacjent.gov.pl/', tab: { id: 1 } };
const SECRET = '44051401359';

function setup(overrides: Partial<HandlerTable<object>> = {}) {
  const calls: string[] = [];
  const handlers = Object.fromEntries(
    Object.keys(HANDLERS).map((name) => [
      name,
      async () => {
        calls.push(name);
        throw new Error('unexpected');
      },
    ]),
  ) as unknown as HandlerTable<object>;
  const log = { warn: vi.fn(), error: vi.fn() };
  const router = createMessageRouter({
    handlers: { ...handlers, ...overrides },
    deps: () => ({}),
    policy,
    log,
  });
  return { router, log, calls };
}

describe('message router', () => {
  it('dispatches a valid ui message from our page and validates the answer', async () => {
    const { router } = setup({ 'ui/launch.take': async () => ({ intent: null }) });
    expect(await router({ name: 'ui/launch.take', request: {} }, popup)).toEqual({
      ok: true,
      data: { intent: null },
    });
  });

  it.each([
    ['not an object', 'hello'],
    ['no name', { request: {} }],
    ['an unknown name', { name: 'ui/nope', request: {} }],
    ['a prototype name', { name: 'constructor', request: {} }],
  ])('refuses %s', async (_label, message) => {
    const { router, calls } = setup();
    const answer = await router(message, popup);
    expect(answer.ok).toBe(false);
    expect(calls).toEqual([]);
  });

  it('refuses a request that does not match its schema, before the handler runs', async () => {
    const { router, calls, log } = setup();
    const answer = await router(
      { name: 'ui/check', request: { kind: 'pesel', input: SECRET, extra: 1 } },
      popup,
    );
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(calls).toEqual([]);
    expect(JSON.stringify(log.warn.mock.calls)).not.toContain(SECRET);
  });

  it('refuses foreign senders and logs without the payload', async () => {
    const { router, calls, log } = setup();
    const answer = await router(
      { name: 'ui/check', request: { kind: 'pesel', input: SECRET } },
      { id: 'other-extension', url: 'chrome-extension://other/x.html' },
    );
    expect(answer).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    expect(calls).toEqual([]);
    expect(log.warn).toHaveBeenCalledTimes(1);
    expect(JSON.stringify(log.warn.mock.calls)).not.toContain(SECRET);
  });

  it('keeps content scripts to content/ messages and pages to ui/ messages', async () => {
    const { router, calls } = setup();
    expect(await router({ name: 'ui/data.deleteAll', request: {} }, portal)).toMatchObject({
      error: { code: 'unknown-message' },
    });
    expect(await router({ name: 'content/portal.openCheck', request: {} }, popup)).toMatchObject({
      error: { code: 'unknown-message' },
    });
    expect(calls).toEqual([]);
  });

  it('accepts the portal message from a catalogued host', async () => {
    const { router } = setup({ 'content/portal.openCheck': async () => ({ opened: 'popup' as const }) });
    expect(await router({ name: 'content/portal.openCheck', request: { kind: 'pesel' } }, portal)).toEqual({
      ok: true,
      data: { opened: 'popup' },
    });
  });

  it('turns a RequestError into its code and any other error into a generic internal error', async () => {
    const { router, log } = setup({
      'ui/history.list': async () => {
        throw new RequestError('not-found', 'Gone.');
      },
      'ui/launch.take': async () => {
        throw new TypeError(`boom`);
      },
    });
    expect(await router({ name: 'ui/history.list', request: {} }, popup)).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'Gone.' },
    });
    expect(await router({ name: 'ui/launch.take', request: {} }, popup)).toMatchObject({
      ok: false,
      error: { code: 'internal' },
    });
    expect(log.error).toHaveBeenCalledTimes(1);
  });

  it('refuses to send a response that breaks the contract', async () => {
    const { router } = setup({ 'ui/launch.take': async () => ({ intent: 'yes' }) as never });
    expect(await router({ name: 'ui/launch.take', request: {} }, popup)).toMatchObject({
      ok: false,
      error: { code: 'internal' },
    });
  });
});
