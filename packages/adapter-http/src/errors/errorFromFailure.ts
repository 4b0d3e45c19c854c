import { BackendError } from '../coreImports.ts';

/**
 * A request that got no HTTP answer at all: the network is down, DNS or CORS
 * failed, the call timed out or was aborted. All of them are `offline` to
 * callers (retry later); the original stays in `cause`.
 */
export function errorFromFailure(error: unknown, signal?: AbortSignal): BackendError {
  if (error instanceof BackendError) return error;
  const name = error instanceof Error ? error.name : '';
  let message = 'The server could not be reached';
  if (signal?.aborted) message = 'The call was aborted';
  else if (name === 'TimeoutError') message = 'The server did not answer in time';
  return new BackendError('offline', message, { cause: error });
}
