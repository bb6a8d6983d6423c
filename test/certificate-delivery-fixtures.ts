import { randomBytes } from 'node:crypto';
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

/** Stores a certificate as the issuing service would (the facts are not what these tests look at). */
export function addCertificate(eventId: string, registrationId: string, extra: { revoked?: boolean } = {}) {
  return db.certificate.create({
    data: {
      id: `c${randomBytes(8).toString('hex')}`,
      eventId,
      registrationId,
      holderName: 'Dr. Jördis Größmann',
      minutes: 480,
      signature: 'test-signature',
      revokedAt: extra.revoked ? new Date() : null,
      revokedBy: extra.revoked ? 'orga@example.test' : null,
      revokeReason: extra.revoked ? 'Test' : null,
    },
  });
}

/** What issueCertificates promises, for tests that run before the real one is there: eligible people, once. */
export async function issueLikeTheContract(eventId: string) {
  const people = await db.registration.findMany({
    where: { eventId, status: { not: 'cancelled' }, checkedInAt: { not: null }, certificate: null },
    select: { id: true },
  });
  for (const p of people) await addCertificate(eventId, p.id);
  return { issued: people.length, existing: 0 };
}
