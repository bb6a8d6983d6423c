'use server';

import { z } from 'zod';
import { refArg } from '@/lib/edge/args';
import { revalidateEvent } from '@/lib/events/revalidate';
import { defineAction } from '@/lib/server/edge/action';
import { coverFormDataSchema } from './schema';
import { saveCover } from './service';

/** Saves an event's cover from the multipart editor form: an optional new image, its texts, or removal. */
export const saveCoverAction = defineAction({
  access: 'organizer',
  input: z.tuple([refArg, coverFormDataSchema]),
  run: async ([eventId, { image, remove, ...texts }], { user }) => {
    const bytes = image ? new Uint8Array(await image.arrayBuffer()) : remove ? null : undefined;
    const { slug } = await saveCover(user.email, eventId, texts, bytes);
    revalidateEvent(slug);
    return { slug };
  },
});
