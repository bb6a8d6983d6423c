import { randomBytes } from 'node:crypto';
import { issueCertificateFor, revokeCertificate } from '@/lib/certificates/service';
import { db } from '@/lib/server/db';
import { createTestEvent } from './factories';

const HOUR = 60 * 60 * 1000;

/** An event that ended an hour ago (or ends tomorrow), with certificates switched on unless told otherwise. */
export async function createCertificateEvent(options: { ended?: boolean; enabled?: boolean } = {}) {
  const endsAt = new Date(Date.now() + (options.ended === false ? 24 : -1) * HOUR);
  const event = await createTestEvent({ startsAt: new Date(endsAt.getTime() - 8 * HOUR), endsAt });
  await db.certificateSettings.create({ data: { eventId: event.id, enabled: options.enabled ?? true } });
  return event;
}

/** A confirmed registration, checked in or not, with a unique address (or none, like a walk-in). */
export async function addAttendee(
  eventId: string,
  options: { checkedIn?: boolean; email?: boolean; locale?: string; status?: 'confirmed' | 'cancelled' } = {},
) {
  const id = randomBytes(6).toString('hex');
  return db.registration.create({
    data: {
      eventId,
      status: options.status ?? 'confirmed',
      email: options.email === false ? '' : `cert.${id}@example.test`,
      salutation: 'Frau',
      title: 'Dr.',
      firstName: 'Jördis',
      lastName: `Größmann-${id}`,
      locale: options.locale ?? 'de',
      ticketCode: `C${id}`,
      manageToken: `cert${id}${id}${id}`,
      privacyConsentVersion: 'test',
      privacyConsentAt: new Date(),
      checkedInAt: options.checkedIn ? new Date() : null,
      cancelledAt: options.status === 'cancelled' ? new Date() : null,
    },
  });
}

/** Issues the person's certificate through the document's service, and revokes it when asked to. */
export async function addCertificate(registrationId: string, extra: { revoked?: boolean } = {}) {
  const certificate = await issueCertificateFor(registrationId);
  if (!certificate) throw new Error(`registration ${registrationId} is not eligible for a certificate`);
  if (!extra.revoked) return certificate;
  return revokeCertificate({ certificateId: certificate.id, reason: 'Test', actor: 'orga@example.test' });
}
