import { describe, expect, it } from 'vitest';
import { searchBreachedAccount } from '../../../../src/background/hibp/breached-account.ts';

const KEY = '0123456789abcdef0123456789abcdef';
const failing: typeof fetch = async () => {
  throw new TypeError('Failed to fetch');
};

function answering(status: number, body = '', headers: Record<string, string> = {}) {
  const seen: { url: string; init: RequestInit | undefined }[] = [];
  const fetchImpl: typeof fetch = async (input, init) => {
    seen.push({ url: String(input), init });
    return new Response(status === 404 ? null : body, { status, headers });
  };
  return { fetchImpl, seen };
}

describe('searchBreachedAccount', () => {
  it('sends the key and no cookies, and maps breaches', async () => {
    const body = JSON.stringify([
      {
        Name: 'Adobe',
        Title: 'Adobe',
        Domain: 'adobe.com',
        BreachDate: '2013-10-04',
        PwnCount: 152445165,
        DataClasses: ['Email addresses', 'Passwords'],
        IsVerified: true,
      },
    ]);
    const { fetchImpl, seen } = answering(200, body);
    const outcome = await searchBreachedAccount('a+b@example.com', KEY, fetchImpl);
    expect(outcome).toEqual({
      status: 'found',
      count: 1,
      breaches: [
        {
          id: 'hibp-adobe',
          title: 'Adobe',
          operator: 'adobe.com',
          date: '2013-10-04',
          dataClasses: ['Email addresses', 'Passwords'],
          records: 152445165,
          notice: 'https://haveibeenpwned.com/PwnedWebsites#Adobe',
        },
      ],
    });
    expect(seen[0]?.url).toBe(
      'https://haveibeenpwned.com/api/v3/breachedaccount/a%2Bb%40example.com?truncateResponse=false',
    );
    expect(seen[0]?.init).toMatchObject({
      credentials: 'omit',
      redirect: 'error',
      headers: { 'hibp-api-key': KEY },
    });
  });

  it('reads 404 as not found', async () => {
    expect(await searchBreachedAccount('a@example.com', KEY, answering(404).fetchImpl)).toEqual({
      status: 'not-found',
    });
  });

  it.each([
    [401, 'http'],
    [503, 'http'],
    [429, 'rate-limited'],
  ])('fails closed on HTTP %i', async (status, code) => {
    const outcome = await searchBreachedAccount(
      'a@example.com',
      KEY,
      answering(status, '', { 'retry-after': '6' }).fetchImpl,
    );
    expect(outcome).toMatchObject({ status: 'error', code });
    if (status === 429) expect(outcome).toMatchObject({ retryAfterSeconds: 6 });
  });

  it.each(['not json', '{"Name":"x"}', '[{"Name":"x"}]'])(
    'fails closed on a malformed body %s',
    async (body) => {
      expect(await searchBreachedAccount('a@example.com', KEY, answering(200, body).fetchImpl)).toMatchObject(
        { status: 'error', code: 'malformed' },
      );
    },
  );

  it('reports a network failure as an error, never as not found', async () => {
    expect(await searchBreachedAccount('a@example.com', KEY, failing)).toMatchObject({
      status: 'error',
      code: 'network',
    });
  });
});
