/**
 * Stems (folded, same syntax as `DEFAULT_CATEGORY_KEYWORDS`) that move a
 * report's priority, keyed by the reason code `classify` returns.
 *
 * - `money_missing`: money taken, charged twice or not arrived; counts only
 *   when the report is about a payment, deposit or withdrawal.
 * - `account_takeover`: someone else in the account, changes the user did not make.
 * - `outage`: nothing works, or not for anyone.
 * - `question`, `suggestion`, `thanks`: lower the priority unless the text
 *   also describes a failure (`problem`), which is why `problem` is listed.
 * - `cosmetic`: looks, wording, colours; lowers the priority even when the
 *   user calls it an error.
 */
export const DEFAULT_PRIORITY_KEYWORDS: Readonly<Record<string, string>> = {
  money_missing:
    'taken|charged|deducted|debited|left my|missing|not credited|never arrived|not arrived|didnt arrive|didnt update|not in my|' +
    'still not|not received|twice|double|disappear|' +
    'kesildi|cekildi|dusuldu|yansimadi|gelmedi|gozukmuyor|gorunmuyor|hala yok|iki kere|iki kez|kayb|' +
    'getdi|gitti|it left|went through|balance zero|balance is zero|balance still|sifir=|sifirdir|bakiye hala|nothing on|nothing in|not on the site|is the same|still the same|ayni kaldi|gecmedi|hesaba gecme|gorunmur|iki defe|tutuldu|cixildi|gelmir|gelmeyib|itib',
  account_takeover:
    'someone else|birileri|birisi|biri= girmis|kimse= girib|kimse= daxil|password got changed|password was changed|password has been changed|sifrem= degis|sifremi deyisib|ben yapmadim|men etmemisem|i didnt do|another country|baska bir ulke|baska ulke|farkli ulke|basqa olke|somebody|not me|wasnt me|didnt change|unknown device|unrecogni|hacked|stolen|' +
    'baskasi|tanimadig|bilmedigim|haberim olmadan|ele gecir|calindi|izinsiz|' +
    'basqasi|xeberim olmadan|ogurla|sindiril|icazesiz',
  outage:
    'every page|all pages|whole site|dead=|down for|is down|site down|outage|nothing works|nothing is working|everyone|everybody|all users|' +
    'herkes|kimse= gire|kimse= baglana|kimse= aca|kimse= oyna|hicbir sey|tum kullanici|hami=|hec kim|hec ne|hec bir sey',
  question:
    'how do|how can|how long|how much|is there|is it possible|can i|do you have|what is|what are|what documents|' +
    'how many|kac=|miyim|miyiz|misin|misiniz|musun|musunuz|midir|mudur|where do|where can|where is|nereden|nerede|harada|haradan|mi=|mu=|nasil|ne kadar|mumkun mu|var mi|yok mu|nedir|hangi|kiminle|' +
    'nece|ne qeder|olarmi|mumkundur|kime|ne=|hansi',
  suggestion:
    'would be nice|would be great|suggest|please add|feature request|eklerseniz|eklense|oneri|keske|super olur|' +
    'yaxsi olar|elave etseniz|teklif',
  thanks: 'thank|thx|tebrik|congrat|great job|tesekkur|sagol|sag ol',
  cosmetic:
    'typo|misalign|overlap|ust uste|font|color|colour|dark mode|karanlik mod|qaranliq|kayik|tasiyor|hizala|renk|reng|yazim hatasi|' +
    'tercume|ceviri|translation',
  problem:
    'error|fail|not work|doesnt|dont|cant|cannot|couldnt|wont|isnt|unable|stuck|broken|wrong|yanlis|sehv|reject|' +
    'hata|basarisiz|calismiyor|reddedil|olmuyor|xeta|ugursuz|islemir|bilmirem|olmur|alinmir|redd',
};
