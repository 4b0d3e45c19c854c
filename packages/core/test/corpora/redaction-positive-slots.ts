/**
 * Fills the `{slot}`s of positive templates with generated secrets, turning
 * through the card networks and IBAN countries so each is covered.
 */
import * as gen from './redaction-secrets.ts';

/** A filled template: its text, the kinds it holds, and the strings that must not survive. */
export interface FilledPositive {
  text: string;
  kinds: string[];
  secrets: string[];
}

/** Returns a filler that draws from `r`. */
export function positiveFiller(r: gen.Rand): (template: string) => FilledPositive {
  const NETWORKS = Object.keys(gen.CARD_NETWORKS) as gen.CardNetwork[];
  const COUNTRIES = Object.keys(gen.IBAN_SHAPES);
  let networkTurn = 0;
  let countryTurn = 0;

  function secretFor(slot: string): { text: string; kind: string; secrets: string[] } {
    switch (slot) {
      case 'card': {
        const c = gen.card(r, NETWORKS[networkTurn++ % NETWORKS.length] ?? 'visa');
        return { text: c.written, kind: 'card', secrets: [c.written, c.raw] };
      }
      case 'cardraw': {
        const c = gen.card(r, NETWORKS[networkTurn++ % NETWORKS.length] ?? 'visa');
        return { text: c.raw, kind: 'card', secrets: [c.raw] };
      }
      case 'iban': {
        const i = gen.iban(r, COUNTRIES[countryTurn++ % COUNTRIES.length] ?? 'TR');
        return { text: i.written, kind: 'iban', secrets: [i.written, i.raw] };
      }
      case 'trphone': {
        const p = gen.turkishMobile(r);
        return { text: p, kind: 'phone', secrets: [p] };
      }
      case 'azphone': {
        const p = gen.azerbaijaniMobile(r);
        return { text: p, kind: 'phone', secrets: [p] };
      }
      case 'intlphone': {
        const p = gen.otherPhone(r);
        return { text: p, kind: 'phone', secrets: [p] };
      }
      case 'tc': {
        const t = gen.tcKimlik(r);
        return { text: t, kind: 'national-id', secrets: [t] };
      }
      case 'email': {
        const e = gen.email(r);
        return { text: e, kind: 'email', secrets: [e] };
      }
      case 'jwt': {
        const j = gen.jwt(r);
        return { text: j, kind: 'jwt', secrets: [j, j.split('.')[2] ?? j] };
      }
      case 'opaque': {
        const t = gen.opaqueToken(r);
        return { text: t, kind: 'token', secrets: [t] };
      }
      case 'apikey': {
        const k = gen.apiKey(r);
        return { text: k, kind: 'secret', secrets: [k] };
      }
      case 'pwd': {
        const p = gen.password(r);
        return { text: p, kind: 'password', secrets: [p] };
      }
      case 'urlcred': {
        const user = gen.pick(r, ['admin', 'deploy', 'odeme', 'api', 'ftpuser']);
        const pass = gen.password(r);
        const host = gen.pick(r, ['hooks.example.com', 'ftp.firma.com.tr', 'api.shop.az']);
        const scheme = gen.pick(r, ['https', 'ftp', 'sftp', 'https']);
        return {
          text: `${scheme}://${user}:${pass}@${host}/v1/notify`,
          kind: 'url-credentials',
          secrets: [`${user}:${pass}`, `:${pass}@`],
        };
      }
      case 'qtoken': {
        const t = gen.opaqueToken(r);
        const name = gen.pick(r, ['access_token', 'token', 'session', 'code', 'auth']);
        return {
          text: `https://app.example.com/callback?state=xyz&${name}=${t}&lang=tr`,
          kind: 'token',
          secrets: [t],
        };
      }
      case 'qsig': {
        const s = gen.alnum(r, 40);
        const name = gen.pick(r, ['signature', 'sig', 'X-Amz-Signature', 'api_key']);
        return {
          text: `https://cdn.example.com/img/812.png?expires=1773500000&${name}=${s}`,
          kind: 'secret',
          secrets: [s],
        };
      }
      case 'qjwt': {
        const j = gen.jwt(r);
        return { text: `https://app.example.com/reset?id_token=${j}`, kind: 'jwt', secrets: [j] };
      }
      case 'pem': {
        const p = gen.pemBlock(r);
        const body = p.split('\n')[1] ?? p;
        return { text: p, kind: 'pem', secrets: [body] };
      }
      default:
        throw new Error(`unknown positive slot {${slot}}`);
    }
  }

  return function fillPositive(template: string): {
    text: string;
    kinds: string[];
    secrets: string[];
  } {
    const kinds = new Set<string>();
    const secrets: string[] = [];
    const text = template.replace(/\{(\w+)\}/g, (_, slot: string) => {
      const s = secretFor(slot);
      kinds.add(s.kind);
      secrets.push(...s.secrets);
      return s.text;
    });
    return { text, kinds: [...kinds].sort(), secrets };
  };
}
