import { AppError } from '@/lib/errors';
import { db } from '@/lib/server/db';
import { downloadHeaders } from '@/lib/server/download';
import { renderCertificatePdf } from './document';
import { getCertificateDocumentInput } from './load';
import { issueCertificateFor } from './service';

/** "teilnahmebescheinigung-K7QM-4XPD-9RTA.pdf": the id, no name (file names end up in logs and histories). */
export function certificateFileName(certificateId: string): string {
  return `teilnahmebescheinigung-${certificateId}.pdf`;
}

/**
 * One person's certificate as a PDF download (issued now if due). 404 when the registration is not the event's, none
 * is due, or it was revoked or anonymised.
 */
export async function certificateDownload(eventId: string, registrationId: string): Promise<Response> {
  const owned = await db.registration.findFirst({ where: { id: registrationId, eventId }, select: { id: true } });
  if (!owned) throw new AppError('NOT_FOUND', 'registrationNotFound');
  const certificate = await issueCertificateFor(owned.id);
  const input = certificate && (await getCertificateDocumentInput(certificate.id));
  if (!certificate || !input) throw new AppError('NOT_FOUND', 'certificateNotFound');
  const pdf = await renderCertificatePdf(input);
  return new Response(new Uint8Array(pdf), {
    headers: {
      ...downloadHeaders(certificateFileName(certificate.id), 'application/pdf'),
      'Cache-Control': 'private, no-store',
    },
  });
}
