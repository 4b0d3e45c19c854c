import { BackendError } from '../coreImports.ts';
import { errorFromAnswer } from '../errors/errorFromAnswer.ts';

/** One multipart upload through XMLHttpRequest. */
export interface XhrUpload {
  url: string;
  token: string;
  file: Blob;
  name: string;
  timeoutMs: number;
  createXhr: () => XMLHttpRequest;
  signal?: AbortSignal | undefined;
  onProgress?: ((sent: number, total: number) => void) | undefined;
}

/** A 2xx answer to an upload, for the caller to validate. */
export interface XhrAnswer {
  status: number;
  contentType: string | null;
  body: string;
}

/**
 * Uploads `file` as the multipart field `file`. XMLHttpRequest, not fetch:
 * fetch has no upload progress in any browser without streaming request
 * bodies, which need HTTP/2 and are Chromium-only. Rejects only with
 * `BackendError`: `offline` for no answer, the mapped kind for an HTTP error.
 */
export function uploadWithXhr(upload: XhrUpload): Promise<XhrAnswer> {
  return new Promise((resolve, reject) => {
    const { signal } = upload;
    if (signal?.aborted) {
      reject(new BackendError('offline', 'The call was aborted', { cause: signal.reason }));
      return;
    }
    const xhr = upload.createXhr();
    const total = upload.file.size;
    const onAbort = () => xhr.abort();
    const settle = (finish: () => void) => {
      signal?.removeEventListener('abort', onAbort);
      finish();
    };
    const fail = (message: string) => () =>
      settle(() =>
        reject(
          new BackendError('offline', message, signal?.aborted ? { cause: signal.reason } : {}),
        ),
      );

    xhr.open('POST', upload.url);
    xhr.timeout = upload.timeoutMs;
    xhr.setRequestHeader('authorization', `Bearer ${upload.token}`);
    xhr.setRequestHeader('accept', 'application/json');
    if (upload.onProgress) {
      const report = upload.onProgress;
      // The multipart envelope adds a few hundred bytes; callers count the file's.
      xhr.upload.onprogress = (event) => {
        const ratio = event.lengthComputable && event.total > 0 ? event.loaded / event.total : 0;
        report(Math.min(total, Math.round(ratio * total)), total);
      };
    }
    xhr.onerror = fail('The server could not be reached');
    xhr.ontimeout = fail('The upload took too long');
    xhr.onabort = fail('The call was aborted');
    xhr.onload = () =>
      settle(() => {
        const body = typeof xhr.responseText === 'string' ? xhr.responseText : '';
        if (xhr.status >= 200 && xhr.status < 300) {
          upload.onProgress?.(total, total);
          resolve({ status: xhr.status, contentType: xhr.getResponseHeader('content-type'), body });
        } else {
          reject(
            errorFromAnswer({
              status: xhr.status,
              retryAfter: xhr.getResponseHeader('retry-after'),
              body,
            }),
          );
        }
      });
    signal?.addEventListener('abort', onAbort, { once: true });

    const form = new FormData();
    form.append('file', upload.file, upload.name);
    xhr.send(form);
  });
}
