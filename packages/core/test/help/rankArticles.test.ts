import type { FaqArticle } from '@destek/protocol';
import { describe, expect, it } from 'vitest';
import { mergeArticles } from '../../src/help/mergeArticles.ts';
import { rankArticles } from '../../src/help/rankArticles.ts';
import { HELP_ARTICLES } from './helpArticles.ts';

const ids = (q: string, locale: string, articles: readonly FaqArticle[] = HELP_ARTICLES) =>
  rankArticles(articles, { q, locale }).map((article) => article.id);

describe('searching articles in Turkish', () => {
  it.each([
    'şifremi',
    'şifrem',
    'şifre',
    'sifremi',
    'ŞİFREMİ UNUTTUM',
    'SIFREMI UNUTTUM',
    'şifrenizi',
  ])('finds the password article for "%s"', (q) => {
    expect(ids(q, 'tr')[0]).toBe('sifre-sifirlama');
  });

  it('finds "kart" in "kartımdan" and ranks the card deposit first', () => {
    expect(ids('kartımdan para yatırdım', 'tr')[0]).toBe('para-yatirma-gorunmuyor');
  });

  it('matches a softened stem: "hesabıma" finds "hesap" and "hesabım"', () => {
    const articles = [
      { ...HELP_ARTICLES[5], id: 'hesap-kapatma', title: 'Hesap kapatma', keywords: [] },
    ] as FaqArticle[];
    expect(ids('hesabıma giremiyorum', 'tr', articles)).toEqual(['hesap-kapatma']);
  });

  it('finds the code article from a typed question with its suffixes', () => {
    expect(ids('doğrulama kodum gelmedi', 'tr')[0]).toBe('dogrulama-kodu-gelmiyor');
    expect(ids('dogrulama kodu', 'tr-TR')[0]).toBe('dogrulama-kodu-gelmiyor');
  });

  it('does not return unrelated articles', () => {
    expect(ids('şifremi unuttum', 'tr')).toEqual(['sifre-sifirlama']);
    expect(ids('televizyon', 'tr')).toEqual([]);
  });
});

describe('searching articles in Azerbaijani', () => {
  it.each(['şifrəmi', 'sifremi', 'ŞİFRƏ', 'şifrəni'])(
    'finds the password article for "%s"',
    (q) => {
      expect(ids(q, 'az')[0]).toBe('sifre-berpasi');
    },
  );

  it('finds the card deposit from "kartımdan" and the code article from "təsdiq kodu"', () => {
    expect(ids('kartımdan pul keçməyib', 'az-Latn-AZ')[0]).toBe('odenis-hesaba-kecmeyib');
    expect(ids('tesdiq kodu gelmir', 'az')[0]).toBe('tesdiq-kodu-gelmir');
  });
});

describe('searching articles in English', () => {
  it('ignores words such as "my", "not" and "why"', () => {
    expect(ids('why is my deposit not here', 'en')).toEqual(['deposit-not-credited']);
  });

  it('finds an article while its word is still being typed', () => {
    expect(ids('passw', 'en')).toEqual(['forgot-password']);
  });

  it('finds plural and derived forms: "passwords", "verifying"', () => {
    expect(ids('passwords', 'en')[0]).toBe('forgot-password');
    expect(ids('verifying', 'en')[0]).toBe('otp-not-received');
  });

  it('finds an error code by its family', () => {
    expect(ids('PMT-105', 'en')[0]).toBe('deposit-not-credited');
  });

  it('does not let a short article word match a longer query word', () => {
    const article = {
      ...HELP_ARTICLES[0],
      id: 'go-on',
      title: 'Go on',
      summary: '',
      steps: [],
      keywords: [],
    } as FaqArticle;
    expect(ids('online', 'en', [article])).toEqual([]);
  });
});

describe('ranking', () => {
  const about = (id: string, part: 'title' | 'keywords' | 'summary' | 'steps'): FaqArticle => ({
    id,
    locale: 'en',
    category: 'bonus',
    title: part === 'title' ? 'Your welcome bonus' : 'Campaign terms',
    summary: part === 'summary' ? 'The bonus is added after the deposit.' : 'Read the terms.',
    steps: [part === 'steps' ? 'Ask for the bonus again.' : 'Open the campaign page.'],
    keywords: part === 'keywords' ? ['bonus'] : ['campaign'],
    // The least popular matches in the best place: the place must win.
    popularity: { title: 1, keywords: 2, summary: 3, steps: 4 }[part],
  });

  it('puts a title match above keywords, summary and steps', () => {
    const articles = [
      about('in-steps', 'steps'),
      about('in-summary', 'summary'),
      about('in-keywords', 'keywords'),
      about('in-title', 'title'),
    ];
    expect(ids('bonus', 'en', articles)).toEqual([
      'in-title',
      'in-keywords',
      'in-summary',
      'in-steps',
    ]);
  });

  it('ranks an article matching more of the query above one matching less', () => {
    expect(ids('deposit pending', 'en').slice(0, 1)).toEqual(['deposit-not-credited']);
  });

  it('stops at the limit', () => {
    expect(rankArticles(HELP_ARTICLES, { q: '', locale: 'en', limit: 2 })).toHaveLength(2);
  });
});

describe('the most asked', () => {
  it('lists the locale’s articles by popularity when the query is empty', () => {
    expect(ids('', 'tr')).toEqual([
      'para-yatirma-gorunmuyor',
      'sifre-sifirlama',
      'cekim-beklemede',
      'dogrulama-kodu-gelmiyor',
    ]);
  });

  it('lists them for a query of only words like "how" and "my"', () => {
    expect(ids('how my', 'en')).toEqual(ids('', 'en'));
  });

  it('keeps the given order for articles without popularity', () => {
    const plain = HELP_ARTICLES.filter((a) => a.locale === 'az').map((a) => ({
      ...a,
      popularity: 0,
    }));
    expect(ids('', 'az', plain)).toEqual(plain.map((a) => a.id));
  });

  it('falls back to English for a language without articles', () => {
    expect(ids('', 'de-DE')[0]).toBe('deposit-not-credited');
  });

  it('shows articles given for any locale (`und`) in every language', () => {
    const any = {
      ...HELP_ARTICLES[0],
      id: 'contact-hours',
      locale: 'und',
      popularity: 0,
    } as FaqArticle;
    expect(ids('', 'tr', [...HELP_ARTICLES, any])).toContain('contact-hours');
    expect(ids('', 'az', [...HELP_ARTICLES, any])).toContain('contact-hours');
  });
});

describe('mergeArticles', () => {
  it('keeps each article once, the first list’s copy', () => {
    const [first, second] = HELP_ARTICLES;
    if (!first || !second) throw new Error('fixture');
    const renamed = { ...first, title: 'Renamed' };
    const merged = mergeArticles([first], [renamed, second]);
    expect(merged.map((a) => a.id)).toEqual([first.id, second.id]);
    expect(merged[0]?.title).toBe(first.title);
  });
});
