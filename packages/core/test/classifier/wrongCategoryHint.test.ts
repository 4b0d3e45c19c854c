import { describe, expect, it } from 'vitest';
import { classify } from '../../src/classifier/classify.ts';
import { wrongCategoryHint } from '../../src/classifier/wrongCategoryHint.ts';

describe('wrongCategoryHint', () => {
  it('suggests the confident category when the user chose another', () => {
    const result = classify('para yatırdım ama bakiyeme yansımadı, PMT-105');
    expect(wrongCategoryHint('technical', result)).toEqual({
      suggested: 'payment',
      confidence: result.confidence,
    });
  });

  it('says nothing when the user chose the suggested category', () => {
    expect(wrongCategoryHint('payment', classify('PMT-105 kart reddedildi'))).toBeNull();
  });

  it('says nothing when the user has not chosen yet', () => {
    expect(wrongCategoryHint(null, classify('PMT-105 kart reddedildi'))).toBeNull();
  });

  it('says nothing when the suggestion is not confident', () => {
    const weak = classify('bonus for my deposit');
    expect(weak.confidence).toBeLessThan(0.6);
    expect(wrongCategoryHint('account', weak)).toBeNull();
  });

  it('honours a custom threshold', () => {
    const result = { category: 'login', confidence: 0.5 };
    expect(wrongCategoryHint('payment', result)).toBeNull();
    expect(wrongCategoryHint('payment', result, 0.4)).toEqual({
      suggested: 'login',
      confidence: 0.5,
    });
  });
});
