// No 'server-only': the mail worker builds attachments with it.
import { toLocale, type Locale } from '@/lib/i18n/config';
import { db } from '@/lib/server/db';
import type { CertificateDocumentInput, CertificateImage } from './document';
import { certificateVerifyUrl, formatCertificateDates, formatCertificateHours } from './format';
import { certificatePlaceholders } from './placeholders';
import { certificateTexts, EMPTY_CERTIFICATE_WORDING } from './settings-text';

/** An image the PDF can embed: PNG or JPEG only (logos may also be WebP or SVG, which pdfkit cannot draw). */
export function pdfImage(
  bytes: Uint8Array | null | undefined,
  mime: string | null | undefined,
): CertificateImage | null {
  if (!bytes || bytes.length === 0) return null;
  if (mime === 'image/png' || mime === 'image/jpeg') return { bytes, mime };
  return null;
}

export interface CertificateFactsForText {
  holderName: string;
  eventTitle: string;
  eventStartsAt: Date;
  eventEndsAt: Date;
  venue: string;
  minutes: number;
  sessions: string[];
}

/** The placeholder values of a certificate's title and body, in its language. */
export function certificatePlaceholderValues(facts: CertificateFactsForText, locale: Locale) {
  return {
    name: facts.holderName,
    event: facts.eventTitle,
    date: formatCertificateDates(facts.eventStartsAt, facts.eventEndsAt, locale),
    venue: facts.venue,
    hours: formatCertificateHours(facts.minutes, locale),
    sessions: facts.sessions.join(', '),
  };
}

/** The town of a postal address's last line ("04277 Leipzig" → "Leipzig"), for the place/date line. */
export function placeOf(address: string): string | null {
  const last = address.trim().split('\n').at(-1)?.trim() ?? '';
  return last.match(/^(?:D-)?\d{4,5}\s+(.+)$/)?.[1]?.trim() || null;
}

/**
 * The one builder of a stored certificate's PDF input (settings, frozen facts, logo, verify URL). Null when the id is
 * unknown, or the certificate was revoked or anonymised: neither may be handed out as a document again.
 */
export async function getCertificateDocumentInput(certificateId: string): Promise<CertificateDocumentInput | null> {
  const certificate = await db.certificate.findUnique({
    where: { id: certificateId },
    include: { event: { select: { certificateSettings: true, venueAddress: true } } },
  });
  if (!certificate || certificate.revokedAt || certificate.anonymizedAt) return null;
  const branding = await db.branding.findUnique({ where: { id: 1 }, select: { logo: true, logoMime: true } });
  const settings = certificate.event.certificateSettings;
  const locale = toLocale(certificate.locale);
  const texts = certificateTexts(settings ?? EMPTY_CERTIFICATE_WORDING, locale);
  const values = certificatePlaceholderValues(certificate, locale);
  return {
    id: certificate.id,
    locale,
    title: certificatePlaceholders.fill(texts.title, values),
    body: certificatePlaceholders.fill(texts.body, values),
    holderName: certificate.holderName,
    sessions: certificate.sessions,
    signatoryName: texts.signatoryName,
    signatoryFunction: texts.signatoryFunction,
    signature: pdfImage(settings?.signature, settings?.signatureMime),
    logo: pdfImage(branding?.logo, branding?.logoMime),
    verifyUrl: certificateVerifyUrl(certificate.id, certificate.signature),
    issuedAt: certificate.issuedAt,
    venue: placeOf(certificate.event.venueAddress) ?? certificate.venue,
  };
}
