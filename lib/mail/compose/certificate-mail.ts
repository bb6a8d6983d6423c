import CertificateMail from '@/emails/certificate';
import { fill } from '@/lib/i18n/config';
import { getDictionary } from '@/lib/i18n/dictionaries';
import { renderMail } from '@/lib/mail/render';
import { salutationLine } from '@/lib/mail/salutation';
import { eventWhen, manageUrl, subjectDate } from './shared';
import type { ComposedMail, EventMailFacts, RecipientFacts } from './types';

export interface CertificateMailInput {
  recipient: RecipientFacts;
  event: EventMailFacts;
  manageToken: string;
  /** The rendered certificate with its ASCII file name; null only in the development preview. */
  pdf: { filename: string; content: Buffer } | null;
}

/** The mail that carries one person's certificate of attendance, in their language, with the PDF attached. */
export async function composeCertificateMail(input: CertificateMailInput): Promise<ComposedMail> {
  const { recipient, event } = input;
  const lang = recipient.lang;
  const { html, text } = await renderMail(
    CertificateMail({
      lang,
      greeting: salutationLine(lang, recipient),
      eventTitle: event.title,
      when: eventWhen(event, lang),
      manageUrl: manageUrl(input.manageToken),
    }),
  );
  const subject = fill(getDictionary(lang).certificates.delivery.mailSubject, {
    event: event.title,
    date: subjectDate(event, lang),
  });
  const attachments = input.pdf
    ? [{ filename: input.pdf.filename, content: input.pdf.content, contentType: 'application/pdf' }]
    : [];
  return { subject, html, text, attachments };
}
