/**
 * Which agents are online: each agent renews its presence by calling the
 * presence route (or any agent route); it lapses after the TTL, so a closed
 * console does not leave the chat looking staffed.
 */
export class AgentPresence {
  private readonly ttlMs: number;
  private readonly seen = new Map<string, number>();

  constructor(ttlSec: number) {
    this.ttlMs = ttlSec * 1000;
  }

  touch(agentId: string, now: number): void {
    this.seen.set(agentId, now);
  }

  leave(agentId: string): void {
    this.seen.delete(agentId);
  }

  online(now: number): number {
    let count = 0;
    for (const at of this.seen.values()) if (now - at < this.ttlMs) count += 1;
    return count;
  }
}
