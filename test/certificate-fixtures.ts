// Test data for certificates: a past event with certificates turned on and people in given states.
import { createRegistration } from '@/lib/registrations/service';
import { db } from '@/lib/server/db';
import { createTestEvent, registrationInput } from '@/test/factories';

export type PersonState = 'checkedIn' | 'absent' | 'cancelled';

/** An event that ended yesterday, certificates on (6 h), and one registration per state, in order. */
export async function certificateEvent(states: PersonState[], options: { enabled?: boolean } = {}) {
  const endsAt = new Date(Date.now() - 24 * 60 * 60 * 1000);
  const event = await createTestEvent({
    title: 'Digitale Verwaltung',
    titleEn: 'Digital administration',
    startsAt: new Date(endsAt.getTime() - 8 * 60 * 60 * 1000),
    endsAt,
    registrationClosesAt: null,
  });
  await db.certificateSettings.create({
    data: { eventId: event.id, enabled: options.enabled ?? true, fixedMinutes: 360, signatoryName: 'Dr. Maria Weiß' },
  });
  const ids: string[] = [];
  for (const state of states) {
    const input = registrationInput({
      salutation: 'Frau',
      title: 'Prof. Dr.',
      firstName: 'Jürgen-Ülrike',
      lastName: 'Größmann',
    });
    const { id } = await createRegistration(event, input, { now: new Date(event.startsAt.getTime() - 7 * 86_400_000) });
    if (state === 'checkedIn') await db.registration.update({ where: { id }, data: { checkedInAt: event.startsAt } });
    if (state === 'cancelled')
      await db.registration.update({ where: { id }, data: { status: 'cancelled', cancelledAt: new Date() } });
    ids.push(id);
  }
  return { event, ids };
}
