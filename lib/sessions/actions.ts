'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { refArg } from '@/lib/edge/args';
import { revalidateEventPage } from '@/lib/events/revalidate';
import { changeSessions } from '@/lib/registrations/session-bookings';
import { defineAction } from '@/lib/server/edge/action';
import { planSessionMove } from './move';

/**
 * An organizer moves a person from one of the event's bookable sessions to another (`to` = a session id) or takes
 * them off it (`to` = null). The registration's other bookings stay; the core's changeSessions applies the new
 * choice with all its checks in one transaction, promotes from the freed session's waiting list and mails the person.
 */
export const moveSessionBookingAction = defineAction({
  access: 'organizer',
  input: z.tuple([refArg, refArg, refArg, refArg.nullable()]),
  run: async ([slug, sessionId, registrationId, to], { user }) => {
    const plan = await planSessionMove({ slug, sessionId, registrationId, to });
    const changed = await changeSessions({ registrationId, sessionIds: plan.sessionIds, actor: user.email });
    revalidatePath(`/dashboard/events/${slug}/sessions`, 'layout');
    revalidatePath(`/dashboard/events/${slug}/registrations/${registrationId}`);
    revalidateEventPage(slug);
    return { promoted: changed.promotedIds.length, status: changed.bookings.find((b) => b.sessionId === to)?.status };
  },
});
