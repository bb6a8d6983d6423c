'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { refArg } from '@/lib/edge/args';
import { AppError } from '@/lib/errors';
import { revalidateEventPage } from '@/lib/events/revalidate';
import { defineAction } from '@/lib/server/edge/action';
import { db } from '@/lib/server/db';
import { decideRegistrations } from './approval';

/** The most registrations one bulk decision takes: a table page is 50, "select all" of a filter may be more. */
const MAX_DECISIONS = 500;

/**
 * The decision form: which registrations, approve or reject, and an optional message mailed with it. One schema
 * for the bulk form on the attendee list and the single decision on a registration's page.
 */
const decisionSchema = z.object({
  registrationIds: z.array(refArg).min(1, 'required').max(MAX_DECISIONS, 'tooLong'),
  decision: z.enum(['approve', 'reject'], { error: 'option' }),
  note: z
    .string()
    .trim()
    .max(2000, 'tooLong')
    .prefault('')
    .transform((v) => v || undefined),
});

export type DecisionValues = z.input<typeof decisionSchema>;

/**
 * Approves or rejects pending registrations of one event (organizers only). Ids of another event are not decided:
 * the core skips them, and they count as "already decided" in the answer. Each approval takes its seat by the
 * core's one conditional statement, so two organizers deciding at once never seat more than the capacity.
 */
export const decideRegistrationsAction = defineAction({
  access: 'organizer',
  input: z.tuple([refArg, decisionSchema]),
  run: async ([slug, values], { user }) => {
    const event = await db.event.findUnique({ where: { slug }, select: { id: true } });
    if (!event) throw new AppError('NOT_FOUND', 'eventNotFound');
    const result = await decideRegistrations({
      eventId: event.id,
      registrationIds: [...new Set(values.registrationIds)],
      decision: values.decision,
      note: values.note,
      actor: user.email,
    });
    revalidatePath(`/dashboard/events/${slug}`, 'layout');
    revalidatePath('/dashboard');
    if (result.confirmed.length > 0) revalidateEventPage(slug);
    return {
      confirmed: result.confirmed.length,
      waitlisted: result.waitlisted.length,
      rejected: result.rejected.length,
      skipped: result.skipped.length,
    };
  },
});
