import { z } from 'zod/mini';
import { LIMITS } from './limits.ts';
import { line, localeSchema, slugSchema, text } from './text.ts';

/** A self-help article. Shown as text: steps are plain strings, never HTML or markdown. */
export const faqArticleSchema = z.lazy(() =>
  z.strictObject({
    id: slugSchema,
    locale: localeSchema,
    category: slugSchema,
    title: line(200, 1),
    /** A one- or two-sentence answer shown under the title. */
    summary: text(1000),
    steps: z.array(text(1000, 1)).check(z.maxLength(30)),
    keywords: z.array(line(60, 1)).check(z.maxLength(40)),
    /** How often it was viewed or solved a problem: orders "most asked". */
    popularity: z.int().check(z.minimum(0)),
  }),
);
export type FaqArticle = z.infer<typeof faqArticleSchema>;

export const faqQuerySchema = z.lazy(() =>
  z.strictObject({
    q: z.optional(line(LIMITS.searchQueryChars)),
    locale: z.optional(localeSchema),
  }),
);

export const faqResponseSchema = z.lazy(() =>
  z.strictObject({
    articles: z.array(faqArticleSchema).check(z.maxLength(100)),
  }),
);

/** `POST /v1/faq/:id/feedback`: "Did this solve it?"; yes counts a deflection. */
export const faqFeedbackSchema = z.lazy(() => z.strictObject({ helped: z.boolean() }));
export type FaqFeedback = z.infer<typeof faqFeedbackSchema>;
