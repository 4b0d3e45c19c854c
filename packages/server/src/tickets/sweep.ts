import type { ServerContext } from '../ServerContext.ts';
import { historyLine } from './historyLine.ts';

/** What one sweep did. */
export interface SweepResult {
  inactive: number;
  idempotencyPruned: number;
}

/**
 * Periodic housekeeping: tickets idle past the configured period become
 * `inactive` (recorded in their history as done by `system`), and
 * idempotency keys past their retention are forgotten.
 */
export async function sweep(ctx: ServerContext): Promise<SweepResult> {
  const now = ctx.clock();
  const at = new Date(now).toISOString();
  const idle = await ctx.storage.idleTickets(
    new Date(now - ctx.config.ticketIdleSec * 1000).toISOString(),
  );
  for (const ticket of idle) {
    await ctx.storage.updateTicket(ticket.id, { status: 'inactive', updatedAt: at }, [
      historyLine(ticket.id, 'system', 'status_changed', at, {
        from: ticket.status,
        to: 'inactive',
        reason: 'idle',
      }),
    ]);
  }
  const idempotencyPruned = await ctx.storage.pruneIdempotency(
    new Date(now - ctx.config.idempotencyDays * 86_400_000).toISOString(),
  );
  return { inactive: idle.length, idempotencyPruned };
}
