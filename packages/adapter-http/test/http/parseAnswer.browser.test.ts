import { afterEach, describe, expect, it } from 'vitest';
import { parseAnswer } from '../../src/http/readAnswer.ts';

// In the browser: there `Response.prototype.json` is the engine's own parser
// (Node's undici implements it with the global JSON.parse).
const nativeParse = JSON.parse;

afterEach(() => {
  JSON.parse = nativeParse;
});

describe('parseAnswer', () => {
  it("reads the answer with the engine's parser, not a page's JSON.parse that revives dates", async () => {
    JSON.parse = (text: string) =>
      nativeParse(text, (_key, value) =>
        typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value) ? new Date(value) : value,
      );
    const body = '{"token":"t","expiresAt":"2026-11-27T00:00:00.000Z"}';
    const answer = await parseAnswer(201, 'application/json', body, (data) => ({
      ok: true as const,
      value: data,
    }));
    expect(answer).toEqual({ token: 't', expiresAt: '2026-11-27T00:00:00.000Z' });
  });

  it('calls broken JSON a server failure', async () => {
    await expect(
      parseAnswer(200, 'application/json', '{"token":', (data) => ({
        ok: true as const,
        value: data,
      })),
    ).rejects.toMatchObject({ code: 'server' });
  });
});
