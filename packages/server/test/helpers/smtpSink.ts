import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { type ReadMail, readMail } from './readMail.ts';

/** A mail as the SMTP server received it. */
export interface ReceivedMail extends ReadMail {
  from: string;
  to: string[];
  raw: string;
}

/** A real SMTP server on 127.0.0.1 that keeps what arrives, for tests to read. */
export interface SmtpSink {
  port: number;
  received: ReceivedMail[];
  /** Refuses the next `count` messages with a temporary failure (451), as a busy server would. */
  refuseNext(count: number): void;
  /** How many deliveries were attempted, refused ones included. */
  attempts(): number;
  /** Resolves with the first mail matching `check`, failing after `timeoutMs`. */
  waitFor(check: (mail: ReceivedMail) => boolean, timeoutMs?: number): Promise<ReceivedMail>;
  close(): Promise<void>;
}

export async function startSmtpSink(): Promise<SmtpSink> {
  const received: ReceivedMail[] = [];
  let refusals = 0;
  let attempts = 0;
  const server = new SMTPServer({
    authOptional: true,
    // Plain SMTP on loopback: no certificate to trust in tests.
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        attempts += 1;
        if (refusals > 0) {
          refusals -= 1;
          const error = Object.assign(new Error('Try again later'), { responseCode: 451 });
          callback(error);
          return;
        }
        const raw = Buffer.concat(chunks).toString('utf8');
        const envelope = session.envelope;
        received.push({
          ...readMail(raw),
          from: envelope.mailFrom === false ? '' : envelope.mailFrom.address,
          to: envelope.rcptTo.map((r) => r.address),
          raw,
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    port,
    received,
    refuseNext(count) {
      refusals = count;
    },
    attempts: () => attempts,
    async waitFor(check, timeoutMs = 10_000) {
      const started = Date.now();
      for (;;) {
        const found = received.find(check);
        if (found) return found;
        if (Date.now() - started > timeoutMs) {
          throw new Error(`No such mail; got: ${received.map((m) => m.subject).join(' | ')}`);
        }
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
