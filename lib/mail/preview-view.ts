import type Mail from 'nodemailer/lib/mailer';
import type { ComposedMail } from './compose/types';

export interface PreviewAttachment {
  filename: string;
  contentType: string;
  size: number;
  inline: boolean;
}

function contentBytes(a: Mail.Attachment): Buffer | null {
  if (Buffer.isBuffer(a.content)) return a.content;
  if (typeof a.content === 'string')
    return Buffer.from(a.content, (a.encoding as BufferEncoding | undefined) ?? 'utf8');
  return null;
}

/**
 * The HTML with "cid:" image references replaced by data: URIs of the matching attachments, because a browser
 * showing the HTML on its own has no mail to resolve them in. For the preview only; mails keep their cids.
 */
export function inlineCidImages(mail: ComposedMail): string {
  const byCid = new Map(mail.attachments.filter((a) => a.cid).map((a) => [a.cid!, a]));
  return mail.html.replace(/\bsrc="cid:([^"]+)"/g, (whole, cid: string) => {
    const attachment = byCid.get(cid);
    const bytes = attachment && contentBytes(attachment);
    if (!attachment || !bytes) return whole;
    return `src="data:${attachment.contentType ?? 'application/octet-stream'};base64,${bytes.toString('base64')}"`;
  });
}

/** Name, type, size in bytes and inline flag of each attachment, for listing. */
export function previewAttachments(mail: ComposedMail): PreviewAttachment[] {
  return mail.attachments.map((a, i) => ({
    filename: typeof a.filename === 'string' && a.filename ? a.filename : `Anhang ${i + 1}`,
    contentType: a.contentType ?? 'application/octet-stream',
    size: contentBytes(a)?.length ?? 0,
    inline: Boolean(a.cid),
  }));
}
