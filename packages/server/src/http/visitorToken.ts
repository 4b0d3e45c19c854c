import { createHmac, timingSafeEqual } from 'node:crypto';

/** What a visitor token vouches for. */
export interface VisitorSession {
  /** The site key the session was opened with. */
  site: string;
  /** `anon:<anonId>` or `user:<id>`: whose tickets and chats these are. */
  visitor: string;
  /** The identity's signature was checked. */
  verified: boolean;
  /** The identity's e-mail, when the host gave one: ticket replies go there. */
  email: string | null;
  /** Expiry, ms since the epoch. */
  exp: number;
}

function mac(secret: string, payload: string): Buffer {
  return createHmac('sha256', secret).update(payload).digest();
}

/** `<base64url payload>.<base64url HMAC-SHA256>`: stateless, so any instance can check it. */
export function signVisitorToken(session: VisitorSession, secret: string): string {
  const payload = Buffer.from(
    JSON.stringify({
      s: session.site,
      u: session.visitor,
      f: session.verified,
      e: session.exp,
      ...(session.email === null ? {} : { m: session.email }),
    }),
  ).toString('base64url');
  return `${payload}.${mac(secret, payload).toString('base64url')}`;
}

/** The session in a token, or null when it is malformed, forged or expired. */
export function verifyVisitorToken(
  token: string,
  secret: string,
  now: number,
): VisitorSession | null {
  const parts = token.split('.');
  if (parts.length !== 2 || token.length > 2000) return null;
  const [payload = '', signature = ''] = parts;
  const expected = mac(secret, payload);
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  try {
    const data = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<
      string,
      unknown
    >;
    const { s, u, f, e, m } = data;
    if (
      typeof s !== 'string' ||
      typeof u !== 'string' ||
      typeof f !== 'boolean' ||
      typeof e !== 'number' ||
      (m !== undefined && typeof m !== 'string')
    )
      return null;
    if (e <= now) return null;
    return { site: s, visitor: u, verified: f, exp: e, email: m ?? null };
  } catch {
    return null;
  }
}

/** Checks the host's identity signature (hex HMAC-SHA256 of the user id) in constant time. */
export function identitySignatureHolds(
  userId: string,
  signature: string,
  siteSecret: string,
): boolean {
  const expected = createHmac('sha256', siteSecret).update(userId).digest();
  const given = Buffer.from(signature, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}
