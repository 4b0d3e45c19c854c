import type { FaqArticle } from '@destek/protocol';

/**
 * Self-help articles as a payments site would write them, in English,
 * Turkish and Azerbaijani (wording after /work/shared/seeds and the demo
 * server's articles), deliberately not in popularity order.
 */
export const HELP_ARTICLES: readonly FaqArticle[] = [
  {
    id: 'app-error-crash',
    locale: 'en',
    category: 'technical',
    title: 'The app shows an error or closes',
    summary: 'APP-3xx codes come from the app itself and NET-4xx codes from your connection.',
    steps: [
      'Update the app to the latest version.',
      'Clear the app cache, then sign in again.',
      'Switch between Wi-Fi and mobile data to rule out the connection.',
    ],
    keywords: ['app', 'error', 'crash', 'APP', 'NET', 'update', 'cache'],
    popularity: 75,
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
    keywords: ['password', 'login', 'sign in', 'reset'],
    popularity: 92,
  },
  {
    id: 'deposit-not-credited',
    locale: 'en',
    category: 'payment',
    title: 'My deposit has not arrived',
    summary:
      'Card and bank deposits usually appear within minutes. A code such as PMT-105 comes from your bank.',
    steps: [
      'Check the transaction history in your banking app: a pending charge is not yet final.',
      'Wait 15 minutes, then refresh the balance page.',
    ],
    keywords: ['deposit', 'payment', 'card', 'bank', 'PMT', 'balance', 'pending'],
    popularity: 95,
  },
  {
    id: 'otp-not-received',
    locale: 'en',
    category: 'verification',
    title: 'I do not receive the verification code (2FA/OTP)',
    summary: 'Codes by SMS can take a minute. An authenticator app needs the right device time.',
    steps: [
      'Wait one minute before asking for a new code.',
      'Turn on automatic date and time in your device settings.',
    ],
    keywords: ['2fa', 'otp', 'code', 'sms', 'verification', 'authenticator', 'clock'],
    popularity: 88,
  },
  {
    id: 'cekim-beklemede',
    locale: 'tr',
    category: 'payment',
    title: 'Çekim talebim neden beklemede?',
    summary: 'Çekimler ödenmeden önce kontrol edilir. Çoğu 24 saat içinde gönderilir.',
    steps: [
      'Hesabınızın doğrulandığından emin olun.',
      'IBAN veya kartın size ait olduğunu kontrol edin.',
    ],
    keywords: ['çekim', 'transfer', 'TRF', 'IBAN', 'beklemede', 'ödeme'],
    popularity: 89,
  },
  {
    id: 'sifre-sifirlama',
    locale: 'tr',
    category: 'login',
    title: 'Şifremi unuttum',
    summary: 'Giriş sayfasından e-posta adresinizle yeni bir şifre belirleyebilirsiniz.',
    steps: [
      'Giriş sayfasında "Şifremi unuttum" bağlantısına dokunun.',
      'Hesabınızın e-posta adresini yazın ve gelen bağlantıyı açın.',
      'Daha önce kullanmadığınız yeni bir şifre seçin.',
    ],
    keywords: ['şifre', 'parola', 'giriş', 'sıfırlama'],
    popularity: 91,
  },
  {
    id: 'para-yatirma-gorunmuyor',
    locale: 'tr',
    category: 'payment',
    title: 'Yatırdığım para hesabıma geçmedi',
    summary:
      'Kart ve banka ile yatırımlar genellikle birkaç dakikada görünür. PMT-105 gibi bir kod bankanızdan gelir.',
    steps: [
      'Bankanızın uygulamasında işlem geçmişine bakın: bekleyen bir çekim henüz kesin değildir.',
      '15 dakika bekleyin ve bakiye sayfasını yenileyin.',
    ],
    keywords: ['yatırım', 'para', 'ödeme', 'kart', 'banka', 'PMT', 'bakiye'],
    popularity: 94,
  },
  {
    id: 'dogrulama-kodu-gelmiyor',
    locale: 'tr',
    category: 'verification',
    title: 'Doğrulama kodu (2FA/OTP) gelmiyor',
    summary:
      'SMS ile gelen kodlar bir dakika sürebilir. Doğrulama uygulaması doğru cihaz saatine ihtiyaç duyar.',
    steps: [
      'Yeni kod istemeden önce bir dakika bekleyin.',
      'Cihaz ayarlarınızda otomatik tarih ve saati açın.',
    ],
    keywords: ['2fa', 'otp', 'kod', 'sms', 'doğrulama', 'eposta', 'saat'],
    popularity: 87,
  },
  {
    id: 'sifre-berpasi',
    locale: 'az',
    category: 'login',
    title: 'Şifrəmi unutmuşam',
    summary: 'Giriş səhifəsindən e-poçt ünvanınızla yeni şifrə təyin edə bilərsiniz.',
    steps: [
      'Giriş səhifəsində "Şifrəni unutmusunuz?" keçidinə toxunun.',
      'Hesabınızın e-poçt ünvanını yazın və göndərilən keçidi açın.',
    ],
    keywords: ['şifrə', 'parol', 'giriş', 'bərpa'],
    popularity: 61,
  },
  {
    id: 'odenis-hesaba-kecmeyib',
    locale: 'az',
    category: 'payment',
    title: 'Depozit hesabıma keçməyib',
    summary: 'Kart və bank ödənişləri adətən bir neçə dəqiqəyə görünür.',
    steps: [
      'Bank tətbiqinizdə əməliyyat tarixçəsini yoxlayın.',
      '15 dəqiqə gözləyin və balansı yeniləyin.',
    ],
    keywords: ['depozit', 'ödəniş', 'kart', 'bank', 'PMT', 'balans'],
    popularity: 60,
  },
  {
    id: 'tesdiq-kodu-gelmir',
    locale: 'az',
    category: 'verification',
    title: 'Təsdiq kodu (2FA/OTP) gəlmir',
    summary: 'SMS ilə gələn kodlar bir dəqiqə çəkə bilər.',
    steps: ['Cihazınızın ayarlarında avtomatik tarix və saatı yandırın.'],
    keywords: ['2fa', 'otp', 'kod', 'sms', 'təsdiq', 'saat'],
    popularity: 58,
  },
];
