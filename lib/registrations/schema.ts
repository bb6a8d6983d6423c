import { z } from 'zod';

export const SECTORS = ['Verwaltung', 'Wirtschaft', 'Wissenschaft', 'Politik', 'Sonstiges'] as const;
export const STATES = [
  'Baden-Württemberg', 'Bayern', 'Berlin', 'Brandenburg', 'Bremen', 'Hamburg', 'Hessen',
  'Mecklenburg-Vorpommern', 'Niedersachsen', 'Nordrhein-Westfalen', 'Rheinland-Pfalz', 'Saarland',
  'Sachsen', 'Sachsen-Anhalt', 'Schleswig-Holstein', 'Thüringen', 'Andere',
] as const;
export const SALUTATIONS = ['Frau', 'Herr', 'Divers'] as const;

/** Message keys used by the schema; lib/registrations/messages.ts turns them into German or English text. */
export type ValidationKey = 'required' | 'tooLong' | 'email' | 'consent' | 'option';

const optionalText = (max: number) =>
  z
    .string({ error: 'required' })
    .trim()
    .max(max, 'tooLong')
    .nullish()
    .transform((v) => v || undefined);

const requiredText = (max: number) => z.string({ error: 'required' }).trim().min(1, 'required').max(max, 'tooLong');

const optionalChoice = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .union([z.enum(values, { error: 'option' }), z.literal('')], { error: 'option' })
    .nullish()
    .transform((v) => (v ? v : undefined));

/** The one registration schema: used by the form resolver, the server action and the JSON API. */
export const registrationSchema = z.object({
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
  consents: z.object({ privacy: z.literal(true, { error: 'consent' }) }, { error: 'consent' }),
});

export type RegistrationFormValues = z.input<typeof registrationSchema>;
export type RegistrationInput = z.output<typeof registrationSchema>;

/** Flattens zod issues into `{ field: key }`, using the top-level field name ("consents.privacy" → "consents"). */
export function fieldErrorsOf(error: z.ZodError): Record<string, ValidationKey> {
  const out: Record<string, ValidationKey> = {};
  for (const issue of error.issues) {
    const field = issue.path.length ? String(issue.path[0]) : '_form';
    const key = (['required', 'tooLong', 'email', 'consent', 'option'] as const).find((k) => k === issue.message);
    out[field] ??= key ?? 'required';
  }
  return out;
}
