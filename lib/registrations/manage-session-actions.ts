'use server';

// Public on purpose: the 256-bit manage token in the URL is the credential, as in the confirmation mail.
import { z } from 'zod';
import { AppError } from '@/lib/errors';
import { revalidateEventPage } from '@/lib/events/revalidate';
import { attendanceFields } from '@/lib/registrations/schema';
import { defineAction } from '@/lib/server/edge/action';
import { getRegistrationByManageToken } from './manage-queries';
import { switchMode } from './mode-switch';
import { changeSessions } from './session-bookings';

const tokenArg = z.string().max(200);

// The same fields as the registration form (one schema for form, action and API), each required here.
const sessionsInput = z.object({ sessions: attendanceFields.sessions });
const modeInput = z.object({ mode: z.enum(['onsite', 'online'], { error: 'option' }) });

async function registrationOf(token: string) {
  const registration = await getRegistrationByManageToken(token);
  if (!registration || registration.status === 'cancelled') throw new AppError('NOT_FOUND', 'linkInvalid');
  return registration;
}

/** Replaces the workshops of the registration behind the manage token; freed places promote, a mail confirms. */
export const changeSessionsAction = defineAction({
  access: 'public',
  input: z.tuple([tokenArg, sessionsInput]),
  run: async ([token, { sessions }]) => {
    const registration = await registrationOf(token);
    const result = await changeSessions({ registrationId: registration.id, sessionIds: sessions, actor: 'attendee' });
    revalidateEventPage(registration.event.slug);
    return { bookings: result.bookings };
  },
});

/** Moves the registration to the other mode of a hybrid event, if that mode has a place; a mail confirms. */
export const switchModeAction = defineAction({
  access: 'public',
  input: z.tuple([tokenArg, modeInput]),
  run: async ([token, { mode }]) => {
    const registration = await registrationOf(token);
    const result = await switchMode({ registrationId: registration.id, mode, actor: 'attendee' });
    revalidateEventPage(registration.event.slug);
    return { mode: result.mode, status: result.status };
  },
});
