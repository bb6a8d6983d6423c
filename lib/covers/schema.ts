import { z } from 'zod';
import { formChecked, formFile, formText } from '@/lib/edge/form-data';
import { maxChars, schemaMessages } from '@/lib/events/validation-text';

const alt = z.string().trim().max(300, maxChars(300)).prefault('');

const coverFields = z.object({ altDe: alt, altEn: alt, decorative: z.boolean().prefault(false) });

// An image that carries meaning needs words for those who cannot see it; only decoration may go without.
const hasAlt = (c: { decorative: boolean; altDe: string }) => c.decorative || c.altDe !== '';
const altMissing = () => ({
  message: schemaMessages.altMissing,
  path: ['altDe'],
});

/** The cover's texts: an alternative text is required unless the image is marked decorative. */
export const coverSchema = coverFields.refine(hasAlt, altMissing());
export type CoverValues = z.input<typeof coverSchema>;
export type CoverInput = z.output<typeof coverSchema>;

/** The cover form as the browser posts it (multipart, for the image): the texts, an optional file and remove. */
export const coverFormDataSchema = z.preprocess(
  (form) => {
    if (!(form instanceof FormData)) return form;
    return {
      altDe: formText(form, 'altDe'),
      altEn: formText(form, 'altEn'),
      decorative: formChecked(form, 'decorative'),
      image: formFile(form, 'image'),
      remove: formChecked(form, 'remove'),
    };
  },
  coverFields
    .extend({ image: z.instanceof(File).nullable(), remove: z.boolean() })
    // Removing the cover needs no text.
    .refine((c) => c.remove || hasAlt(c), altMissing()),
);
