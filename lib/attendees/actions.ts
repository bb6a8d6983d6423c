'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { requireOrganizer } from '@/lib/auth/guards';
import { isAppError } from '@/lib/errors';
import { revalidateEventPage } from '@/lib/events/revalidate';
import { getEventQuestions } from '@/lib/questions/queries';
import { validationMessage } from '@/lib/registrations/messages';
import { fieldErrorsOf } from '@/lib/registrations/schema';
import { db } from '@/lib/server/db';
import { buildManualRegistrationSchema, buildOrganizerUpdateSchema } from './schema';
import {
  cancelByOrganizer,
  createManualRegistration,
  resendByOrganizer,
  updateRegistrationByOrganizer,
} from './service';

type Failure = { ok: false; fieldErrors?: Record<string, string>; formError?: string };
type Result<T> = { ok: true; data: T } | Failure;

const idsSchema = z.object({ slug: z.string().min(1).max(200), registrationId: z.string().min(1).max(100) });
const slugSchema = z.string().min(1).max(200);

async function ownedRegistration(slug: string, registrationId: string) {
  const ids = idsSchema.safeParse({ slug, registrationId });
  if (!ids.success) return null;
  return db.registration.findFirst({
    where: { id: ids.data.registrationId, event: { slug: ids.data.slug } },
    select: { id: true, eventId: true },
  });
}

const failure = (error: unknown): Failure => {
  if (isAppError(error)) return { ok: false, formError: error.message };
  throw error;
};

const germanFieldErrors = (error: z.ZodError) =>
  Object.fromEntries(Object.entries(fieldErrorsOf(error)).map(([field, key]) => [field, validationMessage(key, 'de')]));

/** An organizer cancels a registration; a freed seat goes to the first person on the waiting list. */
export async function cancelRegistrationByOrganizerAction(
  slug: string,
  registrationId: string,
): Promise<Result<{ promoted: boolean }>> {
  const user = await requireOrganizer();
  const owned = await ownedRegistration(slug, registrationId);
  if (!owned) return { ok: false, formError: 'Anmeldung nicht gefunden.' };
  try {
    const result = await cancelByOrganizer(owned.id, owned.eventId, user.email);
    revalidatePath(`/dashboard/events/${slug}`);
    if (result.reopened) revalidateEventPage(slug);
    return { ok: true, data: { promoted: result.promotedId !== null } };
  } catch (error) {
    return failure(error);
  }
}

/** An organizer sends the confirmation (or waiting-list mail) again. */
export async function resendRegistrationMailAction(
  slug: string,
  registrationId: string,
): Promise<Result<{ queued: boolean }>> {
  const user = await requireOrganizer();
  const owned = await ownedRegistration(slug, registrationId);
  if (!owned) return { ok: false, formError: 'Anmeldung nicht gefunden.' };
  const queued = await resendByOrganizer(owned.id, owned.eventId, user.email);
  revalidatePath(`/dashboard/events/${slug}/registrations/${owned.id}`);
  return queued
    ? { ok: true, data: { queued } }
    : {
        ok: false,
        formError:
          'Nicht versandt: Die Anmeldung ist storniert, oder in den letzten zehn Minuten ging bereits eine Mail hinaus.',
      };
}

/** An organizer corrects a registration (names, organisation, position, sector, state, answers). */
export async function updateRegistrationByOrganizerAction(
  slug: string,
  registrationId: string,
  values: unknown,
): Promise<Result<{ changed: string[] }>> {
  const user = await requireOrganizer();
  const owned = await ownedRegistration(slug, registrationId);
  if (!owned) return { ok: false, formError: 'Anmeldung nicht gefunden.' };
  const parsed = buildOrganizerUpdateSchema(await getEventQuestions(owned.eventId)).safeParse(values);
  if (!parsed.success) return { ok: false, fieldErrors: germanFieldErrors(parsed.error) };
  try {
    const { changed } = await updateRegistrationByOrganizer(owned.id, parsed.data, user.email);
    revalidatePath(`/dashboard/events/${slug}`);
    revalidatePath(`/dashboard/events/${slug}/registrations/${owned.id}`);
    return { ok: true, data: { changed } };
  } catch (error) {
    return failure(error);
  }
}

/** An organizer adds an invited guest or speaker, optionally beyond the capacity. */
export async function createManualRegistrationAction(
  slug: string,
  values: unknown,
): Promise<Result<{ id: string; status: string }>> {
  const user = await requireOrganizer();
  const parsedSlug = slugSchema.safeParse(slug);
  const event = parsedSlug.success
    ? await db.event.findUnique({ where: { slug: parsedSlug.data }, select: { id: true } })
    : null;
  if (!event) return { ok: false, formError: 'Veranstaltung nicht gefunden.' };
  const parsed = buildManualRegistrationSchema(await getEventQuestions(event.id)).safeParse(values);
  if (!parsed.success) return { ok: false, fieldErrors: germanFieldErrors(parsed.error) };
  try {
    const { filledLastSeat, ...created } = await createManualRegistration(event.id, parsed.data, user.email);
    revalidatePath(`/dashboard/events/${slug}`);
    if (filledLastSeat) revalidateEventPage(slug);
    return { ok: true, data: created };
  } catch (error) {
    if (isAppError(error, 'ALREADY_REGISTERED')) return { ok: false, fieldErrors: { email: error.message } };
    return failure(error);
  }
}
