import 'server-only';
import { db } from '@/lib/server/db';
import { substitutionRefusal } from './substitution';

/** The person a registration's place went to, and whether it can still be handed over (null: it can). */
export async function getSubstitutionState(registrationId: string, now = new Date()) {
  const r = await db.registration.findUnique({
    where: { id: registrationId },
    select: {
      status: true,
      checkedInAt: true,
      cancelledAt: true,
      event: { select: { endsAt: true } },
      substitute: { select: { id: true, title: true, firstName: true, lastName: true, email: true } },
      substituteFor: { select: { id: true, title: true, firstName: true, lastName: true } },
    },
  });
  if (!r) return null;
  return {
    /** Who took this place over (on the old registration), with the time of the hand-over. */
    substitute: r.substitute ? { ...r.substitute, at: r.cancelledAt } : null,
    /** Whose place this registration took over (on the new one). */
    substituteFor: r.substituteFor,
    refusal: substitutionRefusal({ ...r, endsAt: r.event.endsAt }, now),
  };
}

export type SubstitutionState = NonNullable<Awaited<ReturnType<typeof getSubstitutionState>>>;
