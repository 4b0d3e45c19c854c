/**
 * Every bound on the wire, in one place. The widget checks these before a
 * request is made (so the user sees the limit by name), the server enforces
 * them again (a backend never trusts a client), and the docs quote them.
 */
export const LIMITS = {
  /** One sentence: what went wrong. */
  summaryChars: 200,
  /** Each step the user already tried. */
  stepChars: 500,
  stepsTried: 20,
  /** Expected and observed: room for a pasted error text, not a log file. */
  detailChars: 4000,
  categoryChars: 40,
  errorCodeChars: 40,
  localeChars: 35,
  nameChars: 120,
  /** RFC 5321 caps a forward path at 256 octets including the brackets. */
  emailChars: 254,
  factKeyChars: 64,
  factValueChars: 1000,
  facts: 64,
  redactionKinds: 32,
  diagnostics: 32,
  messageChars: 4000,
  commentChars: 2000,
  reasonChars: 1000,
  /** File names are shown, never used as paths; 255 matches most file systems. */
  fileNameChars: 255,
  attachmentsPerReport: 5,
  attachmentsPerMessage: 5,
  /** Per file, after the client's compression. Twilio and RingCentral use 10 MB too. */
  attachmentBytes: 10 * 1024 * 1024,
  /** All files of one report together. */
  reportAttachmentBytes: 25 * 1024 * 1024,
  /** Images are refused above this many pixels before they are decoded. */
  imagePixels: 40_000_000,
  /** JSON bodies, checked before parsing. */
  jsonBodyBytes: 100 * 1024,
  idempotencyKeyChars: 255,
  searchQueryChars: 200,
  ratingMin: 1,
  ratingMax: 5,
} as const;

/**
 * Attachment types accepted anywhere, decided by the file's bytes (magic
 * numbers), never by its name. No SVG and no HTML: both can carry script.
 */
export const ATTACHMENT_TYPES = [
  'image/png',
  'image/jpeg',
  'image/webp',
  'image/gif',
  'application/pdf',
  'text/plain',
  'application/json',
] as const;

export type AttachmentType = (typeof ATTACHMENT_TYPES)[number];

/** The raster images among {@link ATTACHMENT_TYPES}: the ones re-encoded on ingest. */
export const IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/webp', 'image/gif'] as const;
