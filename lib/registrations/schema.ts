import { z } from 'zod';
import { buildAnswersSchema, type QuestionDefinition } from '@/lib/questions/schema';

// Error messages are keys of lib/edge/field-errors.ts (VALIDATION_KEYS), turned into text at the edge.

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

/** Control characters (NUL included, which PostgreSQL cannot store) have no place in a name or organisation. */
export const CONTROL_CHARS = /[\u0000-\u001f\u007f]/;

const optionalText = (max: number) =>
  z
    .string({ error: 'required' })
    .trim()
    .max(max, 'tooLong')
    .refine((v) => !CONTROL_CHARS.test(v), 'characters')
    .nullish()
    .transform((v) => v || undefined);

const requiredText = (max: number) =>
  z
    .string({ error: 'required' })
    .trim()
    .min(1, 'required')
    .max(max, 'tooLong')
    .refine((v) => !CONTROL_CHARS.test(v), 'characters');

const optionalChoice = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .union([z.enum(values, { error: 'option' }), z.literal('')], { error: 'option' })
    .nullish()
    .transform((v) => (v ? v : undefined));

const personFields = {
  salutation: optionalChoice(SALUTATIONS),
  title: optionalText(50),
  firstName: requiredText(100),
  lastName: requiredText(100),
  email: z
    .string({ error: 'required' })
    .trim()
    .min(1, 'required')
    .max(254, 'tooLong')
    .pipe(z.email({ error: 'email' }))
    .transform((v) => v.toLowerCase()),
  organization: optionalText(200),
  position: optionalText(200),
  sector: optionalChoice(SECTORS),
  state: optionalChoice(STATES),
};

/**
 * The one registration schema for an event: used by the form resolver, the server action and the
 * JSON API. Custom questions add an `answers` object keyed by question id.
 */
export function buildRegistrationSchema(questions: QuestionDefinition[]) {
  return z.object({
    ...personFields,
    answers: buildAnswersSchema(questions).default({}),
    // Optional and never pre-ticked: double opt-in follows by mail.
    newsletter: z.boolean({ error: 'option' }).optional().default(false),
    consents: z.object({ privacy: z.literal(true, { error: 'consent' }) }, { error: 'consent' }),
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
    answers: buildAnswersSchema(questions).default({}),
  });
}

export type RegistrationUpdateInput = z.output<ReturnType<typeof buildRegistrationUpdateSchema>>;
