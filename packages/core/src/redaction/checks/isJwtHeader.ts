/**
 * True when the first part of a would-be JWT decodes (base64url) to a JSON
 * object naming an `alg`, which every JOSE header must. This is what tells a
 * token from any other dotted base64 string.
 */
export function isJwtHeader(part: string): boolean {
  if (part.length > 2048) return false;
  try {
    const base64 = part.replace(/-/g, '+').replace(/_/g, '/');
    const padded = base64 + '='.repeat((4 - (base64.length % 4)) % 4);
    const header: unknown = JSON.parse(atob(padded));
    return typeof header === 'object' && header !== null && 'alg' in header;
  } catch {
    return false;
  }
}
