import { createTransport } from 'nodemailer';
import type { MailConfig } from '../config/configSchema.ts';
import type { Mailer } from './Mailer.ts';

/**
 * A {@link Mailer} over SMTP with nodemailer, from the config's `mail`
 * section. Mails are marked `Auto-Submitted: auto-generated` so that
 * out-of-office replies do not answer them in a loop.
 */
export function smtpMailer(config: MailConfig): Mailer {
  const transport = createTransport({
    host: config.host,
    port: config.port,
    secure: config.secure,
    requireTLS: config.requireTls,
    ...(config.auth ? { auth: { user: config.auth.user, pass: config.auth.pass } } : {}),
    connectionTimeout: config.timeoutMs,
    greetingTimeout: config.timeoutMs,
    socketTimeout: config.timeoutMs,
  });
  return {
    async send(message) {
      await transport.sendMail({
        from: config.from,
        to: message.to,
        ...(config.replyTo ? { replyTo: config.replyTo } : {}),
        subject: message.subject,
        text: message.text,
        headers: { 'Auto-Submitted': 'auto-generated' },
      });
    },
    close() {
      transport.close();
    },
  };
}
