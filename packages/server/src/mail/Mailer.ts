/** One e-mail, always plain text: what visitors and agents typed is never sent as HTML. */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

/**
 * Sends e-mail. The server ships an SMTP one (`smtpMailer`); pass another to
 * `createServer({ mailer })` to send through an API instead. `send` resolves
 * when the mail server accepted the message and rejects when it refused it
 * or could not be reached; retrying is the caller's business (`MailQueue`).
 */
export interface Mailer {
  send(message: MailMessage): Promise<void>;
  /** Lets go of connections; called once on shutdown. */
  close?(): void;
}
