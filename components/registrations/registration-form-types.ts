import type { RegistrationFormValues } from '@/lib/registrations/schema';

/** The registration form's values: the schema's input plus honeypot and form token, which the schema strips. */
export type RegistrationFormFields = Omit<RegistrationFormValues, 'answers'> & {
  answers: Record<string, unknown>;
  website: string;
  formToken: string;
};
