/**
 * Query and fragment parameters whose value is a secret by name. Compared in
 * lower case with `-` read as `_`. `code` and `state` are OAuth's
 * authorization code and CSRF value; `sig`/`signature` sign pre-signed URLs.
 */
const SECRET_NAMES = new Set([
  'token',
  'access_token',
  'refresh_token',
  'id_token',
  'auth',
  'authorization',
  'key',
  'api_key',
  'apikey',
  'password',
  'passwd',
  'pwd',
  'pass',
  'secret',
  'client_secret',
  'signature',
  'sig',
  'code',
  'state',
  'otp',
  'pin',
  'session',
  'sessionid',
  'session_id',
  'sid',
  'jwt',
  'credential',
  'x_amz_signature',
  'x_amz_credential',
  'x_amz_security_token',
]);

// Names that contain a secret word anywhere (`resetToken`, `user_password`, `jwtAssertion`).
const SECRET_PART =
  /token|secret|passw|signature|api_?key|jwt|sess(?:ion|id)|credential|private_?key/;

/** True when a parameter of this name probably carries a secret. */
export function isSecretParam(name: string): boolean {
  const normal = name.toLowerCase().replaceAll('-', '_');
  return SECRET_NAMES.has(normal) || SECRET_PART.test(normal) || /(^|_)key$/.test(normal);
}

function cleanParams(params: URLSearchParams): boolean {
  const secret = [...new Set([...params.keys()].filter(isSecretParam))];
  for (const name of secret) params.delete(name);
  return secret.length > 0;
}

/**
 * The address without what must not leave the page: user name and password,
 * and every secret-looking query parameter (also in a `#a=b` fragment, where
 * OAuth puts tokens). Other parameters and the path stay as they were. Text
 * that is not an absolute URL keeps only its path.
 */
export function cleanUrl(href: string): string {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    // Not absolute: cut at the query, and drop anything shaped like userinfo.
    return (href.split(/[?#]/, 1)[0] ?? '').replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/@]*@/i, '$1');
  }
  url.username = '';
  url.password = '';
  const params = new URLSearchParams(url.search);
  if (cleanParams(params)) url.search = params.toString();
  const fragment = url.hash.slice(1);
  if (fragment.includes('=')) {
    // `#/route?x=1` keeps the route; `#access_token=...` is all parameters.
    const cut = fragment.indexOf('?');
    const route = cut >= 0 ? fragment.slice(0, cut + 1) : '';
    const hashParams = new URLSearchParams(cut >= 0 ? fragment.slice(cut + 1) : fragment);
    if (cleanParams(hashParams)) url.hash = `${route}${hashParams.toString()}`;
  }
  return url.href;
}
