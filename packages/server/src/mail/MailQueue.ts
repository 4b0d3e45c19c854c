import type { Mailer, MailMessage } from './Mailer.ts';

/** Options of {@link MailQueue}. */
export interface MailQueueOptions {
  /** Tries per mail. @default 4 */
  attempts?: number;
  /** Wait before the first retry, doubled after each. @default 30000 */
  retryDelayMs?: number;
  /** Where failures are reported. @default console.error */
  log?: (line: string) => void;
}

/**
 * Sends mail in the background: `send` returns at once, so an HTTP answer
 * never waits on SMTP, and a failure is retried with a doubling delay, then
 * logged and dropped. Pending mail lives in memory only: a restart loses
 * it, which is acceptable because every mail repeats what the visitor can
 * also read under "My requests".
 */
export class MailQueue {
  private readonly mailer: Mailer;
  private readonly attempts: number;
  private readonly retryDelayMs: number;
  private readonly log: (line: string) => void;
  private readonly timers = new Set<ReturnType<typeof setTimeout>>();
  private readonly inFlight = new Set<Promise<void>>();
  private pending = 0;
  private waiters: (() => void)[] = [];
  private closed = false;

  constructor(mailer: Mailer, options: MailQueueOptions = {}) {
    this.mailer = mailer;
    this.attempts = options.attempts ?? 4;
    this.retryDelayMs = options.retryDelayMs ?? 30_000;
    this.log = options.log ?? ((line) => console.error(line));
  }

  /** Queues one mail; never throws. */
  send(message: MailMessage): void {
    if (this.closed) return;
    this.pending += 1;
    void this.attempt(message, 1);
  }

  /** Resolves when every queued mail was sent or given up. */
  idle(): Promise<void> {
    if (this.pending === 0) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  /**
   * Drops retries still waiting, gives mails being sent up to `graceMs` to
   * finish, then closes the mailer. Nothing is queued afterwards.
   */
  async close(graceMs = 2000): Promise<void> {
    this.closed = true;
    for (const timer of this.timers) clearTimeout(timer);
    this.pending -= this.timers.size;
    this.timers.clear();
    this.settle();
    if (this.inFlight.size > 0) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      await Promise.race([
        Promise.allSettled([...this.inFlight]),
        new Promise((resolve) => {
          timer = setTimeout(resolve, graceMs);
        }),
      ]);
      clearTimeout(timer);
    }
    this.mailer.close?.();
  }

  private async attempt(message: MailMessage, attempt: number): Promise<void> {
    // Through a promise, so a mailer that throws instead of rejecting is handled the same way.
    const sending = Promise.resolve().then(() => this.mailer.send(message));
    this.inFlight.add(sending);
    try {
      await sending;
    } catch (error) {
      // The address is left out of the log: it is the visitor's, and the subject names the request.
      const reason = error instanceof Error ? error.message : String(error);
      const what = `[destek-server] mail "${message.subject}" failed (try ${attempt} of ${this.attempts}): ${reason}`;
      if (attempt < this.attempts && !this.closed) {
        this.log(`${what}; retrying`);
        const timer = setTimeout(
          () => {
            this.timers.delete(timer);
            void this.attempt(message, attempt + 1);
          },
          this.retryDelayMs * 2 ** (attempt - 1),
        );
        timer.unref();
        this.timers.add(timer);
        return;
      }
      this.log(`${what}; giving up`);
    } finally {
      this.inFlight.delete(sending);
    }
    this.pending -= 1;
    this.settle();
  }

  private settle(): void {
    if (this.pending > 0) return;
    for (const resolve of this.waiters.splice(0)) resolve();
  }
}
