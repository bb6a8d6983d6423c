import nodemailer, { type Transporter } from 'nodemailer';
import type Mail from 'nodemailer/lib/mailer';
import { db } from '@/lib/server/db';
import { env } from '@/lib/server/env';

export interface OutgoingMail {
  to: string;
  subject: string;
  html: string;
  text: string;
  attachments?: Mail.Attachment[];
}

let smtp: Transporter | undefined;
// Without SMTP_URL the message is built exactly as it would be sent, then stored for the local mail view.
const capture = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'windows' });

/** Sends one mail through SMTP_URL, or captures it in the database when no SMTP server is configured. */
export async function sendMail(mail: OutgoingMail): Promise<{ messageId: string }> {
  const message: Mail.Options = { from: env.MAIL_FROM, ...mail };
  if (env.SMTP_URL) {
    smtp ??= nodemailer.createTransport(env.SMTP_URL);
    const info = await smtp.sendMail(message);
    return { messageId: info.messageId };
  }
  const info = await capture.sendMail(message);
  await db.capturedMail.create({
    data: {
      messageId: info.messageId,
      from: env.MAIL_FROM,
      to: mail.to,
      subject: mail.subject,
      raw: new Uint8Array(info.message as Buffer),
    },
  });
  return { messageId: info.messageId };
}
