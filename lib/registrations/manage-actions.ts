'use server';

// Public on purpose: the 256-bit manage token in the URL is the credential, as in the confirmation mail.
import { z } from 'zod';
import { AppError, parseInput } from '@/lib/errors';
import { revalidateEventPage } from '@/lib/events/revalidate';
import { defineAction } from '@/lib/server/edge/action';
import { hitRateLimit } from '@/lib/server/rate-limit';
import { getRegistrationByManageToken } from './manage-queries';
import { cancelByToken, changeEmailByToken, updateRegistrationByToken } from './manage-service';
import { buildRegistrationUpdateSchema } from './schema';

// Longer strings cannot be tokens; the service answers anything else that is no live link with NOT_FOUND.
const tokenArg = z.string().max(200);

const emailCorrectionSchema = z.object({
  email: z
    .string({ error: 'required' })
    .trim()
    .min(1, 'required')
    .max(254, 'tooLong')
    .pipe(z.email({ error: 'email' })),
});

/** Saves corrected name, organisation and answers for the registration behind the manage token. */
export const updateRegistrationAction = defineAction({
  access: 'public',
  // The answers are checked against the event's own questions, so their schema is built in run().
  input: z.tuple([tokenArg, z.unknown()]),
  run: async ([token, values]) => {
    const registration = await getRegistrationByManageToken(token);
    if (!registration) throw new AppError('NOT_FOUND', 'linkInvalid');
    await updateRegistrationByToken(
      token,
      parseInput(buildRegistrationUpdateSchema(registration.activeQuestions), values),
    );
    return { saved: true as const };
  },
});

/** Corrects the e-mail address; the confirmation goes to the new one through the outbox. */
export const changeEmailAction = defineAction({
  access: 'public',
  input: z.tuple([tokenArg, emailCorrectionSchema]),
  run: async ([token, { email }]) => {
    // Each correction sends a mail to an address of the visitor's choice, so it is rate limited per link.
    const limit = await hitRateLimit(`email-change:${token.slice(0, 64)}`, 5, 3600);
    if (!limit.allowed) throw new AppError('RATE_LIMITED', 'tooManyCorrections');
    const result = await changeEmailByToken(token, email);
    return { email: result.email, changed: result.changed };
  },
});

/** Cancels the registration; the cancellation and any promotion mail go through the outbox. */
export const cancelRegistrationAction = defineAction({
  access: 'public',
  input: z.tuple([tokenArg]),
  run: async ([token]) => {
    const { cancelled, reopenedSlug } = await cancelByToken(token);
    if (reopenedSlug) revalidateEventPage(reopenedSlug);
    return { cancelled };
  },
});
