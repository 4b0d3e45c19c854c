const VERSION = /^v?(\d+(?:\.\d+)*)([-+~ ].*)?$/i;

/**
 * Compares two version strings, semver-ish: numeric parts in order (`4.10`
 * is newer than `4.9`, a missing part counts as 0), then a pre-release
 * (`4.12.0-beta`) is older than its release. Returns a negative number when
 * `a` is older, positive when newer, 0 when equal, and null when either is not
 * a version.
 */
export function compareVersions(a: string, b: string): number | null {
  const ma = VERSION.exec(a.trim());
  const mb = VERSION.exec(b.trim());
  if (!ma?.[1] || !mb?.[1]) return null;
  const pa = ma[1].split('.').map(Number);
  const pb = mb[1].split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i += 1) {
    const diff = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (diff !== 0) return Math.sign(diff);
  }
  // Build metadata (`+812`) does not order versions; a pre-release (`-beta`) does.
  const preA = ma[2]?.startsWith('+') ? undefined : ma[2];
  const preB = mb[2]?.startsWith('+') ? undefined : mb[2];
  if (preA && !preB) return -1;
  if (!preA && preB) return 1;
  return 0;
}
