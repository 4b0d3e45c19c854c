import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/** A mail as it arrived: the envelope's recipients, the subject, and the body decoded. */
export interface SunkMail {
  to: string[];
  subject: string;
  text: string;
}

/** A real SMTP server on 127.0.0.1 that keeps what the reference server sends it. */
export interface MailSink {
  port: number;
  received: SunkMail[];
  /** The first mail matching `check`, waiting for it up to `timeoutMs`. */
  waitFor(check: (mail: SunkMail) => boolean, timeoutMs?: number): Promise<SunkMail>;
  close(): Promise<void>;
}

/**
 * Undoes quoted-printable (`=` soft breaks, `=XX` bytes), which nodemailer
 * uses for the long lines and non-ASCII words of the server's plain-text
 * mails. The server's own mail tests read mail the same way, in full.
 */
function decodeBody(body: string, encoding: string): string {
  if (encoding === 'base64') return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString();
  if (encoding !== 'quoted-printable') return body;
  const soft = body.replace(/=\r?\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < soft.length; i += 1) {
    const hex = soft.slice(i + 1, i + 3);
    if (soft[i] === '=' && /^[0-9A-F]{2}$/i.test(hex)) {
      bytes.push(Number.parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(soft[i] ?? ''));
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

function readMail(raw: string, to: string[]): SunkMail {
  const split = raw.indexOf('\r\n\r\n');
  const head = raw.slice(0, split).replace(/\r\n[ \t]+/g, ' ');
  const header = (name: string) =>
    new RegExp(`^${name}:\\s*(.*)$`, 'im').exec(head)?.[1]?.trim() ?? '';
  return {
    to,
    subject: header('subject'),
    text: decodeBody(
      raw.slice(split + 4),
      header('content-transfer-encoding').toLowerCase(),
    ).replace(/\r\n/g, '\n'),
  };
}

/** Starts the sink on a free port; plain SMTP on loopback (no certificate to trust). */
export async function startMailSink(): Promise<MailSink> {
  const received: SunkMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const to = session.envelope.rcptTo.map((recipient) => recipient.address);
        received.push(readMail(Buffer.concat(chunks).toString('utf8'), to));
        callback();
      });
    },
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.server.address() as AddressInfo;
  return {
    port,
    received,
    async waitFor(check, timeoutMs = 15_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = received.find(check);
        if (found) return found;
        if (Date.now() > deadline) {
          const subjects = received.map((mail) => mail.subject).join(' | ') || 'none';
          throw new Error(`No such mail within ${timeoutMs} ms; got: ${subjects}`);
        }
        await new Promise((done) => setTimeout(done, 50));
      }
    },
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
