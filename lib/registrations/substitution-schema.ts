import * as z from 'zod/mini';
import { personFields } from './schema';

// zod/mini like the registration schema: the hand-over form ships it to the browser, the action parses with it.
const { salutation, title, firstName, lastName, email, organization, position } = personFields;

/** The substitute (person fields as on the registration form) and the holder's confirmation that they were told. */
export const substitutionSchema = z.object({
  salutation,
  title,
  firstName,
  lastName,
  email,
  organization,
  position,
  // The holder passes someone else's data on: they confirm that this person knows and agrees.
  informed: z.literal(true, { error: 'consent' }),
});

export type SubstitutionFormValues = z.input<typeof substitutionSchema>;
export type SubstitutionInput = z.output<typeof substitutionSchema>;
