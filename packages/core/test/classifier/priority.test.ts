import { describe, expect, it } from 'vitest';
import { classify } from '../../src/classifier/classify.ts';

describe('classify: priority', () => {
  it.each([
    'Deposit failed but the money was taken from my card',
    'ödememi yaptım hesabımdan 500 TL çekildi ama başarısız diyor',
    'para yatırdım bakiyeme yansımadı',
    'ödənişim uğursuz oldu amma kartımdan pul çıxıldı',
    'withdrawal still not in my bank account after 5 days',
    'charged twice for one deposit',
  ])('is urgent when money is taken or missing: %j', (text) => {
    const r = classify(text);
    expect(r.priority).toBe('urgent');
    expect(r.priorityReasons).toContain('money_missing');
  });

  it('is not urgent for a declined card where no money moved', () => {
    expect(classify('card declined, PMT-105').priority).toBe('normal');
  });

  it('is not urgent for a missing bonus, which is not money taken', () => {
    const r = classify('free spins from the campaign are missing');
    expect(r.category).toBe('bonus');
    expect(r.priority).toBe('normal');
  });

  it.each([
    'someone logged into my account from an unknown device',
    'hesabıma başkası girmiş, şifrem değiştirilmiş',
    'hesabıma başqası daxil olub',
    "I didn't change my password but got an email saying it was changed",
  ])('is urgent on a suspected account takeover: %j', (text) => {
    const r = classify(text);
    expect(r.priority).toBe('urgent');
    expect(r.priorityReasons).toEqual(['account_takeover']);
  });

  it.each([
    'site is down for everyone, nothing works',
    'site tamamen çöktü, kimse giremiyor',
    'heç nə işləmir, sayt hamı üçün çöküb',
  ])('is urgent on an outage: %j', (text) => {
    expect(classify(text).priorityReasons).toContain('outage');
    expect(classify(text).priority).toBe('urgent');
  });

  it.each([
    ['how long does a withdrawal take?', 'question'],
    ['telefon numaramı nasıl değiştirebilirim?', 'question'],
    ['vəsait çıxarmaq üçün nə qədər gözləməliyəm?', 'question'],
    ['a dark mode would be nice', 'suggestion'],
    ['karanlık mod eklerseniz süper olur', 'suggestion'],
    ['thanks for the quick help', 'thanks'],
    ['the button text is misaligned', 'cosmetic'],
  ])('is low for %j (%s)', (text, reason) => {
    const r = classify(text);
    expect(r.priority).toBe('low');
    expect(r.priorityReasons).toContain(reason);
  });

  it.each([
    'how can I log in, it says error 2FA-03',
    'neden çekemiyorum?',
    'why does the app fail, how do I fix it',
  ])('keeps a question that describes a failure normal: %j', (text) => {
    expect(classify(text).priority).toBe('normal');
  });

  it('lets an urgent reason win over a lowering one', () => {
    const r = classify('how can I get my money back, it was taken twice?');
    expect(r.priority).toBe('urgent');
    expect(r.priorityReasons).toEqual(['money_missing']);
  });

  it('is normal with no reasons for an ordinary problem', () => {
    expect(classify('games freeze after 2 minutes')).toMatchObject({
      priority: 'normal',
      priorityReasons: [],
    });
  });

  it.each([
    'şifremi değiştirmek istiyorum',
    'I changed my password and now it says wrong password',
    'şifrəmi dəyişmək istəyirəm',
  ])('does not take a password change the user made for a takeover: %j', (text) => {
    expect(classify(text).priorityReasons).not.toContain('account_takeover');
  });

  it('reads Azerbaijani kimsə (someone) as a takeover, not Turkish kimse (nobody) as an outage', () => {
    expect(classify('hesabıma kimsə girib').priorityReasons).toEqual(['account_takeover']);
    expect(classify('site çöktü, kimse giremiyor').priorityReasons).toEqual(['outage']);
  });
});
