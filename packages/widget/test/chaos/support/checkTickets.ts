import { type AgentReader, sha256 } from './agentReader.ts';
import { problemOf, type TrialRecord } from './judgeTrial.ts';
import type { TrialPlan } from './planTrial.ts';

/**
 * This trial's report must be on the server exactly once with every file
 * intact; and every earlier report still exactly once (a late duplicate of
 * an earlier trial shows here too).
 *
 * Lanes check at the same time, so "earlier" means checked before this
 * listing was requested: a listing taken before another lane's report
 * arrived, or read against a trial whose own check had not run yet, would
 * call its count changed when nothing did (the 1,000-trial bench of seed
 * 1304512720 flagged trials 606, 732 and 924 that way; each had its one
 * ticket, files intact, at the end).
 */
export async function checkTickets(
  reader: AgentReader,
  trial: TrialPlan,
  record: TrialRecord,
  sent: ReadonlyMap<string, TrialRecord>,
): Promise<void> {
  const listedAt = performance.now();
  const tickets = await reader.list();
  const mine = tickets.filter((ticket) => ticket.summary === trial.summary);
  record.tickets = mine.length;
  if (mine[0]) {
    const stored = await reader.files(mine[0].id);
    record.filesVerified = trial.files.filter((file) => {
      const hash = sha256(file.buffer);
      return stored.some(
        (s) =>
          s.name === file.name &&
          s.bytes === file.buffer.byteLength &&
          s.sha256 === hash &&
          s.servedSha256 === hash,
      );
    }).length;
    if (stored.length !== trial.files.length && !record.problem)
      record.problem = `the ticket has ${stored.length} files, ${trial.files.length} were sent`;
  }
  const problem = problemOf(record);
  if (problem !== undefined) record.problem = problem;
  for (const [summary, earlier] of sent) {
    if (earlier === record || earlier.checkedAt === undefined || earlier.checkedAt > listedAt)
      continue;
    const count = tickets.filter((ticket) => ticket.summary === summary).length;
    if (count !== earlier.tickets) {
      earlier.problem ??= `its ticket count changed from ${earlier.tickets} to ${count} later`;
      earlier.tickets = count;
    }
  }
  record.checkedAt = performance.now();
}

/** After the last trial on a server: its tickets are exactly the reports sent, once each. */
export async function checkAllTickets(
  reader: AgentReader,
  sent: ReadonlyMap<string, TrialRecord>,
): Promise<number> {
  const tickets = await reader.list();
  let unexpected = 0;
  for (const ticket of tickets) if (!sent.has(ticket.summary)) unexpected += 1;
  for (const [summary, record] of sent) {
    const count = tickets.filter((ticket) => ticket.summary === summary).length;
    if (count !== record.tickets) {
      record.problem ??= `its ticket count changed from ${record.tickets} to ${count} by the end`;
      record.tickets = count;
    }
  }
  return unexpected;
}
