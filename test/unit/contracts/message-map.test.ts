import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  clientMethodName,
  MESSAGE_NAMES,
  MESSAGES,
  roleOfMessage,
  type ClientMethodName,
  type UiMessageName,
} from '../../../src/contracts/index.ts';
import { HANDLERS } from '../../../src/background/handlers/index.ts';

describe('message map', () => {
  it('names every message by direction: ui/… from our pages, content/… from content scripts', () => {
    for (const name of MESSAGE_NAMES) expect(name).toMatch(/^(ui|content)\/[a-z]+(\.[a-zA-Z]+)?$/);
    expect(roleOfMessage('ui/check')).toBe('ui');
    expect(roleOfMessage('content/portal.openCheck')).toBe('content');
  });

  it('has exactly one handler per message name', () => {
    expect(Object.keys(HANDLERS).toSorted()).toEqual([...MESSAGE_NAMES].toSorted());
  });

  it('gives every ui message a distinct client method name', () => {
    const ui = MESSAGE_NAMES.filter((n): n is UiMessageName => n.startsWith('ui/'));
    const methods = ui.map((n) => clientMethodName(n));
    expect(new Set(methods).size).toBe(ui.length);
    expect(clientMethodName('ui/check')).toBe('check');
    expect(clientMethodName('ui/watchlist.add')).toBe('watchlistAdd');
    expect(clientMethodName('ui/data.deleteAll')).toBe('dataDeleteAll');
    expectTypeOf<ClientMethodName<'ui/sources.setEnabled'>>().toEqualTypeOf<'sourcesSetEnabled'>();
  });

  it('rejects unknown fields in requests (strict schemas)', () => {
    const parsed = MESSAGES['ui/check'].request.safeParse({ kind: 'pesel', input: 'x', extra: 1 });
    expect(parsed.success).toBe(false);
  });
});
