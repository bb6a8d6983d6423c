import { z } from 'zod';
import { formChecked, formFile, formText } from '@/lib/edge/form-data';
import { sessionAdmin } from '@/lib/i18n/de/session-admin';
import { optionalPlaces } from './editor-attendance-schema';
import { berlinDateTime } from './editor-schema';
import { maxChars, schemaMessages as msg } from './validation-text';

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, maxChars(max))
    .optional()
    .transform((v) => v || null);

export const speakerSchema = z.object({
  name: z.string({ error: msg.nameRequired }).trim().min(1, msg.nameRequired).max(200, maxChars(200)),
  role: optionalText(200),
  roleEn: optionalText(200),
  organization: optionalText(200),
});

/** A programme item with its speakers in display order. */
export const sessionSchema = z
  .object({
    startsAt: berlinDateTime(msg.sessionStartRequired),
    endsAt: z
      .string()
      .trim()
      .optional()
      .transform((v) => v || undefined)
      .pipe(berlinDateTime(msg.endInvalid).optional()),
    title: z.string({ error: msg.titleRequired }).trim().min(1, msg.titleRequired).max(300, maxChars(300)),
    titleEn: optionalText(300),
    room: optionalText(200),
    description: optionalText(4000),
    descriptionEn: optionalText(4000),
    speakers: z.array(speakerSchema).max(30, msg.tooManySpeakers).default([]),
    // A workshop with its own places (issue #17); prefault so that an older form without the keys still saves.
    bookable: z.boolean().prefault(false),
    capacity: optionalPlaces(sessionAdmin.validation.sessionCapacityRange).prefault(''),
    waitlistEnabled: z.boolean().prefault(false),
  })
  .refine((s) => !s.endsAt || s.endsAt > s.startsAt, {
    message: msg.endAfterStart,
    path: ['endsAt'],
  })
  // Overlaps, time slots and certificate hours all need the end of a bookable session.
  .refine((s) => !s.bookable || s.endsAt !== undefined, {
    message: sessionAdmin.validation.bookableNeedsEnd,
    path: ['endsAt'],
  })
  // Places and a waiting list belong to bookable sessions only; a plain programme item keeps none.
  .transform((s) => (s.bookable ? s : { ...s, capacity: null, waitlistEnabled: false }));
export type SessionValues = z.input<typeof sessionSchema>;
export type SessionInput = z.output<typeof sessionSchema>;

/** A host or partner; the logo travels separately as a file. */
export const hostSchema = z.object({
  name: z.string({ error: msg.nameRequired }).trim().min(1, msg.nameRequired).max(200, maxChars(200)),
  role: optionalText(200),
  roleEn: optionalText(200),
  url: z
    .string()
    .trim()
    .max(500, maxChars(500))
    .optional()
    .transform((v) => v || null)
    // Only web links: a javascript: or data: URL would run in the visitor's browser.
    .refine((v) => v === null || /^https?:\/\/[^\s]+$/i.test(v), msg.httpsUrl),
});
export type HostValues = z.input<typeof hostSchema>;
export type HostInput = z.output<typeof hostSchema>;

/** The host form as the browser posts it (multipart, for the logo): the text fields, an optional file and removeLogo. */
export const hostFormDataSchema = z.preprocess(
  (form) => {
    if (!(form instanceof FormData)) return form;
    return {
      name: formText(form, 'name'),
      role: formText(form, 'role'),
      roleEn: formText(form, 'roleEn'),
      url: formText(form, 'url'),
      logo: formFile(form, 'logo'),
      removeLogo: formChecked(form, 'removeLogo'),
    };
  },
  hostSchema.extend({ logo: z.instanceof(File).nullable(), removeLogo: z.boolean() }),
);
