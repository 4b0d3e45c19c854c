import { describe, expect, it } from 'vitest';
import type { AgentReader, ListedTicket } from './support/agentReader.ts';
import { checkTickets } from './support/checkTickets.ts';
import type { TrialRecord } from './support/judgeTrial.ts';
import type { TrialPlan } from './support/planTrial.ts';
import { trialRecord } from './support/trialRecordFixture.ts';

/** A server's ticket list that the test fills; each `list()` answers what was there when it was called, once let go. */
function fakeServer() {
  const tickets: ListedTicket[] = [];
  const held: Array<() => void> = [];
  let hold = false;
  const reader: AgentReader = {
    list() {
      const snapshot = [...tickets];
      if (!hold) return Promise.resolve(snapshot);
      return new Promise((resolve) => held.push(() => resolve(snapshot)));
    },
    files: async () => [],
  };
  return {
    reader,
    file: (summary: string) =>
      tickets.push({ id: `t${tickets.length}`, reference: 'DT-000000', summary, visitor: 'v' }),
    holdLists: () => {
      hold = true;
    },
    letGo: () => {
      hold = false;
      for (const release of held.splice(0)) release();
    },
  };
}

/** Two trials, one per lane, with summaries A and B, and the map of reports sent so far. */
function twoLaneTrials() {
  return {
    server: fakeServer(),
    sent: new Map<string, TrialRecord>(),
    a: trialRecord({ index: 1 }),
    b: trialRecord({ index: 2 }),
  };
}

const plan = (summary: string) => ({ summary, files: [] }) as unknown as TrialPlan;

describe('checking tickets while two lanes run trials', () => {
  it('does not judge a trial whose own check has not run yet (it reads 0 before, 1 now)', async () => {
    const { server, sent, a, b } = twoLaneTrials();
    server.file('A');
    server.file('B');
    sent.set('A', a);
    sent.set('B', b); // lane B's trial is done, its own check still to come
    await checkTickets(server.reader, plan('A'), a, sent);
    expect(b.problem).toBeUndefined();
    await checkTickets(server.reader, plan('B'), b, sent);
    expect([a.tickets, b.tickets]).toEqual([1, 1]);
    expect([a.problem, b.problem]).toEqual([undefined, undefined]);
  });

  it("does not judge by a listing requested before the other lane's check (it reads 1, then 0)", async () => {
    const { server, sent, a, b } = twoLaneTrials();
    server.file('A');
    sent.set('A', a);
    // Lane A lists before B's report arrives; the answer comes back late.
    server.holdLists();
    const checkingA = checkTickets(server.reader, plan('A'), a, sent);
    server.file('B');
    sent.set('B', b);
    const checkingB = checkTickets(server.reader, plan('B'), b, sent);
    server.letGo();
    await checkingB;
    await checkingA;
    expect([a.tickets, b.tickets]).toEqual([1, 1]);
    expect([a.problem, b.problem]).toEqual([undefined, undefined]);
  });

  it('still catches a duplicate that arrives after a trial was checked', async () => {
    const { server, sent, a, b } = twoLaneTrials();
    server.file('A');
    sent.set('A', a);
    await checkTickets(server.reader, plan('A'), a, sent);
    server.file('A'); // a late second ticket of A's report
    server.file('B');
    sent.set('B', b);
    await checkTickets(server.reader, plan('B'), b, sent);
    expect(a.problem).toBe('its ticket count changed from 1 to 2 later');
    expect(b.problem).toBeUndefined();
  });
});
