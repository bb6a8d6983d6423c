'use server';

import { z } from 'zod';
import { refArg } from '@/lib/edge/args';
import { AppError } from '@/lib/errors';
import { revalidateEvent } from '@/lib/events/revalidate';
import { defineAction } from '@/lib/server/edge/action';
import { db } from '@/lib/server/db';
import { releaseContingent } from './contingent';

/**
 * "Kontingent jetzt freigeben": the unused seats held for invitees go to the public pool at once (the core moves
 * waitlisted people up in the same transaction). Organizers only; a second call releases nothing.
 */
export const releaseContingentAction = defineAction({
  access: 'organizer',
  input: z.tuple([refArg]),
  run: async ([eventId], { user }) => {
    const event = await db.event.findUnique({ where: { id: eventId }, select: { slug: true } });
    if (!event) throw new AppError('NOT_FOUND', 'eventNotFound');
    const result = await releaseContingent(eventId, user.email);
    revalidateEvent(event.slug);
    return result;
  },
});
