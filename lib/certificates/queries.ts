import 'server-only';
import { requireOrganizer } from '@/lib/auth/guards';
import { db } from '@/lib/server/db';
import { eligibleWithoutCertificate } from './eligibility';

/** The certificate state of one registration for the organizer's detail page. */
export async function getRegistrationCertificate(registrationId: string) {
  await requireOrganizer();
  const registration = await db.registration.findUnique({
    where: { id: registrationId },
    select: {
      eventId: true,
      status: true,
      anonymizedAt: true,
      certificate: true,
      event: { select: { certificateSettings: { select: { enabled: true } } } },
    },
  });
  if (!registration) return null;
  const eligible =
    !registration.certificate &&
    (await db.registration.count({
      where: { id: registrationId, ...eligibleWithoutCertificate(registration.eventId) },
    })) > 0;
  return {
    enabled: registration.event.certificateSettings?.enabled ?? false,
    certificate: registration.certificate,
    eligible,
    // Someone no rule admits may get one by an organizer's decision; cancelled or anonymised registrations not.
    grantable:
      !registration.certificate && !eligible && registration.status !== 'cancelled' && !registration.anonymizedAt,
  };
}

export type RegistrationCertificate = NonNullable<Awaited<ReturnType<typeof getRegistrationCertificate>>>;
