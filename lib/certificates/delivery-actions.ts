'use server';

import { revalidatePath } from 'next/cache';
import { getEventRefBySlugOrThrow } from '@/lib/events/queries';
import { defineAction } from '@/lib/server/edge/action';
import { sendCertificatesArgs } from './delivery-schema';
import { sendCertificates } from './delivery-service';

/** "Send all" after the confirm step: issues and queues one mail per eligible person who has none yet. */
export const sendCertificatesAction = defineAction({
  access: 'organizer',
  input: sendCertificatesArgs,
  run: async ([slug], { user }) => {
    const event = await getEventRefBySlugOrThrow(slug);
    const result = await sendCertificates(event.id, user.email);
    revalidatePath(`/dashboard/events/${slug}/certificates`);
    return result;
  },
});
