/**
 * Which agents are online: an agent goes online and renews it only through
 * `POST /v1/agent/presence` (never as a side effect of other agent calls, so
 * an agent who said "offline" stays offline while finishing their chats); it
 * lapses after the TTL, so a closed console does not leave the chat looking
 * staffed.
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

  /** Whether this agent's presence is current at `now`. */
  isOnline(agentId: string, now: number): boolean {
    const at = this.seen.get(agentId);
    return at !== undefined && now - at < this.ttlMs;
  }

  online(now: number): number {
    let count = 0;
    for (const at of this.seen.values()) if (now - at < this.ttlMs) count += 1;
    return count;
  }
}
