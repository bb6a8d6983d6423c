import 'server-only';
import { simpleParser, type AddressObject } from 'mailparser';
import { AppError } from '@/lib/errors';
import { db } from '@/lib/server/db';
import { env } from '@/lib/server/env';

// Public on purpose (no sign-in: it shows the sign-in mails), but only when env.mailViewEnabled.
function assertEnabled(): void {
  if (!env.mailViewEnabled) throw new AppError('NOT_FOUND', 'mailViewOff');
}

const LIST_LIMIT = 200;

/** The newest captured mails (at most 200), newest first. */
export async function listCapturedMails() {
  assertEnabled();
  return db.capturedMail.findMany({
    select: { id: true, to: true, subject: true, createdAt: true },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: LIST_LIMIT,
  });
}

const addressText = (a: AddressObject | AddressObject[] | undefined) =>
  (Array.isArray(a) ? a.map((x) => x.text).join(', ') : a?.text) ?? '';

async function parseCaptured(id: string) {
  assertEnabled();
  const mail = await db.capturedMail.findUnique({
    where: { id },
    select: { id: true, from: true, to: true, subject: true, createdAt: true, raw: true },
  });
  if (!mail) return null;
  // simpleParser replaces cid: image links in the HTML with data: URIs by default (keepCidLinks: false).
  return { mail, parsed: await simpleParser(Buffer.from(mail.raw)) };
}

/** One captured mail parsed from its raw RFC 822 source, or null. */
export async function getCapturedMail(id: string) {
  const result = await parseCaptured(id);
  if (!result) return null;
  const { mail, parsed } = result;
  return {
    id: mail.id,
    capturedAt: mail.createdAt,
    from: addressText(parsed.from) || mail.from,
    to: addressText(parsed.to) || mail.to,
    subject: parsed.subject ?? mail.subject,
    date: parsed.date ?? null,
    text: parsed.text ?? null,
    html: typeof parsed.html === 'string' ? parsed.html : null,
    attachments: parsed.attachments.map((a, index) => ({
      index,
      filename: a.filename ?? `anhang-${index + 1}`,
      contentType: a.contentType,
      size: a.size,
      inline: a.contentDisposition === 'inline' || !!a.cid,
    })),
  };
}

export type CapturedMailDetail = NonNullable<Awaited<ReturnType<typeof getCapturedMail>>>;

/** One attachment of a captured mail, or null when the mail or index does not exist. */
export async function getCapturedMailAttachment(id: string, index: number) {
  const result = await parseCaptured(id);
  const attachment = result?.parsed.attachments[index];
  if (!attachment) return null;
  return {
    filename: attachment.filename ?? `anhang-${index + 1}`,
    contentType: attachment.contentType || 'application/octet-stream',
    content: attachment.content,
  };
}
