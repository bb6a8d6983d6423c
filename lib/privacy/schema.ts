import { z } from 'zod';
import type { ValidationKey } from '@/lib/edge/field-errors';

// Messages are validation keys (lib/edge/field-errors.ts), turned into text in the reader's language.

const email = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, 'required' satisfies ValidationKey)
  .max(254, 'tooLong' satisfies ValidationKey)
  .pipe(z.email('email' satisfies ValidationKey));

/** Art. 15: whose data to export. */
export const privacyLookupSchema = z.object({ email });
export type PrivacyLookupValues = z.input<typeof privacyLookupSchema>;

/** Art. 17: erase by anonymising or deleting; `confirmEmail` must repeat the address. */
export const privacyErasureSchema = z
  .object({ email, mode: z.enum(['anonymise', 'delete']), confirmEmail: z.string().trim().toLowerCase() })
  .refine((v) => v.confirmEmail === v.email, {
    path: ['confirmEmail'],
    message: 'sameEmail' satisfies ValidationKey,
  });
export type PrivacyErasureValues = z.input<typeof privacyErasureSchema>;
export type PrivacyErasureInput = z.output<typeof privacyErasureSchema>;
