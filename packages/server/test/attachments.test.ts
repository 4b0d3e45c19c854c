import { createHash } from 'node:crypto';
import { attachmentMetaSchema, LIMITS } from '@destek/protocol';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, postReport, report, session, upload } from './helpers/api.ts';
import { jpegWithGps, png, pngHeaderOnly } from './helpers/images.ts';
import { startServer, type TestServer } from './helpers/startServer.ts';

let t: TestServer;
let token: string;

beforeAll(async () => {
  t = await startServer();
  token = await session(t.url);
});
afterAll(() => t.close());

async function download(id: string, as = token) {
  const response = await fetch(`${t.url}/v1/attachments/${id}`, {
    headers: { authorization: `Bearer ${as}` },
  });
  return { response, bytes: new Uint8Array(await response.arrayBuffer()) };
}

describe('attachments', () => {
  it('stores a PNG with its dimensions and the hash of the stored bytes', async () => {
    const result = await upload(t.url, token, await png(64, 48), 'screen.png', 'image/png');
    expect(result.status).toBe(201);
    expect(attachmentMetaSchema.parse(result.body)).toMatchObject({
      type: 'image/png',
      width: 64,
      height: 48,
      name: 'screen.png',
    });
    const { bytes } = await download(result.body.id);
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(result.body.sha256);
    expect(bytes.byteLength).toBe(result.body.bytes);
  });

  it('decides the type from the bytes: an HTML file named .png is refused', async () => {
    const html = new TextEncoder().encode('<!DOCTYPE html><html><script>alert(1)</script></html>');
    const result = await upload(t.url, token, html, 'cat.png', 'image/png');
    expect(result.status).toBe(415);
    expect(result.body.error.code).toBe('attachment_type');
  });

  it('refuses SVG, even with an XML prolog or leading spaces', async () => {
    for (const text of [
      '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>',
      '  <?xml version="1.0"?><svg/>',
    ]) {
      const result = await upload(
        t.url,
        token,
        new TextEncoder().encode(text),
        'logo.svg',
        'image/svg+xml',
      );
      expect(result.status).toBe(415);
      expect(result.body.error.code).toBe('attachment_type');
    }
  });

  it('refuses binary that is no allowed type, and text with NUL bytes', async () => {
    const exe = new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00]);
    expect((await upload(t.url, token, exe, 'report.pdf')).body.error.code).toBe('attachment_type');
    expect(
      (await upload(t.url, token, new TextEncoder().encode('log\u0000line'), 'a.log')).body.error
        .code,
    ).toBe('attachment_type');
  });

  it('keeps plain text and JSON logs as their own types', async () => {
    const log = await upload(
      t.url,
      token,
      new TextEncoder().encode('12:00 PMT-105 declined\n'),
      'console.log',
      'image/png',
    );
    expect(log.body.type).toBe('text/plain');
    const json = await upload(t.url, token, new TextEncoder().encode('{"code":"2FA-03"}'), 'x.txt');
    expect(json.body.type).toBe('application/json');
  });

  it('drops bytes appended after a PNG by re-encoding it', async () => {
    const image = await png(20, 20);
    const payload = new TextEncoder().encode('<script>alert(1)</script>PK\u0003\u0004');
    const polyglot = new Uint8Array([...image, ...payload]);
    const result = await upload(t.url, token, polyglot, 'polyglot.png');
    expect(result.status).toBe(201);
    const { bytes } = await download(result.body.id);
    expect(Buffer.from(bytes).includes(Buffer.from('<script>'))).toBe(false);
    expect(Buffer.from(bytes).subarray(-8).toString('latin1')).toContain('IEND');
  });

  it('strips EXIF, GPS included, from a JPEG', async () => {
    const original = await jpegWithGps();
    expect((await sharp(original).metadata()).exif).toBeDefined();
    const result = await upload(t.url, token, original, 'IMG_0001.jpg', 'image/jpeg');
    expect(result.status).toBe(201);
    const { bytes } = await download(result.body.id);
    const meta = await sharp(bytes).metadata();
    expect(meta.exif).toBeUndefined();
    expect(Buffer.from(bytes).includes(Buffer.from('GPS'))).toBe(false);
    expect(Buffer.from(bytes).includes(Buffer.from('TestPhone'))).toBe(false);
  });

  it('refuses a pixel bomb from its header, before decoding', async () => {
    const bomb = pngHeaderOnly(20_000, 20_000);
    const started = performance.now();
    const result = await upload(t.url, token, bomb, 'bomb.png');
    expect(result.status).toBe(413);
    expect(result.body.error.code).toBe('image_too_large');
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('reads the size of WebP, GIF and JPEG from their headers', async () => {
    for (const format of ['webp', 'gif', 'jpeg'] as const) {
      const bytes = await sharp({
        create: { width: 33, height: 21, channels: 3, background: '#884422' },
      })
        .toFormat(format)
        .toBuffer();
      const result = await upload(t.url, token, new Uint8Array(bytes), `x.${format}`);
      expect(result.status).toBe(201);
      expect(result.body).toMatchObject({ type: `image/${format}`, width: 33, height: 21 });
    }
  });

  it('reads the size of lossless and alpha WebP (VP8L and VP8X headers)', async () => {
    const base = sharp({ create: { width: 45, height: 17, channels: 4, background: '#11223380' } });
    for (const bytes of [
      await base.clone().webp({ lossless: true }).toBuffer(),
      await base.clone().webp().toBuffer(),
    ]) {
      const result = await upload(t.url, token, new Uint8Array(bytes), 'x.webp');
      expect(result.body).toMatchObject({ type: 'image/webp', width: 45, height: 17 });
    }
  });

  it('answers 422 to a truncated image', async () => {
    const image = await png(32, 32);
    const result = await upload(t.url, token, image.subarray(0, 60), 'cut.png');
    expect(result.status).toBe(422);
    expect(result.body.error.code).toBe('attachment_corrupt');
  });

  it('refuses a file over the size limit with 413', async () => {
    const big = new Uint8Array(LIMITS.attachmentBytes + 1).fill(0x61);
    const result = await upload(t.url, token, big, 'big.txt');
    expect(result.status).toBe(413);
    expect(result.body.error.code).toBe('too_large');
  });

  it('refuses uploads that are not multipart, or have no file field', async () => {
    const raw = await call(t.url, 'POST', '/v1/attachments', token, '{}');
    expect(raw.status).toBe(415);
    const form = new FormData();
    form.append('other', 'x');
    const response = await fetch(`${t.url}/v1/attachments`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
      body: form,
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { field: string } }).error.field).toBe('file');
  });

  it('cleans file names: paths, bidi overrides and controls are removed', async () => {
    const result = await upload(
      t.url,
      token,
      new TextEncoder().encode('hello'),
      '../../etc/a\u202Egnp.exe',
    );
    expect(result.status).toBe(201);
    expect(result.body.name).toBe('agnp.exe');
  });

  it('serves files to their owner only, as inert downloads', async () => {
    const result = await upload(t.url, token, await png(8, 8), 'mine.png');
    const { response } = await download(result.body.id);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment;/);
    expect(response.headers.get('content-security-policy')).toMatch(/default-src 'none'/);
    const stranger = await session(t.url);
    const theirs = await download(result.body.id, stranger);
    expect(theirs.response.status).toBe(404);
  });

  it('refuses a report that references another visitor’s attachment', async () => {
    const stranger = await session(t.url);
    const theirs = await upload(t.url, stranger, await png(8, 8), 'theirs.png');
    const result = await postReport(t.url, token, report({ attachments: [theirs.body] }));
    expect(result.status).toBe(400);
    expect(result.body.error.field).toBe('attachments.0');
    const own = await upload(t.url, token, await png(8, 8), 'own.png');
    expect((await postReport(t.url, token, report({ attachments: [own.body] }))).status).toBe(201);
  });
});

describe('blob clean-up', () => {
  it('removes files left without a row by a crash, and keeps files that have one', async () => {
    const { mkdir, writeFile, utimes } = await import('node:fs/promises');
    const { existsSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { createServer } = await import('../src/createServer.ts');
    const { testConfig } = await import('./helpers/testConfig.ts');
    const first = await startServer();
    const me = await session(first.url);
    const kept = await upload(first.url, me, await png(8, 8), 'kept.png');
    await first.server.close();
    const orphanId = 'ab0c1d2e-3f40-4a5b-8c6d-7e8f9a0b1c2d';
    const orphan = join(first.dataDir, 'blobs', 'ab', orphanId);
    await mkdir(join(first.dataDir, 'blobs', 'ab'), { recursive: true });
    await writeFile(orphan, 'left by a crash');
    const past = new Date(Date.now() - 60_000);
    await utimes(orphan, past, past);
    const second = createServer({
      config: testConfig(),
      dataDir: first.dataDir,
      sweepIntervalMs: 0,
    });
    expect(await second.ready).toBe(1);
    expect(existsSync(orphan)).toBe(false);
    expect(existsSync(join(first.dataDir, 'blobs', kept.body.id.slice(0, 2), kept.body.id))).toBe(
      true,
    );
    await second.close();
    await first.close();
  });
});
