import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isCardNumber } from '../../src/redaction/checks/isCardNumber.ts';
import { redactText } from '../../src/redaction/redactText.ts';
import * as gen from '../corpora/redaction-secrets.ts';

/** A secret of a random kind, made by the corpus generators from a seed. */
const secret = fc.tuple(fc.integer(), fc.integer({ min: 0, max: 9 })).map(([seed, which]) => {
  const r = gen.prng(seed);
  switch (which) {
    case 0:
      return gen.card(r, gen.pick(r, Object.keys(gen.CARD_NETWORKS) as gen.CardNetwork[])).written;
    case 1:
      return gen.iban(r, gen.pick(r, Object.keys(gen.IBAN_SHAPES))).written;
    case 2:
      return gen.turkishMobile(r);
    case 3:
      return gen.azerbaijaniMobile(r);
    case 4:
      return gen.tcKimlik(r);
    case 5:
      return gen.email(r);
    case 6:
      return gen.jwt(r);
    case 7:
      return `şifre: ${gen.password(r)}`;
    case 8:
      return `https://u:${gen.password(r)}@h.io/p?token=${gen.opaqueToken(r)}`;
    default:
      return gen.apiKey(r);
  }
});

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
const noise = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.stringMatching(/^[0-9 ().+-]{1,14}$/),
  fc.constantFrom(
    '[card]',
    '[password]',
    'TR',
    'eyJ',
    '@',
    '://',
    'password=',
    'Bearer ',
    '-----BEGIN PRIVATE KEY-----',
  ),
  loneSurrogate,
);
const separator = fc.constantFrom('', ' ', '-', '.', ':', '=', '\n', '@', '/', '?', '&');
/** Text of secrets and noise glued by random separators, to provoke overlaps. */
const messy = fc
  .array(fc.tuple(fc.oneof(secret, noise), separator), { maxLength: 8 })
  .map((parts) => parts.map(([part, sep]) => part + sep).join(''));

/**
 * Every digit string a card could be written as in `text`: solid runs, and
 * consecutive groups joined by single spaces or dashes where every group but
 * the last has 3 to 6 digits (4-4-4-4, Amex 4-6-5, 4-4-4-1).
 */
function writtenNumbers(text: string): string[] {
  return (text.match(/\d+(?:[ -]\d+)*/g) ?? []).flatMap((run) => {
    const groups = run.split(/[ -]/);
    const out: string[] = [];
    for (let i = 0; i < groups.length; i++) {
      let digits = '';
      for (let j = i; j < groups.length && digits.length <= 19; j++) {
        digits += groups[j];
        out.push(digits);
        const length = groups[j]?.length ?? 0;
        if (length < 3 || length > 6) break;
      }
    }
    return out;
  });
}

/** Hundreds of runs take about a second alone; CI shares two cores with other suites. */
const PROPERTY_TIMEOUT = 60_000;

describe('redactText properties', () => {
  it(
    'never throws on arbitrary strings, lone surrogates included',
    () => {
      fc.assert(
        fc.property(
          fc.oneof(
            fc.string({ unit: 'binary' }),
            messy,
            fc.array(loneSurrogate).map((a) => a.join('')),
          ),
          (text) => {
            const result = redactText(text);
            expect(typeof result.text).toBe('string');
          },
        ),
        { numRuns: 400 },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'is idempotent: redacting the output again changes nothing and finds nothing',
    () => {
      fc.assert(
        fc.property(messy, (text) => {
          const once = redactText(text);
          expect(redactText(once.text)).toEqual({ text: once.text, findings: [] });
        }),
        { numRuns: 500 },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'leaves no card number of a masked network in the output',
    () => {
      const withCards = fc
        .array(
          fc.oneof(
            noise,
            secret,
            fc
              .tuple(
                fc.integer(),
                fc.constantFrom(...(Object.keys(gen.CARD_NETWORKS) as gen.CardNetwork[])),
              )
              .map(([seed, network]) => gen.card(gen.prng(seed), network).written),
          ),
          { maxLength: 8 },
        )
        .map((parts) => parts.join(' '));
      fc.assert(
        fc.property(withCards, (text) => {
          const output = redactText(text).text;
          expect(writtenNumbers(output).filter(isCardNumber)).toEqual([]);
        }),
        { numRuns: 500 },
      );
    },
    PROPERTY_TIMEOUT,
  );
});
