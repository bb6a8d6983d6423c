import { z } from 'zod';

const email = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, 'Bitte geben Sie eine E-Mail-Adresse ein.')
  .max(254, 'Die E-Mail-Adresse ist zu lang.')
  .pipe(z.email('Bitte geben Sie eine gültige E-Mail-Adresse ein, z. B. name@beispiel.de.'));

/** Art. 15: whose data to export. */
export const privacyLookupSchema = z.object({ email });
export type PrivacyLookupValues = z.input<typeof privacyLookupSchema>;

/** Art. 17: erase by anonymising or deleting; `confirmEmail` must repeat the address. */
export const privacyErasureSchema = z
  .object({ email, mode: z.enum(['anonymise', 'delete']), confirmEmail: z.string().trim().toLowerCase() })
  .refine((v) => v.confirmEmail === v.email, {
    path: ['confirmEmail'],
    message: 'Zur Bestätigung bitte dieselbe Adresse noch einmal eingeben.',
  });
export type PrivacyErasureValues = z.input<typeof privacyErasureSchema>;
export type PrivacyErasureInput = z.output<typeof privacyErasureSchema>;
