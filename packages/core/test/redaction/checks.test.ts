import { describe, expect, it } from 'vitest';
import { ibanChecksum } from '../../src/redaction/checks/ibanChecksum.ts';
import { isCardNumber } from '../../src/redaction/checks/isCardNumber.ts';
import { isInternationalPhone, isNationalPhone } from '../../src/redaction/checks/isPhoneNumber.ts';
import { isTcKimlik } from '../../src/redaction/checks/isTcKimlik.ts';
import { luhn } from '../../src/redaction/checks/luhn.ts';

describe('redaction checks', () => {
  it('accepts Luhn-valid numbers and rejects one changed digit', () => {
    expect(luhn('79927398713')).toBe(true);
    expect(luhn('79927398710')).toBe(false);
    expect(luhn('')).toBe(false);
  });

  it('knows card networks by prefix and length', () => {
    expect(isCardNumber('4111111111111111')).toBe(true); // Visa
    expect(isCardNumber('2720990000000007')).toBe(true); // Mastercard 2-series, top of range
    expect(isCardNumber('2721000000000004')).toBe(false); // just past the 2-series
    expect(isCardNumber('378282246310005')).toBe(true); // Amex, 15 digits
    expect(isCardNumber('3782822463100050')).toBe(false); // Amex prefix, wrong length
    expect(isCardNumber('9792030000000000')).toBe(true); // Troy
    expect(isCardNumber('1000000000000008')).toBe(false); // Luhn-valid, no network
  });

  it('checks both T.C. kimlik check digits and the leading digit', () => {
    expect(isTcKimlik('10000000146')).toBe(true);
    expect(isTcKimlik('10000000156')).toBe(false);
    expect(isTcKimlik('10000000147')).toBe(false);
    expect(isTcKimlik('01000000146')).toBe(false);
  });

  it('validates IBANs by mod 97', () => {
    expect(ibanChecksum('TR330006100519786457841326')).toBe(true);
    expect(ibanChecksum('GB82WEST12345698765432')).toBe(true);
    expect(ibanChecksum('GB82WEST12345698765433')).toBe(false);
    expect(ibanChecksum('gb82west12345698765432')).toBe(false);
  });

  it('tells Turkish and Azerbaijani numbers from dates by their grouping', () => {
    expect(isNationalPhone(['0532', '123', '45', '67'])).toBe(true);
    expect(isNationalPhone(['050', '123', '45', '67'])).toBe(true);
    expect(isNationalPhone(['05', '11', '2026', '14'])).toBe(false);
    expect(isNationalPhone(['5321234567'])).toBe(false);
    expect(isInternationalPhone(['90', '532', '123', '45', '67'])).toBe(true);
    expect(isInternationalPhone(['994', '50', '123', '45', '67'])).toBe(true);
    expect(isInternationalPhone(['994', '88', '123', '45', '67'])).toBe(false);
  });
});
