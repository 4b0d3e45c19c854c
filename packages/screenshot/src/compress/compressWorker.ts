// The compression worker: one job in, one blob (or an error message) out.
// Served from the widget's own files next to the chunk that starts it.
import { type EncodeJob, encodeEdits } from './encodeEdits.ts';

/** The worker's global scope, as far as used (TypeScript's DOM types describe a window). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<EncodeJob>) => void) | null;
  postMessage(message: WorkerAnswer): void;
}

/** What the worker answers. */
export type WorkerAnswer = { blob: Blob } | { error: string };

const scope = globalThis as unknown as WorkerScope;
scope.onmessage = (event) => {
  encodeEdits(event.data).then(
    (blob) => scope.postMessage({ blob }),
    (error: unknown) => scope.postMessage({ error: String(error) }),
  );
};
