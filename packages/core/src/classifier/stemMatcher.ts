import { foldText } from './foldText.ts';

/** One parsed stem entry: the words it needs in a row, its weight, the label it counts for. */
interface StemEntry {
  words: readonly string[];
  /** Per word: it must be the whole token (`pay=`), not just its start. */
  exact: readonly boolean[];
  weight: number;
  label: string;
}

/** Stem entries bucketed by the first two letters of their first word, so a token checks a few, not all. */
export type StemMatcher = ReadonlyMap<string, readonly StemEntry[]>;

function parseEntry(raw: string, label: string): StemEntry | null {
  let text = raw.trim();
  let weight = 1;
  if (text.startsWith('+')) weight = 2;
  else if (text.startsWith('~')) weight = 0.5;
  if (weight !== 1) text = text.slice(1);
  const raws = foldText(text)
    .split(' ')
    .filter((w) => w.length > 0);
  const words = raws.map((w) => (w.endsWith('=') ? w.slice(0, -1) : w));
  const exact = raws.map((w) => w.endsWith('='));
  return words.length > 0 ? { words, exact, weight, label } : null;
}

/**
 * Builds a matcher from stem lists per label. A list is either one string
 * with `|` between entries (how the defaults are kept) or an array of entries.
 */
export function compileStems(
  lists: Readonly<Record<string, string | readonly string[]>>,
): StemMatcher {
  const buckets = new Map<string, StemEntry[]>();
  for (const [label, list] of Object.entries(lists)) {
    const raws = typeof list === 'string' ? list.split('|') : list;
    for (const raw of raws) {
      const entry = parseEntry(raw, label);
      const first = entry?.words[0];
      if (!entry || first === undefined) continue;
      const key = first.slice(0, 2);
      const bucket = buckets.get(key);
      if (bucket) bucket.push(entry);
      else buckets.set(key, [entry]);
    }
  }
  return buckets;
}

/** Apostrophes go (`didn't` → `didnt`, `PMT-105'i` → `PMT-105i`); anything else not a letter or digit splits words. */
export function tokenize(text: string): string[] {
  return foldText(text)
    .replace(/['’`]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 0);
}

function matchesAt(entry: StemEntry, tokens: readonly string[], at: number): boolean {
  for (let j = 0; j < entry.words.length; j++) {
    const token = tokens[at + j];
    const word = entry.words[j];
    if (token === undefined || word === undefined) return false;
    if (entry.exact[j] ? token !== word : !token.startsWith(word)) return false;
  }
  return true;
}

/**
 * Sums the weights per label of the entries found in the tokens. Each entry
 * counts once however often it appears: repeating a word is emphasis, not
 * more evidence.
 */
export function matchStems(matcher: StemMatcher, tokens: readonly string[]): Map<string, number> {
  const seen = new Set<StemEntry>();
  const scores = new Map<string, number>();
  for (let i = 0; i < tokens.length; i++) {
    const bucket = matcher.get((tokens[i] ?? '').slice(0, 2));
    if (!bucket) continue;
    for (const entry of bucket) {
      if (seen.has(entry) || !matchesAt(entry, tokens, i)) continue;
      seen.add(entry);
      scores.set(entry.label, (scores.get(entry.label) ?? 0) + entry.weight);
    }
  }
  return scores;
}
