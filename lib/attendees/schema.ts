import * as z from 'zod/mini';
import type { QuestionDefinition } from '@/lib/questions/schema';
import { buildRegistrationSchema, buildRegistrationUpdateSchema, registrationSchema } from '@/lib/registrations/schema';

/** Kinds of attendees an organizer adds by hand. */
export const MANUAL_GUEST_TYPES = ['guest', 'speaker'] as const;

/**
 * An organizer adds an invited guest or speaker: the registration form's fields and answers (same schema, without the
 * consent and newsletter, which are the person's own to give), the kind, and whether to go beyond the capacity.
 */
export function buildManualRegistrationSchema(questions: QuestionDefinition[]) {
  return z.extend(z.omit(buildRegistrationSchema(questions), { consents: true, newsletter: true }), {
    guestType: z.enum(MANUAL_GUEST_TYPES, { error: 'option' }),
    overCapacity: z._default(z.boolean({ error: 'option' }), false),
  });
}

export type ManualRegistrationValues = z.input<ReturnType<typeof buildManualRegistrationSchema>>;
export type ManualRegistrationInput = z.output<ReturnType<typeof buildManualRegistrationSchema>>;

/** An organizer corrects a registration: the attendee's own correction fields plus sector and state. */
export function buildOrganizerUpdateSchema(questions: QuestionDefinition[]) {
  return z.extend(buildRegistrationUpdateSchema(questions), {
    sector: registrationSchema.shape.sector,
    state: registrationSchema.shape.state,
  });
}

export type OrganizerUpdateValues = z.input<ReturnType<typeof buildOrganizerUpdateSchema>>;
export type OrganizerUpdateInput = z.output<ReturnType<typeof buildOrganizerUpdateSchema>>;
