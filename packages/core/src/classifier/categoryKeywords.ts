/**
 * Word stems per category, in English, Turkish and Azerbaijani, already folded
 * (see `foldText`): `odem` matches `ödeme`, `ödemem`, `ödemeyi`; `odenis`
 * matches `ödənişim`. Stems match the start of a word, so suffixes need no
 * list. Entries are `|`-separated; a space joins words that must follow each
 * other (`log in`); `+` doubles an entry's weight (words that name the topic),
 * `~` halves it (words that appear in every kind of report, like `account`);
 * a trailing `=` asks for the whole word (`pay=` is not `payload`).
 *
 * Kept as strings, not arrays, because this ships in the browser bundle.
 */
export const DEFAULT_CATEGORY_KEYWORDS: Readonly<Record<string, string>> = {
  payment:
    '+deposit|+withdr|+payment|+payout|pay=|paid|paying|charg|+refund|card|visa|mastercard|bank|transfer|transaction|iban|balance|money|fund|cashout|crypto|btc|usdt|papara|mefete|declin|' +
    '+odem|+oden|+yatir|para|paran|param|+cekim|ceke|cekme|cekil|cekti|kart|banka|havale|eft=|iade|bakiye|~kesil|tutar|kripto|' +
    '+odenis|pul=|pulu|pulum|pulun|balans|+cixaris|cixar|cixil|+depozit|vesait|kocurme|geri qaytar|tutul|m10=|emanat',
  bonus:
    '+bonus|+kampan|+campaign|+promo|freesp|free spin|spin=|spins=|+freebet|free bet|+cashback|cash back|+kesbek|wager|rollover|+cevrim|' +
    'turnuva|turnir|tournament|leaderboard|odul|mukafat|prize|reward|hediye|welcome|hosgeldin|hos geldin|hos gel|reload|offer|firlanma|+pulsuz|' +
    'loyalty|sadakat|puan|xal=|+yatirim bonus|+deposit bonus|+depozit bonus|+match bonus|+reload bonus',
  login:
    'login|log in|logged|+sign in|signin|+passw|+sifre|parol|+2fa|+otp|sms|code|kod|giris|gir=|girem|girmis|girdi|' +
    'daxil|+authenticat|+verification code|dogrulama|tesdiq|kilit|locked|lock out|logout|log out|oturum|sessiya|reset|sifirla|' +
    'unuttum|forgot|unutmus|berpa|hack|cihaz|device|+face id|+touch id|biometric|+logs me out|log me out|kicks me out|+oturumdan at|oturumum kapan|+two factor|+two step|+2 step|+iki adim|+iki asama|+iki faktor|+iki merhele|email|mail|posta|link',
  account:
    '~account|~hesab|profil|+close my|closure|~kapat|+hesab kapat|baglamaq|+dondur|+freeze my|+take a break|marketing|preferences|unsubscribe|pazarlama|reklam|+transaction history|+islem gecmis|history|+self exclu|+uzaklastir|break from|time out|cool off|cooling off|+mola|ara ver|fasile|surname|last name|soyad|isim|+email address|+e posta adres|+mail adres|+e mail adres|+limit|+deposit limit|+yatirim limit|+depozit limit|+loss limit|+kayip limit|+bet limit|+bahis limit|self exclu|exclusion|kisitl|mehdud|personal data|' +
    'kisisel|sexsi=|melumat|veriler|gdpr|delete|silinmes|telefon|phone|numara|nomre|~adres|address|date of birth|dogum|' +
    'username|kullanici adi|istifadeci|nickname|~change|~degistir|~deyis|detail|~bilgi|responsible gaming|sorumlu|dormant|blok',
  verification:
    '+kyc|verif|+document|+belge|+sened|+passport|+pasaport|+pasport|id card|id photo|+kimlik|+vesiqe|+sexsiyyet|selfie|selfi=|' +
    '+proof of address|+ikametgah|yasayis yeri|utility bill|upload|~yukle|blurry|bulanik|~onaylanma|~yoxlama|photo|~fotograf|~sekil|age verif|address verif|+identity|+yuz dogrula|+driving licen|+driver licen|+licence|+license|+ehliyet|+surucu belge|+suruculuk|~fatura|+banka dokum|+bank statement|+hesap ozeti|utility|+face verif|+face scan|liveness|~camera|~kamera',
  technical:
    '+app=|+apps=|application|+uygulama|+tetbiq|+crash|coku|cokt|cokm|donu|dondu=|donm|freez|froze|lag=|lagg|load|yuklenm|acilm|' +
    'white screen|blank|beyaz ekran|ag ekran|~ekran|~screen|~site|~sayt|~sayfa|~page|browser|tarayici|brauzer|update|guncelle|yenile|' +
    'version|surum|android|ios=|iphone|bug|glitch|kapan|baglanir|baglanam|baglanti|connection|network|internet|server|~oyun|~game|' +
    'button|buton|duyme|dark mode|karanlik mod|qaranliq|misalign|overlap|ust uste|menu|kayik|tasiyor|font|typo|color|colour|renk|reng|outage',
  other:
    'support|destek|agent|+customer service|+musteri hizmet|+musteri xidmet|chat|sohbet|operator|temsilci|numayende|complain|sikayet|feedback|geri bildirim|thank|tesekkur|affiliate|partner|' +
    'is birlig|emekdasliq|rude|kaba|kobud|repl|respond|answer|yanit|tebrik|congrat|guzel|great job|love=|~slow|~yavas|~cavab|~cevap',
};
