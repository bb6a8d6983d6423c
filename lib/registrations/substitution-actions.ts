'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { refArg } from '@/lib/edge/args';
import { AppError, parseInput } from '@/lib/errors';
import { db } from '@/lib/server/db';
import { defineAction } from '@/lib/server/edge/action';
import { substituteRegistration } from './substitution';
import { substitutionSchema } from './substitution-schema';

// Longer strings cannot be tokens; the service answers anything else that is no live link with NOT_FOUND.
const tokenArg = z.string().max(200);

/**
 * The holder hands their place over through the manage link (public on purpose: the 256-bit token in the URL is
 * the credential). A hand-over can succeed once per registration, so it cannot be used to send mail in a loop.
 */
export const substituteAction = defineAction({
  access: 'public',
  input: z.tuple([tokenArg, z.unknown()]),
  run: async ([token, values]) => {
    const { informed: _informed, ...person } = parseInput(substitutionSchema, values);
    await substituteRegistration(token, person, 'attendee');
    return { handedOver: true as const };
  },
});

/** An organizer enters a substitute for a registration of the event whose page they are on. */
export const substituteByOrganizerAction = defineAction({
  access: 'organizer',
  input: z.tuple([refArg, refArg, z.unknown()]),
  run: async ([slug, registrationId, values], { user }) => {
    const { informed: _informed, ...person } = parseInput(substitutionSchema, values);
    const owned = await db.registration.findFirst({
      where: { id: registrationId, event: { slug } },
      select: { manageToken: true },
    });
    if (!owned) throw new AppError('NOT_FOUND', 'registrationNotFound');
    const created = await substituteRegistration(owned.manageToken, person, user.email);
    revalidatePath(`/dashboard/events/${slug}`);
    return { id: created.id };
  },
});
