'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { refArg } from '@/lib/edge/args';
import { getEventRefBySlugOrThrow } from '@/lib/events/queries';
import { defineAction } from '@/lib/server/edge/action';
import { declineSchema, inviteeSchema, reminderScheduleSchema } from './schema';
import {
  addInvitee,
  declineInvitation,
  markInvitationOpened,
  remindInvitations,
  sendInvitations,
  setReminderSchedule,
} from './service';

const listPath = (slug: string) => `/dashboard/events/${slug}/invitations`;

/** Adds one invitee by hand; the mail goes out with "Einladungen senden". */
export const addInviteeAction = defineAction({
  access: 'organizer',
  input: z.tuple([refArg, inviteeSchema]),
  run: async ([slug, invitee], { user }) => {
    const event = await getEventRefBySlugOrThrow(slug);
    const created = await addInvitee(event.id, invitee, user.email);
    revalidatePath(listPath(slug));
    return created;
  },
});

/** "Einladungen senden": the invitation mail for everyone not mailed yet, through the outbox. */
export const sendInvitationsAction = defineAction({
  access: 'organizer',
  input: z.tuple([refArg]),
  run: async ([slug], { user }) => {
    const event = await getEventRefBySlugOrThrow(slug);
    const sent = await sendInvitations(event.id, user.email);
    revalidatePath(listPath(slug));
    return sent;
  },
});

/** The reminder on demand, to invitees who have neither registered nor declined. */
export const remindInvitationsAction = defineAction({
  access: 'organizer',
  input: z.tuple([refArg]),
  run: async ([slug], { user }) => {
    const event = await getEventRefBySlugOrThrow(slug);
    const sent = await remindInvitations(event.id, user.email);
    revalidatePath(listPath(slug));
    return sent;
  },
});

/** Schedules the automatic reminder (a wall-clock time at the venue), or clears it. */
export const scheduleReminderAction = defineAction({
  access: 'organizer',
  input: z.tuple([refArg, reminderScheduleSchema]),
  run: async ([slug, { at }], { user }) => {
    const event = await getEventRefBySlugOrThrow(slug);
    await setReminderSchedule(event.id, at, user.email);
    revalidatePath(listPath(slug));
    return { at: at?.toISOString() ?? null };
  },
});

/**
 * Marks the invitation opened. Called by the invitee page once it is shown in a browser (not on the server
 * render), so a HEAD request, a prefetch or a mail scanner fetching the link does not count as opening it.
 */
export const markInvitationOpenedAction = defineAction({
  access: 'public',
  input: z.tuple([z.string().max(100)]),
  run: async ([token]) => ({ changed: await markInvitationOpened(token) }),
});

/** "Ich kann leider nicht teilnehmen", with an optional note. Public: the token is the permission. */
export const declineInvitationAction = defineAction({
  access: 'public',
  input: z.tuple([declineSchema]),
  run: async ([input]) => {
    await declineInvitation(input);
    return { declined: true };
  },
});
