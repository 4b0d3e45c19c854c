import { luhn } from './luhn.ts';

/**
 * Issuer ranges (IIN prefixes) and lengths of the networks whose cards people
 * paste into support chats in Turkey, Azerbaijan and online generally.
 * Only these are masked, not every Luhn-valid number: one in ten random
 * 16-digit order or transaction ids passes Luhn, and masking those would hide
 * exactly the numbers support needs. Ranges are `[low, high]` on a prefix of
 * `low`'s length.
 */
const NETWORKS: readonly { ranges: readonly [number, number][]; lengths: readonly number[] }[] = [
  // Visa.
  { ranges: [[4, 4]], lengths: [13, 16, 19] },
  // Mastercard, including the 2-series opened in 2017.
  {
    ranges: [
      [51, 55],
      [2221, 2720],
    ],
    lengths: [16],
  },
  // American Express.
  {
    ranges: [
      [34, 34],
      [37, 37],
    ],
    lengths: [15],
  },
  // Troy, Turkey's domestic scheme.
  { ranges: [[9792, 9792]], lengths: [16] },
  // Discover and UnionPay (both accepted by Turkish acquirers), JCB.
  {
    ranges: [
      [6011, 6011],
      [644, 649],
      [65, 65],
      [62, 62],
      [3528, 3589],
    ],
    lengths: [16, 17, 18, 19],
  },
  // Diners Club.
  {
    ranges: [
      [300, 305],
      [36, 36],
      [38, 39],
    ],
    lengths: [14, 15, 16, 17, 18, 19],
  },
  // Maestro (common on older Azerbaijani debit cards) and Mir.
  {
    ranges: [
      [5018, 5018],
      [5020, 5020],
      [5038, 5038],
      [5893, 5893],
      [6304, 6304],
      [6759, 6759],
      [6761, 6763],
      [2200, 2204],
    ],
    lengths: [13, 14, 15, 16, 17, 18, 19],
  },
];

function inNetwork(digits: string): boolean {
  for (const network of NETWORKS) {
    if (!network.lengths.includes(digits.length)) continue;
    for (const [low, high] of network.ranges) {
      const prefix = Number(digits.slice(0, String(low).length));
      if (prefix >= low && prefix <= high) return true;
    }
  }
  return false;
}

/** True for 13–19 ASCII digits that are Luhn-valid and in a known card range. */
export function isCardNumber(digits: string): boolean {
  return digits.length >= 13 && digits.length <= 19 && inNetwork(digits) && luhn(digits);
}
