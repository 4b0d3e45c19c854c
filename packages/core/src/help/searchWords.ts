import { tokenize } from '../classifier/stemMatcher.ts';

/**
 * Words that say nothing about the problem, in English, Turkish and
 * Azerbaijani (folded). Left out of queries so "why is my deposit not here"
 * ranks by "deposit", and the result count is not every article with "my".
 */
const STOP = new Set(
  (
    'the and or of to in on at is are was be it me my we you your our for with not no do does did ' +
    'can cant dont how what why when where here there this that from has have had an still ' +
    've veya ile bir bu su ben benim bana mi mu da de ne neden nasil icin ama gibi cok hala ' +
    'men menim mene niye nece ucun amma hele'
  ).split(' '),
);

/** The words of a query worth matching: folded, apostrophes gone, stop words and single letters left out. */
export function searchWords(text: string): string[] {
  return tokenize(text).filter((word) => word.length > 1 && !STOP.has(word));
}
