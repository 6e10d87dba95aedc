import nodemailer from 'nodemailer';
import { z } from 'zod';
import type { OutboxHandler, OutboxMessage } from './outbox';

// Delivery of the 'email' topic over SMTP (nodemailer, docs/decisions/012-email-notices.md).
// The Message-ID is made from the outbox row's id, which stays the same on every retry: when a
// server accepted the DATA but the answer was lost (or we crashed before marking the row sent),
// the repeat carries the same Message-ID and mail clients drop it as a duplicate.

export const EMAIL_TOPIC = 'email';

export const emailPayload = z.object({
  to: z.string(),
  subject: z.string(),
  text: z.string(),
  /** The notice event (NOTICE_EVENTS), for the log and the headers. */
  event: z.string(),
  /** The console path of the work; `{{link}}` in the text becomes its absolute address. */
  path: z.string().optional(),
});

/** Where the console's address goes in a notice's text (the base URL is known at delivery). */
export const LINK_TOKEN = '{{link}}';
export type EmailPayload = z.infer<typeof emailPayload>;

/** `<outbox id@sender's domain>`: stable across retries of the same outbox message. */
export function messageIdFor(message: Pick<OutboxMessage, 'id'>, from: string): string {
  const domain = /@([^>\s]+)/.exec(from)?.[1] ?? 'vinhdanh.local';
  return `<${message.id}@${domain}>`;
}

export type MailSettings = { smtpUrl: string | undefined; from: string; publicBaseUrl?: string | undefined };

/**
 * Sends each message by SMTP; any failure (connection, a refused sender or recipient, a refused
 * DATA) throws, and the outbox retries it later. Without an SMTP URL the notice is written to the
 * log instead: it stays readable in the outbox row, and the app works without a mail server.
 */
export function emailHandler(
  mail: MailSettings,
  log: (line: string) => void = (line) => console.log(line),
): OutboxHandler {
  const transport = mail.smtpUrl ? nodemailer.createTransport(mail.smtpUrl) : null;
  return async (message) => {
    const p = emailPayload.parse(message.payload);
    const text = p.text.replaceAll(LINK_TOKEN, `${mail.publicBaseUrl ?? ''}${p.path ?? '/'}`);
    if (!transport) {
      log(`[thư thông báo, chưa cấu hình SMTP] ${p.event} → ${p.to}: ${p.subject}`);
      return;
    }
    await transport.sendMail({
      from: mail.from,
      to: p.to,
      subject: p.subject,
      text,
      messageId: messageIdFor(message, mail.from),
      headers: { 'X-VinhDanh-Event': p.event, 'Auto-Submitted': 'auto-generated' },
    });
  };
}
