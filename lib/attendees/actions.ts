'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { refArg } from '@/lib/edge/args';
import { AppError, parseInput } from '@/lib/errors';
import { getEventRefBySlugOrThrow } from '@/lib/events/queries';
import { revalidateEventPage } from '@/lib/events/revalidate';
import { getEventQuestions } from '@/lib/questions/queries';
import { defineAction } from '@/lib/server/edge/action';
import { db } from '@/lib/server/db';
import { buildManualRegistrationSchema, buildOrganizerUpdateSchema } from './schema';
import {
  cancelByOrganizer,
  createManualRegistration,
  resendByOrganizer,
  updateRegistrationByOrganizer,
} from './service';

// The form's values are checked against the event's own questions, so their schema is built in run().
const formValues = z.unknown();

/** The registration, only when it belongs to the event of the page it was called from. */
async function ownedRegistration(slug: string, registrationId: string) {
  const owned = await db.registration.findFirst({
    where: { id: registrationId, event: { slug } },
    select: { id: true, eventId: true },
  });
  if (!owned) throw new AppError('NOT_FOUND', 'registrationNotFound');
  return owned;
}

/** An organizer cancels a registration; a freed seat goes to the first person on the waiting list. */
export const cancelRegistrationByOrganizerAction = defineAction({
  access: 'organizer',
  input: z.tuple([refArg, refArg]),
  run: async ([slug, registrationId], { user }) => {
    const owned = await ownedRegistration(slug, registrationId);
    const result = await cancelByOrganizer(owned.id, owned.eventId, user.email);
    revalidatePath(`/dashboard/events/${slug}`);
    if (result.reopened) revalidateEventPage(slug);
    return { promoted: result.promotedId !== null };
  },
});

/** An organizer sends the confirmation (or waiting-list mail) again. */
export const resendRegistrationMailAction = defineAction({
  access: 'organizer',
  input: z.tuple([refArg, refArg]),
  run: async ([slug, registrationId], { user }) => {
    const owned = await ownedRegistration(slug, registrationId);
    const queued = await resendByOrganizer(owned.id, owned.eventId, user.email);
    revalidatePath(`/dashboard/events/${slug}/registrations/${owned.id}`);
    // Mostly the ten-minute throttle; a cancelled registration gets the same answer.
    if (!queued) throw new AppError('RATE_LIMITED', 'mailNotResent');
    return { queued };
  },
});

/** An organizer corrects a registration (names, organisation, position, sector, state, answers). */
export const updateRegistrationByOrganizerAction = defineAction({
  access: 'organizer',
  input: z.tuple([refArg, refArg, formValues]),
  run: async ([slug, registrationId, values], { user }) => {
    const owned = await ownedRegistration(slug, registrationId);
    const input = parseInput(buildOrganizerUpdateSchema(await getEventQuestions(owned.eventId)), values);
    const { changed } = await updateRegistrationByOrganizer(owned.id, input, user.email);
    revalidatePath(`/dashboard/events/${slug}`);
    revalidatePath(`/dashboard/events/${slug}/registrations/${owned.id}`);
    return { changed };
  },
});

/** An organizer adds an invited guest or speaker, optionally beyond the capacity. */
export const createManualRegistrationAction = defineAction({
  access: 'organizer',
  input: z.tuple([refArg, formValues]),
  run: async ([slug, values], { user }) => {
    const event = await getEventRefBySlugOrThrow(slug);
    const input = parseInput(buildManualRegistrationSchema(await getEventQuestions(event.id)), values);
    const { filledLastSeat, ...created } = await createManualRegistration(event.id, input, user.email);
    revalidatePath(`/dashboard/events/${slug}`);
    if (filledLastSeat) revalidateEventPage(slug);
    return created;
  },
});
