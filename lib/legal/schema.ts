import { z } from 'zod';
import { LEGAL_KINDS } from './kinds';

const MAX_TEXT = 50_000;

/** One legal page as the settings form sends it; German is required, English may fall back to it. */
export const legalPageSchema = z.object({
  kind: z.enum(LEGAL_KINDS),
  textDe: z
    .string({ error: 'Bitte den deutschen Text angeben.' })
    .trim()
    .min(1, 'Bitte den deutschen Text angeben.')
    .max(MAX_TEXT, 'Der Text ist zu lang.'),
  textEn: z.string().trim().max(MAX_TEXT, 'Der Text ist zu lang.').prefault(''),
  feedbackEmail: z
    .string()
    .trim()
    .max(200, 'Höchstens 200 Zeichen.')
    .optional()
    .transform((v) => v || null)
    .refine((v) => v === null || z.email().safeParse(v).success, 'Bitte eine gültige E-Mail-Adresse angeben.'),
});
export type LegalPageValues = z.input<typeof legalPageSchema>;
export type LegalPageInput = z.output<typeof legalPageSchema>;
