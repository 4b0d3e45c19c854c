import { ATTACHMENT_TYPES, LIMITS } from '@destek/protocol';
import type { FileRejection } from './SupportClient.ts';

const ALLOWED: ReadonlySet<string> = new Set(ATTACHMENT_TYPES);
// Browsers report some text files with their own types or none at all.
const TEXT_EXTENSIONS = /\.(txt|log|json)$/i;

/** The type a file will be checked as, or null when it is not an allowed kind. */
export function acceptedType(file: Pick<File, 'name' | 'type'>): string | null {
  if (ALLOWED.has(file.type)) return file.type;
  if ((file.type === '' || file.type.startsWith('text/')) && TEXT_EXTENSIONS.test(file.name)) {
    return file.name.toLowerCase().endsWith('.json') ? 'application/json' : 'text/plain';
  }
  return null;
}

/**
 * Sorts files into accepted and refused, each refusal naming the file and the
 * limit it broke. The server checks the bytes again; this is so the user
 * hears about it now, per file, and keeps everything else.
 */
export function checkFiles(
  files: readonly Pick<File, 'name' | 'type' | 'size'>[],
  alreadyAttached: number,
  maxCount: number,
): { accepted: number[]; rejected: FileRejection[] } {
  const accepted: number[] = [];
  const rejected: FileRejection[] = [];
  files.forEach((file, index) => {
    const name = file.name || 'file';
    if (file.size === 0) rejected.push({ name, code: 'empty' });
    else if (acceptedType(file) === null) rejected.push({ name, code: 'type' });
    else if (file.size > LIMITS.attachmentBytes) {
      rejected.push({ name, code: 'too_large', limit: LIMITS.attachmentBytes });
    } else if (alreadyAttached + accepted.length >= maxCount) {
      rejected.push({ name, code: 'too_many', limit: maxCount });
    } else accepted.push(index);
  });
  return { accepted, rejected };
}
