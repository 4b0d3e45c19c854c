import { type AttachmentMeta, newId } from '@destek/protocol';
import type { SupportBackend } from '../backend/SupportBackend.ts';
import { checkFiles } from '../client/checkFiles.ts';
import type { FileRejection } from '../client/SupportClient.ts';
import type { ChatUpload } from './Chat.ts';
import type { ChatState } from './chatState.ts';

/** The chat's files: checked, uploaded with progress, then sent as messages. */
export interface ChatFiles {
  attach(files: readonly File[]): FileRejection[];
  /** Uploads a failed file again; false when `key` is not a failed upload. */
  retry(key: string): boolean;
  /** Drops a failed upload; false when `key` is not one. */
  discard(key: string): boolean;
  reset(): void;
}

/**
 * Files sent in a chat. Each is checked as report files are (type, size, and
 * a count per chat), uploaded on its own with progress, and becomes a message
 * once the backend has it. A failed upload keeps the file for a retry.
 */
export function chatFiles(
  backend: SupportBackend,
  s: Pick<ChatState, 'uploads'>,
  maxFiles: number,
  sendUploaded: (meta: AttachmentMeta) => void,
): ChatFiles {
  const held = new Map<string, File>();
  let sent = 0;
  const patch = (id: string, change: Partial<ChatUpload>) => {
    s.uploads.value = s.uploads.value.map((u) => (u.id === id ? { ...u, ...change } : u));
  };

  async function upload(id: string, file: File): Promise<void> {
    try {
      const meta = await backend.uploadAttachment(file, file.name || 'file', {
        onProgress: (bytes) => patch(id, { sent: bytes }),
      });
      if (!held.delete(id)) return; // reset meanwhile
      s.uploads.value = s.uploads.value.filter((u) => u.id !== id);
      sent += 1;
      sendUploaded(meta);
    } catch {
      if (held.has(id)) patch(id, { state: 'failed' });
    }
  }

  const failed = (key: string) =>
    s.uploads.value.some((u) => u.id === key && u.state === 'failed') && held.has(key);

  return {
    attach(files) {
      const { accepted, rejected } = checkFiles(files, sent + held.size, maxFiles);
      for (const index of accepted) {
        const file = files[index];
        if (!file) continue;
        const id = newId();
        held.set(id, file);
        s.uploads.value = [
          ...s.uploads.value,
          { id, name: file.name || 'file', bytes: file.size, sent: 0, state: 'uploading' },
        ];
        void upload(id, file);
      }
      return rejected;
    },
    retry(key) {
      const file = held.get(key);
      if (!file || !failed(key)) return false;
      patch(key, { state: 'uploading', sent: 0 });
      void upload(key, file);
      return true;
    },
    discard(key) {
      if (!failed(key)) return false;
      held.delete(key);
      s.uploads.value = s.uploads.value.filter((u) => u.id !== key);
      return true;
    },
    reset() {
      held.clear();
      sent = 0;
    },
  };
}
