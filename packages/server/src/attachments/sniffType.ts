import type { AttachmentType } from '@destek/protocol';

const utf8 = new TextDecoder('utf-8', { fatal: true });

function startsWith(bytes: Uint8Array, signature: readonly number[], at = 0): boolean {
  return signature.every((b, i) => bytes[at + i] === b);
}

// Markup a browser could render: refused even as "text" although files are
// served as downloads with nosniff, because an agent may open them locally.
const MARKUP =
  /^\s*<(?:!doctype|html|head|body|script|svg|\?xml|iframe|object|embed|style|meta|a\s|img\s|div|span|table|form)/i;

/**
 * Decides an upload's type from its bytes alone (never the name or the
 * declared type), or null when it is none of the allowed types. SVG and HTML
 * are text that may carry script, so they are refused.
 */
export function sniffType(bytes: Uint8Array): AttachmentType | null {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (
    startsWith(bytes, [0x47, 0x49, 0x46, 0x38]) &&
    (bytes[4] === 0x37 || bytes[4] === 0x39) &&
    bytes[5] === 0x61
  ) {
    return 'image/gif';
  }
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8))
    return 'image/webp';
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'application/pdf';
  if (bytes.includes(0)) return null;
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return null;
  }
  if (MARKUP.test(text.slice(0, 1024))) return null;
  const start = text.trimStart()[0];
  if (start === '{' || start === '[') {
    try {
      JSON.parse(text);
      return 'application/json';
    } catch {
      // Looks like JSON but is not: a log excerpt, kept as plain text.
    }
  }
  return 'text/plain';
}
