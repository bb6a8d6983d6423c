import * as z from 'zod/mini';
import { buildAnswersSchema, type QuestionDefinition } from '@/lib/questions/schema';
import { personFields } from './schema';

/** The most people one group form may name, whatever an event allows (the column's CHECK says the same). */
export const GROUP_SIZE_LIMIT = 50;

/**
 * "Kolleginnen und Kollegen anmelden": one schema for the group form, its action and the API's group endpoint.
 * The submitter (who may or may not attend) gets the summary mail; each member is registered like a single person
 * and answers the event's questions. An address named twice is refused at its second (and any later) member, so
 * the form marks exactly the field to correct.
 */
export function buildGroupRegistrationSchema(questions: QuestionDefinition[], maxGroupSize: number) {
  const { salutation, title, firstName, lastName, email, organization } = personFields;
  return z
    .object({
      submitter: z.object({ salutation, title, firstName, lastName, email, organization }, { error: 'required' }),
      members: z
        .array(
          z.object({ ...personFields, answers: z.prefault(buildAnswersSchema(questions), {}) }, { error: 'required' }),
          { error: 'required' },
        )
        .check(z.minLength(1, 'required'), z.maxLength(Math.min(maxGroupSize, GROUP_SIZE_LIMIT), 'groupTooLarge')),
      consents: z.object({ privacy: z.literal(true, { error: 'consent' }) }, { error: 'consent' }),
    })
    .check(
      z.superRefine((value, ctx) => {
        const seen = new Set<string>();
        value.members.forEach((member, i) => {
          if (seen.has(member.email))
            ctx.addIssue({
              code: 'custom',
              message: 'duplicateInGroup',
              path: ['members', i, 'email'],
              input: member.email,
            });
          seen.add(member.email);
        });
      }),
    );
}

export type GroupRegistrationInput = z.output<ReturnType<typeof buildGroupRegistrationSchema>>;
export type GroupRegistrationFormValues = z.input<ReturnType<typeof buildGroupRegistrationSchema>>;
