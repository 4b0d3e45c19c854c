import { z } from 'zod/mini';

/**
 * Every id on the wire, server-made or client-made, is a random UUID v4: 122
 * random bits, never sequential, so ids cannot be guessed or enumerated.
 */
export const ID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

export const idSchema = z.string().check(z.regex(ID_PATTERN));

/**
 * The alphabet of human reference numbers: digits and capitals without the
 * ones people confuse when reading them aloud or copying them (0/O, 1/I/L, U/V).
 */
export const REFERENCE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTWXYZ';

/** `DT-` and six characters of {@link REFERENCE_ALPHABET}, such as `DT-7K3Q9M`. */
export const REFERENCE_PATTERN = /^DT-[23456789ABCDEFGHJKMNPQRSTWXYZ]{6}$/;

export const referenceSchema = z.string().check(z.regex(REFERENCE_PATTERN));

/** Random bytes from the platform's CSPRNG (browsers, workers and Node alike). */
function randomBytes(length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  globalThis.crypto.getRandomValues(bytes);
  return bytes;
}

/**
 * A new random UUID v4. Unlike `crypto.randomUUID()`, this also works on
 * pages served over plain HTTP, where browsers hide `randomUUID`.
 */
export function newId(): string {
  const bytes = randomBytes(16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  // A loop, not Array.from(bytes, map): pages still on Prototype.js replace
  // Array.from with one that ignores the map, which made ids of decimal digits.
  let hex = '';
  for (const byte of bytes) hex += byte.toString(16).padStart(2, '0');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** A new human reference number. Rejection sampling keeps every character equally likely. */
export function newReference(): string {
  const size = REFERENCE_ALPHABET.length;
  const ceiling = 256 - (256 % size);
  let out = 'DT-';
  while (out.length < 9) {
    for (const byte of randomBytes(12)) {
      if (byte < ceiling && out.length < 9) out += REFERENCE_ALPHABET[byte % size];
    }
  }
  return out;
}
