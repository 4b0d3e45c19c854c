/**
 * mulberry32: a small seeded generator of numbers in [0, 1), so a chaos run
 * replays from its printed seed. (Core has the same one, but the bench runs
 * in plain Node and should not load core for ten lines.)
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A seed derived from several numbers and words (FNV-1a), e.g. run seed, trial, request. */
export function mixSeed(...parts: Array<number | string>): number {
  let hash = 0x811c9dc5;
  for (const char of parts.join('\u0000')) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}
