import { z } from 'zod';
import { buildAnswersSchema, type QuestionDefinition } from '@/lib/questions/schema';

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

/** Message keys used by the schema; lib/registrations/messages.ts turns them into German or English text. */
export type ValidationKey = 'required' | 'tooLong' | 'email' | 'consent' | 'option' | 'number' | 'characters';
const VALIDATION_KEYS: ValidationKey[] = ['required', 'tooLong', 'email', 'consent', 'option', 'number', 'characters'];

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

/**
 * Flattens zod issues into `{ field: key }`: the top-level field name ("consents.privacy" → "consents"),
 * except answers, which keep their question ("answers.<questionId>").
 */
export function fieldErrorsOf(error: z.ZodError): Record<string, ValidationKey> {
  const out: Record<string, ValidationKey> = {};
  for (const issue of error.issues) {
    const [first, second] = issue.path;
    const field =
      first === undefined
        ? '_form'
        : first === 'answers' && second !== undefined
          ? `answers.${String(second)}`
          : String(first);
    const key = VALIDATION_KEYS.find((k) => k === issue.message);
    out[field] ??= key ?? 'required';
  }
  return out;
}
