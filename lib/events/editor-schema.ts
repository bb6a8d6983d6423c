import { z } from 'zod';
import { zonedDateTime } from '@/lib/format';

// One zod schema per editor form, shared by the react-hook-form resolver, the action and the service.
// Inputs are the strings a form sends; outputs are what the database stores.

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Höchstens ${max} Zeichen.`)
    .optional()
    .transform((v) => v || null);
const requiredText = (max: number, message = 'Bitte ausfüllen.') =>
  z.string({ error: message }).trim().min(1, message).max(max, `Höchstens ${max} Zeichen.`);

/** "2026-04-03T09:00" as the venue's wall-clock time (datetime-local input) to a UTC instant. */
export const berlinDateTime = (message = 'Bitte Datum und Uhrzeit angeben.') =>
  z
    .string({ error: message })
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, message)
    .transform((v, ctx) => {
      const [date, time] = v.split('T') as [string, string];
      const [y, m, d] = date.split('-').map(Number) as [number, number, number];
      const [h, min] = time.split(':').map(Number) as [number, number];
      const check = new Date(Date.UTC(y, m - 1, d));
      if (check.getUTCMonth() !== m - 1 || h > 23 || min > 59) {
        ctx.addIssue({ code: 'custom', message: 'Dieses Datum gibt es nicht.' });
        return z.NEVER;
      }
      return zonedDateTime(y, m, d, h, min);
    });

const optionalBerlinDateTime = z
  .string()
  .trim()
  .optional()
  .transform((v) => v || undefined)
  .pipe(berlinDateTime().optional())
  .transform((v) => v ?? null);

/** An optional whole number from a text input: '' is null. */
const optionalInt = (min: number, max: number, message: string) =>
  z.preprocess(
    (v) => (v === '' || v === null || v === undefined ? null : typeof v === 'string' ? Number(v.trim()) : v),
    z.number({ error: message }).int(message).min(min, message).max(max, message).nullable(),
  );

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const slugSchema = z
  .string({ error: 'Bitte eine Kurzadresse angeben.' })
  .trim()
  .min(3, 'Mindestens 3 Zeichen.')
  .max(80, 'Höchstens 80 Zeichen.')
  .regex(SLUG_PATTERN, 'Nur Kleinbuchstaben a–z, Ziffern und einzelne Bindestriche.');

// One theme per line in the form.
const themeLines = z
  .string()
  .default('')
  .transform((v) =>
    v
      .split('\n')
      .map((t) => t.trim())
      .filter(Boolean),
  )
  .pipe(z.array(z.string().max(200, 'Ein Thema hat höchstens 200 Zeichen.')).max(30, 'Höchstens 30 Themen.'));

// German fields are required where the event needs them; English ones are optional and fall back to German.
const basicsShape = {
  title: requiredText(200, 'Bitte einen Titel angeben.'),
  slug: slugSchema,
  motto: optionalText(300),
  description: z.string().trim().max(20000, 'Höchstens 20.000 Zeichen.').default(''),
  themes: themeLines,
  titleEn: optionalText(200),
  mottoEn: optionalText(300),
  descriptionEn: optionalText(20000),
  themesEn: themeLines,
  startsAt: berlinDateTime('Bitte Beginn angeben.'),
  endsAt: berlinDateTime('Bitte Ende angeben.'),
};

const endAfterStart = <T extends { startsAt: Date; endsAt: Date }>(v: T) => v.endsAt > v.startsAt;
const endAfterStartIssue = { message: 'Das Ende muss nach dem Beginn liegen.', path: ['endsAt'] };

/** Title, address, texts and dates. */
export const eventBasicsSchema = z.object(basicsShape).refine(endAfterStart, endAfterStartIssue);
export type EventBasicsValues = z.input<typeof eventBasicsSchema>;
export type EventBasicsInput = z.output<typeof eventBasicsSchema>;

const venueShape = {
  venueName: requiredText(200, 'Bitte den Veranstaltungsort angeben.'),
  venueAddress: requiredText(500, 'Bitte die Adresse angeben.'),
  venueRoom: optionalText(200),
  venueDirections: optionalText(4000),
  venueDirectionsEn: optionalText(4000),
};

/** Venue name, address, room and directions. */
export const eventVenueSchema = z.object(venueShape);
export type EventVenueValues = z.input<typeof eventVenueSchema>;
export type EventVenueInput = z.output<typeof eventVenueSchema>;

/** A new event: the basics and the venue; everything else has defaults and is edited afterwards. */
export const createEventSchema = z.object({ ...basicsShape, ...venueShape }).refine(endAfterStart, endAfterStartIssue);
export type CreateEventValues = z.input<typeof createEventSchema>;
export type CreateEventInput = z.output<typeof createEventSchema>;

/** Capacity, waiting list, registration window, reminders, photo notice and retention. */
export const eventSettingsSchema = z
  .object({
    capacity: optionalInt(1, 100000, 'Eine ganze Zahl von 1 bis 100.000, oder leer für unbegrenzt.'),
    waitlistEnabled: z.boolean().default(false),
    registrationOpensAt: optionalBerlinDateTime,
    registrationClosesAt: optionalBerlinDateTime,
    reminderDaysBefore: optionalInt(0, 60, 'Eine ganze Zahl von 0 bis 60, oder leer für keine Erinnerung.'),
    photoNotice: optionalText(4000),
    photoNoticeEn: optionalText(4000),
    retentionDays: z.preprocess(
      (v) => (typeof v === 'string' ? (v.trim() === '' ? undefined : Number(v.trim())) : v),
      z
        .number({ error: 'Bitte eine Zahl von 1 bis 3.650 angeben.' })
        .int('Bitte eine ganze Zahl angeben.')
        .min(1, 'Mindestens 1 Tag.')
        .max(3650, 'Höchstens 3.650 Tage.'),
    ),
  })
  .refine((v) => !v.registrationOpensAt || !v.registrationClosesAt || v.registrationClosesAt > v.registrationOpensAt, {
    message: 'Der Anmeldeschluss muss nach dem Anmeldebeginn liegen.',
    path: ['registrationClosesAt'],
  });
export type EventSettingsValues = z.input<typeof eventSettingsSchema>;
export type EventSettingsInput = z.output<typeof eventSettingsSchema>;

/** A new edition copied from an existing event. */
export const duplicateEventSchema = z.object({
  title: requiredText(200, 'Bitte einen Titel angeben.'),
  titleEn: optionalText(200),
  slug: slugSchema,
  startsAt: berlinDateTime('Bitte den Beginn der neuen Ausgabe angeben.'),
});
export type DuplicateEventValues = z.input<typeof duplicateEventSchema>;
export type DuplicateEventInput = z.output<typeof duplicateEventSchema>;
