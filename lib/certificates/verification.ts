import type { Certificate } from '@/lib/generated/prisma/client';
import { db } from '@/lib/server/db';
import { normaliseCertificateId } from './ids';
import { verifyCertificateSignature } from './keys';
import { certificatePayload } from './payload';

type Facts = Pick<
  Certificate,
  'id' | 'locale' | 'eventTitle' | 'eventStartsAt' | 'eventEndsAt' | 'minutes' | 'sessions' | 'issuedAt'
>;

export type CertificateVerification =
  | { state: 'unknown' }
  | (Facts & { state: 'valid'; holderName: string; payload: string; signature: string })
  | (Facts & { state: 'revoked'; holderName: string; revokedAt: Date })
  | (Facts & { state: 'anonymised'; anonymizedAt: Date });

/**
 * What the public verify page may say about an id (as typed or scanned) and the QR code's signature (`?s=`).
 * Unknown: no such id, a signature that is not this certificate's, or a stored record whose signature no longer
 * matches its facts (changed in the database). Anonymised certificates cannot be re-checked (the name is gone),
 * but the page still says they existed.
 */
export async function verifyCertificate(rawId: string, signature?: string): Promise<CertificateVerification> {
  const id = normaliseCertificateId(rawId);
  if (!id) return { state: 'unknown' };
  const certificate = await db.certificate.findUnique({ where: { id } });
  if (!certificate) return { state: 'unknown' };
  if (signature !== undefined && signature !== certificate.signature) return { state: 'unknown' };
  const facts: Facts = {
    id: certificate.id,
    locale: certificate.locale,
    eventTitle: certificate.eventTitle,
    eventStartsAt: certificate.eventStartsAt,
    eventEndsAt: certificate.eventEndsAt,
    minutes: certificate.minutes,
    sessions: certificate.sessions,
    issuedAt: certificate.issuedAt,
  };
  if (certificate.anonymizedAt) return { ...facts, state: 'anonymised', anonymizedAt: certificate.anonymizedAt };
  const payload = certificatePayload(certificate);
  if (!verifyCertificateSignature(payload, certificate.signature)) return { state: 'unknown' };
  if (certificate.revokedAt)
    return { ...facts, state: 'revoked', holderName: certificate.holderName, revokedAt: certificate.revokedAt };
  return { ...facts, state: 'valid', holderName: certificate.holderName, payload, signature: certificate.signature };
}
