// CONTRACT STUB (owned by the cert-doc branch). No 'server-only': the mail worker builds attachments with it.
import type { CertificateDocumentInput } from './document';

/** The one builder of a stored certificate's PDF input (settings, frozen facts, logo, verify URL); null if unknown. */
export async function getCertificateDocumentInput(_certificateId: string): Promise<CertificateDocumentInput | null> {
  throw new Error('getCertificateDocumentInput: not implemented yet');
}
