import { describe, expect, it } from 'vitest';
import { portalOpenCheckResponseSchema } from '../../../src/contracts/portal-messages.ts';
import { openedWhere } from '../../../src/contracts/portal-open-check-wire.ts';

const DATA: unknown[] = [
  { opened: 'popup' },
  { opened: 'options' },
  { opened: 'add-source' },
  { opened: 'tab' },
  { opened: 1 },
  {},
  null,
  'popup',
];

describe("the content script's hand-written read of the openCheck answer", () => {
  it.each(DATA)('agrees with the response schema on %j', (data) => {
    const parsed = portalOpenCheckResponseSchema.safeParse(data);
    expect(openedWhere({ ok: true, data })).toBe(parsed.success ? parsed.data.opened : undefined);
  });

  it('takes nothing from a refusal', () => {
    expect(openedWhere({ ok: false, data: { opened: 'popup' } })).toBeUndefined();
    expect(openedWhere(undefined)).toBeUndefined();
  });
});
