'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { requireOrganizer } from '@/lib/auth/guards';
import { isAppError } from '@/lib/errors';
import { cancelRegistration } from '@/lib/registrations/cancellation';
import { db } from '@/lib/server/db';

type Result = { ok: true; data: { promoted: boolean } } | { ok: false; formError: string };

const inputSchema = z.object({ slug: z.string().min(1).max(200), registrationId: z.string().min(1).max(100) });

/** An organizer cancels a registration; a freed seat goes to the first person on the waiting list. */
export async function cancelRegistrationByOrganizerAction(slug: string, registrationId: string): Promise<Result> {
  const user = await requireOrganizer();
  const parsed = inputSchema.safeParse({ slug, registrationId });
  if (!parsed.success) return { ok: false, formError: 'Ungültige Anfrage.' };
  const owned = await db.registration.count({ where: { id: parsed.data.registrationId, event: { slug: parsed.data.slug } } });
  if (!owned) return { ok: false, formError: 'Anmeldung nicht gefunden.' };
  try {
    const result = await cancelRegistration(parsed.data.registrationId, user.email);
    const promotedId = result.promotedId;
    revalidatePath(`/dashboard/events/${parsed.data.slug}`);
    return { ok: true, data: { promoted: promotedId !== null } };
  } catch (error) {
    if (isAppError(error)) return { ok: false, formError: error.message };
    throw error;
  }
}
