import type { ContextFact } from '@destek/protocol';

/**
 * The facts minus those the user removed in review. A key also removes its
 * sub-keys: removing `app` removes `app.version` and `app.build`.
 */
export function withoutFacts(facts: readonly ContextFact[], keys: Iterable<string>): ContextFact[] {
  const removed = [...keys];
  return facts.filter(
    (fact) => !removed.some((key) => fact.key === key || fact.key.startsWith(`${key}.`)),
  );
}
