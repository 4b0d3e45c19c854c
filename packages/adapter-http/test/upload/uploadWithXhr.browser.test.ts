import { expect, it } from 'vitest';
import { BackendError } from '../../src/coreImports.ts';
import { httpBackend } from '../../src/httpBackend.ts';
import { SITE_KEY, sessionAnswer, VISITOR } from '../support/wireFixtures.ts';

// The browser project has no reference server to talk to (it runs in Chromium,
// the server in Node), so the one session call is answered by an injected
// fetch. The upload itself is a real XMLHttpRequest from real Chromium to the
// test page's own dev server, which has no such route and answers 404.
function backendOnDevServer() {
  const fetchSession: typeof fetch = async () =>
    new Response(JSON.stringify(sessionAnswer('t1')), {
      status: 201,
      headers: { 'content-type': 'application/json' },
    });
  return httpBackend({
    server: `${location.origin}/adapter-http-test`,
    siteKey: SITE_KEY,
    fetch: fetchSession,
  });
}

it('reports upload progress from XMLHttpRequest, and maps the error answer', async () => {
  const backend = backendOnDevServer();
  await backend.connect(VISITOR);
  const file = new Blob([new Uint8Array(4 * 1024 * 1024)], { type: 'image/png' });
  const progress: Array<[number, number]> = [];
  const error = await backend
    .uploadAttachment(file, 'screen.png', {
      onProgress: (sent, total) => progress.push([sent, total]),
    })
    .then(
      () => undefined,
      (e: unknown) => e,
    );
  expect(error).toBeInstanceOf(BackendError);
  // The dev server has no such route: a bare 404, mapped like any other.
  expect(error).toMatchObject({ code: 'not_found', status: 404 });
  expect(progress.length).toBeGreaterThan(0);
  expect(progress.every(([, total]) => total === file.size)).toBe(true);
  const sent = progress.map(([s]) => s);
  expect(sent).toEqual([...sent].sort((a, b) => a - b));
  expect(sent.at(-1)).toBe(file.size);
});

it('aborts an upload with the signal, as offline', async () => {
  const backend = backendOnDevServer();
  await backend.connect(VISITOR);
  const controller = new AbortController();
  const pending = backend.uploadAttachment(new Blob([new Uint8Array(8 * 1024 * 1024)]), 'big.png', {
    signal: controller.signal,
  });
  controller.abort();
  await expect(pending).rejects.toMatchObject({ name: 'BackendError', code: 'offline' });
});
