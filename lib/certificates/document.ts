// CONTRACT STUB (owned by the cert-doc branch): renders one certificate of attendance as a PDF.
// No 'server-only': the mail worker (plain Node) attaches certificates to mails.
import type { Locale } from '@/lib/i18n/config';

export interface CertificateImage {
  bytes: Uint8Array;
  mime: 'image/png' | 'image/jpeg';
}

/** Everything printed on one certificate, placeholders already filled. */
export interface CertificateDocumentInput {
  /** Public id, printed in short form and encoded in the QR code. */
  id: string;
  locale: Locale;
  title: string;
  /** The filled body text; the holder's name appears in it once (printed bold where it occurs). */
  body: string;
  holderName: string;
  /** Session titles attended, listed under the body when hours are counted from sessions. */
  sessions: string[];
  signatoryName: string;
  signatoryFunction: string;
  signature: CertificateImage | null;
  logo: CertificateImage | null;
  /** Absolute URL of /verify/<id> (with its signature), the QR code's content. */
  verifyUrl: string;
  issuedAt: Date;
  /** Marks previews ("Muster"/"Sample") so a preview is never mistaken for a certificate. */
  sample?: boolean;
}

export async function renderCertificatePdf(_input: CertificateDocumentInput): Promise<Buffer> {
  throw new Error('renderCertificatePdf: not implemented yet');
}
