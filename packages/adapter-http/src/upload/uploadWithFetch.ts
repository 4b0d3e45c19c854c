import { errorFromAnswer } from '../errors/errorFromAnswer.ts';
import { errorFromFailure } from '../errors/errorFromFailure.ts';
import type { XhrAnswer, XhrUpload } from './uploadWithXhr.ts';

/**
 * The upload where there is no XMLHttpRequest (service workers, Node, Deno):
 * the same multipart request through fetch. Fetch cannot observe bytes
 * leaving, so progress is reported at the start and at the end only.
 */
export async function uploadWithFetch(
  upload: Omit<XhrUpload, 'createXhr'> & { fetch: typeof fetch },
): Promise<XhrAnswer> {
  const total = upload.file.size;
  const form = new FormData();
  form.append('file', upload.file, upload.name);
  const timeout = AbortSignal.timeout(upload.timeoutMs);
  const signal = upload.signal ? AbortSignal.any([upload.signal, timeout]) : timeout;
  upload.onProgress?.(0, total);
  let response: Response;
  let body: string;
  try {
    response = await upload.fetch(upload.url, {
      method: 'POST',
      headers: { authorization: `Bearer ${upload.token}`, accept: 'application/json' },
      body: form,
      signal,
    });
    body = await response.text();
  } catch (error) {
    throw errorFromFailure(error, upload.signal);
  }
  if (!response.ok) {
    throw errorFromAnswer({
      status: response.status,
      retryAfter: response.headers.get('retry-after'),
      body,
    });
  }
  upload.onProgress?.(total, total);
  return { status: response.status, contentType: response.headers.get('content-type'), body };
}
