import type { AgentMetrics } from '@destek/protocol';
import type { ServerContext } from '../ServerContext.ts';

function summary(values: number[]) {
  if (values.length === 0) return { avg: null, p50: null, p90: null };
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) =>
    sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? null;
  return {
    avg: Math.round(sorted.reduce((a, b) => a + b, 0) / sorted.length),
    p50: at(0.5),
    p90: at(0.9),
  };
}

const share = (part: number, whole: number) => (whole === 0 ? null : part / whole);

/**
 * The support figures the console shows, over tickets and chats created
 * since `since` and self-help answers given since then. Definitions are in
 * docs/protocol.md ("Metrics"); all times are wall-clock seconds.
 */
export async function agentMetrics(ctx: ServerContext, since: string): Promise<AgentMetrics> {
  const row = await ctx.storage.metrics(since);
  const titles = new Map<string, string>();
  for (const article of ctx.config.faq)
    if (!titles.has(article.id)) titles.set(article.id, article.title);
  const helped = row.feedback.reduce((sum, a) => sum + a.helped, 0);
  const notHelped = row.feedback.reduce((sum, a) => sum + a.notHelped, 0);
  return {
    since,
    tickets: row.tickets,
    firstResponseSec: summary(row.firstResponseSec),
    resolutionSec: summary(row.resolutionSec),
    firstContactResolution: share(row.solvedOnFirstContact, row.solved),
    ratingAverage:
      row.ratings.length === 0
        ? null
        : Math.round((row.ratings.reduce((a, b) => a + b, 0) / row.ratings.length) * 100) / 100,
    ratingCount: row.ratings.length,
    chats: {
      started: row.chats.started,
      answered: row.chats.answered,
      becameTickets: row.chats.becameTickets,
      firstResponseSec: summary(row.chats.firstResponseSec),
      resolutionSec: summary(row.chats.resolutionSec),
      firstContactResolution: share(row.chats.resolutionSec.length, row.chats.answeredEnded),
    },
    deflections: {
      helped,
      notHelped,
      rate: share(helped, helped + notHelped),
      articles: row.feedback.slice(0, 100).map((a) => ({
        id: a.articleId,
        title: titles.get(a.articleId) ?? null,
        helped: a.helped,
        notHelped: a.notHelped,
      })),
    },
  };
}
