import type { AttachmentType } from '@destek/protocol';

const SIGNATURES: ReadonlyArray<[AttachmentType, number[]]> = [
  ['image/png', [0x89, 0x50, 0x4e, 0x47]],
  ['image/jpeg', [0xff, 0xd8, 0xff]],
  ['image/gif', [0x47, 0x49, 0x46, 0x38]],
  ['application/pdf', [0x25, 0x50, 0x44, 0x46]],
];

/**
 * The attachment type decided from the first bytes, as the reference server
 * does; text and JSON have no magic number, so the declared type is trusted
 * for those only. `undefined` means the file is not an allowed type.
 */
export async function sniffType(blob: Blob): Promise<AttachmentType | undefined> {
  const head = new Uint8Array(await blob.slice(0, 12).arrayBuffer());
  for (const [type, magic] of SIGNATURES) {
    if (magic.every((byte, i) => head[i] === byte)) return type;
  }
  const riff = String.fromCharCode(...head.slice(0, 4));
  const webp = String.fromCharCode(...head.slice(8, 12));
  if (riff === 'RIFF' && webp === 'WEBP') return 'image/webp';
  const declared = blob.type.split(';')[0]?.trim();
  if (declared === 'text/plain' || declared === 'application/json') return declared;
  return undefined;
}
