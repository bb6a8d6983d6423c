import { z } from 'zod';
import { formChecked, formFile, formText } from '@/lib/edge/form-data';
import { contrastOnWhite, HEX_COLOUR, MIN_CONTRAST } from './colour';

// Shared by the settings form (browser) and the action, so both refuse the same colours with the same text.

/** #rrggbb with at least 4.5:1 against white (as text on white and as white text on it); empty means the default. */
export const primaryColourSchema = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v ? v.toLowerCase() : null))
  .refine((v) => v === null || HEX_COLOUR.test(v), 'Bitte eine Farbe im Format #RRGGBB angeben, z. B. #0b5394.')
  .refine(
    (v) => v === null || !HEX_COLOUR.test(v) || contrastOnWhite(v) >= MIN_CONTRAST,
    'Diese Farbe ist zu hell: Gegen Weiß erreicht sie kein Kontrastverhältnis von 4,5:1 (WCAG AA). Bitte wählen Sie einen dunkleren Ton.',
  );

export const brandingSchema = z.object({
  orgName: z
    .string()
    .trim()
    .max(120, 'Höchstens 120 Zeichen.')
    .optional()
    .transform((v) => v || null),
  primaryColor: primaryColourSchema,
});
export type BrandingValues = z.input<typeof brandingSchema>;
export type BrandingInput = z.output<typeof brandingSchema>;

/** The identity form as the browser posts it (multipart, for the logo). */
export const brandingFormDataSchema = z.preprocess(
  (form) => {
    if (!(form instanceof FormData)) return form;
    return {
      orgName: formText(form, 'orgName'),
      primaryColor: formText(form, 'primaryColor'),
      logo: formFile(form, 'logo'),
      removeLogo: formChecked(form, 'removeLogo'),
    };
  },
  brandingSchema.extend({ logo: z.instanceof(File).nullable(), removeLogo: z.boolean() }),
);
