import type { SupportClient } from '@destek/core';

type FaqArticle = SupportClient['config']['faq'][number];

/** Self-help articles as a payments site would publish them, in English and Turkish. */
export const ARTICLES: FaqArticle[] = [
  {
    id: 'deposit-not-credited',
    locale: 'en',
    category: 'payment',
    title: 'My deposit has not arrived',
    summary: 'Card and bank deposits usually appear within minutes.',
    steps: ['Check the transaction history in your banking app.', 'Wait 15 minutes, then refresh.'],
    keywords: ['deposit', 'payment', 'card', 'PMT'],
    popularity: 95,
  },
  {
    id: 'forgot-password',
    locale: 'en',
    category: 'login',
    title: 'I forgot my password',
    summary: 'You can set a new password from the sign-in page with your e-mail address.',
    steps: [
      'On the sign-in page, choose "Forgot password".',
      'Enter the e-mail address of your account and open the link we send.',
      'Choose a new password you have not used here before.',
    ],
    keywords: ['password', 'login', 'reset'],
    popularity: 92,
  },
  {
    id: 'sifre-sifirlama',
    locale: 'tr',
    category: 'login',
    title: 'Şifremi unuttum',
    summary: 'Giriş sayfasından yeni bir şifre belirleyebilirsiniz.',
    steps: ['Giriş sayfasında "Şifremi unuttum" bağlantısına dokunun.'],
    keywords: ['şifre', 'parola', 'giriş'],
    popularity: 91,
  },
  {
    id: 'para-yatirma-gorunmuyor',
    locale: 'tr',
    category: 'payment',
    title: 'Yatırdığım para hesabıma geçmedi',
    summary: 'Kart ve banka ile yatırımlar genellikle birkaç dakikada görünür.',
    steps: ['15 dakika bekleyin ve bakiye sayfasını yenileyin.'],
    keywords: ['yatırım', 'para', 'kart', 'banka', 'PMT'],
    popularity: 94,
  },
];
