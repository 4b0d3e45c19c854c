import { LIMITS, type SupportClient } from '@destek/core';
import type { FaqArticle } from '../coreTypes.ts';

/** What self-help hands the report (and the chat, which starts from the same draft). */
export interface CarriedHelp {
  /** The article that did not help. */
  article?: FaqArticle | undefined;
  /** Its line for "steps tried", in the user's language (`help.tried`). */
  tried?: string | undefined;
  /** What the user searched for without finding an answer. */
  query?: string | undefined;
}

/**
 * Carries what the user did in self-help into the report draft, without
 * overwriting anything they wrote: the article's category when none is
 * chosen, the article as a step already tried (agents then skip suggesting
 * it), and an unanswered search as the summary when the summary is empty,
 * since those are the user's own words. The article's title never becomes
 * the summary: it is the site's wording, the same for every report, and the
 * classifier reads the summary for the user's problem.
 */
export function startReport(client: SupportClient, carried: CarriedHelp): void {
  const draft = client.report.draft.value;
  const { article, tried, query } = carried;
  const categories = client.config.categories;
  const category =
    draft.category ??
    (article && categories.some((c) => c.id === article.category) ? article.category : null);
  const note = tried?.slice(0, LIMITS.stepChars);
  const summary =
    draft.summary.trim() === '' && query
      ? query.trim().slice(0, client.config.limits.summaryChars)
      : draft.summary;
  client.report.update({ category, summary });
  const steps = draft.stepsTried;
  if (note && !steps.includes(note) && steps.length < client.config.limits.stepsTried) {
    client.report.addStep(note);
  }
}
