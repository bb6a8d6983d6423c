import nodemailer, { type Transporter } from 'nodemailer';
import type Mail from 'nodemailer/lib/mailer';
import { db } from '@/lib/server/db';
import { env } from '@/lib/server/env';

export interface OutgoingMail {
  to: string;
  /** Display name for the To header; CR/LF and other control characters are removed. */
  toName?: string;
  subject: string;
  html: string;
  text: string;
  attachments?: Mail.Attachment[];
  /** A stable Message-ID (e.g. per outbox job), so a receiver can recognise the same mail. */
  messageId?: string;
  /** Short timeouts for mails a person is waiting for right now (sign-in links). */
  urgent?: boolean;
}

let smtp: Transporter | undefined;
let urgentSmtp: Transporter | undefined;
// Without SMTP_URL the message is built exactly as it would be sent, then stored for the local mail view.
const capture = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'windows' });

// nodemailer waits minutes by default; a send must end well before the queue's job timeout.
function transport(urgent: boolean): Transporter {
  const url = env.SMTP_URL as string;
  if (urgent) {
    urgentSmtp ??= nodemailer.createTransport(url, {
      connectionTimeout: 8_000,
      greetingTimeout: 8_000,
      socketTimeout: 15_000,
    });
    return urgentSmtp;
  }
  // Pooled: the outbox worker sends many mails in a row, so keep its SMTP connections open.
  const pooled = new URL(url);
  pooled.searchParams.set('pool', 'true');
  pooled.searchParams.set('maxConnections', String(env.MAIL_WORKER_CONCURRENCY));
  smtp ??= nodemailer.createTransport(pooled.toString(), {
    connectionTimeout: 20_000,
    greetingTimeout: 20_000,
    socketTimeout: 60_000,
  });
  return smtp;
}

/** A header value with line breaks and other control characters replaced by spaces: no header injection. */
export function headerSafe(value: string): string {
  // eslint-disable-next-line no-control-regex
  return value
    .replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ')
    .replace(/\s{2,}/g, ' ')
    .trim();
}

/** Sends one mail through SMTP_URL, or captures it in the database when no SMTP server is configured. */
export async function sendMail(mail: OutgoingMail): Promise<{ messageId: string }> {
  const { toName, urgent = false, messageId, to, subject, ...content } = mail;
  const address = headerSafe(to);
  const message: Mail.Options = {
    from: env.MAIL_FROM,
    to: toName ? { name: headerSafe(toName), address } : address,
    subject: headerSafe(subject),
    ...content,
    ...(messageId ? { messageId } : {}),
  };
  if (env.SMTP_URL) {
    const info = await transport(urgent).sendMail(message);
    return { messageId: info.messageId };
  }
  const info = await capture.sendMail(message);
  await db.capturedMail.create({
    data: {
      messageId: info.messageId,
      from: env.MAIL_FROM,
      to: address,
      subject: headerSafe(subject),
      raw: new Uint8Array(info.message as Buffer),
    },
  });
  return { messageId: info.messageId };
}
