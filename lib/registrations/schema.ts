import * as z from 'zod/mini';
import { buildAnswersSchema, type QuestionDefinition } from '@/lib/questions/schema';
import { personTextChecks } from '@/lib/text/schema';

// Error messages are keys of lib/edge/field-errors.ts (VALIDATION_KEYS), turned into text at the edge.
// Written with zod/mini because the registration form ships this schema to the browser: a third of classic zod's
// weight there, and the server parses with the same definition.

export const SECTORS = ['Verwaltung', 'Wirtschaft', 'Wissenschaft', 'Politik', 'Sonstiges'] as const;
export const STATES = [
  'Baden-Württemberg',
  'Bayern',
  'Berlin',
  'Brandenburg',
  'Bremen',
  'Hamburg',
  'Hessen',
  'Mecklenburg-Vorpommern',
  'Niedersachsen',
  'Nordrhein-Westfalen',
  'Rheinland-Pfalz',
  'Saarland',
  'Sachsen',
  'Sachsen-Anhalt',
  'Schleswig-Holstein',
  'Thüringen',
  'Andere',
] as const;
export const SALUTATIONS = ['Frau', 'Herr', 'Divers'] as const;

const optionalText = (max: number) =>
  z.pipe(
    z.nullish(z.string({ error: 'required' }).check(...personTextChecks(), z.maxLength(max, 'tooLong'))),
    z.transform((v) => v || undefined),
  );

const requiredText = (max: number) =>
  z
    .string({ error: 'required' })
    .check(...personTextChecks({ required: true }), z.minLength(1, 'required'), z.maxLength(max, 'tooLong'));

const optionalChoice = <T extends readonly [string, ...string[]]>(values: T) =>
  z.pipe(
    z.nullish(z.union([z.enum(values, { error: 'option' }), z.literal('')], { error: 'option' })),
    z.transform((v) => (v ? v : undefined)),
  );

export const personFields = {
  salutation: optionalChoice(SALUTATIONS),
  title: optionalText(50),
  firstName: requiredText(100),
  lastName: requiredText(100),
  email: z.pipe(
    z.pipe(
      z.string({ error: 'required' }).check(z.trim(), z.minLength(1, 'required'), z.maxLength(254, 'tooLong')),
      z.email({ error: 'email' }),
    ),
    z.transform((v) => v.toLowerCase()),
  ),
  organization: optionalText(200),
  position: optionalText(200),
  sector: optionalChoice(SECTORS),
  state: optionalChoice(STATES),
};

/**
 * How the person attends: the mode (absent = the event's first offered mode, lib/events/modes.ts) and the ids of
 * the bookable sessions chosen. Whether the ids exist, overlap or are full is the registration core's check (400 or
 * 409 with its own keys), since it needs the event's sessions.
 */
export const attendanceFields = {
  mode: z.optional(z.enum(['onsite', 'online'], { error: 'option' })),
  sessions: z.prefault(
    z
      .array(z.string({ error: 'option' }).check(z.minLength(1, 'option'), z.maxLength(64, 'tooLong')), {
        error: 'option',
      })
      .check(z.maxLength(20, 'tooLong')),
    [],
  ),
};

/**
 * The one registration schema for an event: used by the form resolver, the server action and the
 * JSON API. Custom questions add an `answers` object keyed by question id.
 */
export function buildRegistrationSchema(questions: QuestionDefinition[]) {
  return z.object({
    ...personFields,
    // prefault, not _default: a default is not validated, so a missing `answers` would skip required questions.
    answers: z.prefault(buildAnswersSchema(questions), {}),
    // Optional and never pre-ticked: double opt-in follows by mail.
    newsletter: z._default(z.optional(z.boolean({ error: 'option' })), false),
    consents: z.object({ privacy: z.literal(true, { error: 'consent' }) }, { error: 'consent' }),
    ...attendanceFields,
  });
}

/** The registration schema for an event without custom questions. */
export const registrationSchema = buildRegistrationSchema([]);

export type RegistrationFormValues = z.input<typeof registrationSchema>;
export type RegistrationInput = z.output<typeof registrationSchema>;

/** Fields an attendee may correct later through the manage link. */
export function buildRegistrationUpdateSchema(questions: QuestionDefinition[]) {
  const { salutation, title, firstName, lastName, organization, position } = personFields;
  return z.object({
    salutation,
    title,
    firstName,
    lastName,
    organization,
    position,
    answers: z.prefault(buildAnswersSchema(questions), {}),
  });
}

export type RegistrationUpdateInput = z.output<ReturnType<typeof buildRegistrationUpdateSchema>>;
