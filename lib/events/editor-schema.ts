import { z } from 'zod';
import { zonedDateTime } from '@/lib/format';
import { approval } from '@/lib/i18n/de/approval';
import { maxChars, schemaMessages as msg } from './validation-text';

// One zod schema per editor form, shared by the react-hook-form resolver, the action and the service.
// Inputs are the strings a form sends; outputs are what the database stores.

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, maxChars(max))
    .optional()
    .transform((v) => v || null);
const requiredText = (max: number, message = msg.required) =>
  z.string({ error: message }).trim().min(1, message).max(max, maxChars(max));

/** "2026-04-03T09:00" as the venue's wall-clock time (datetime-local input) to a UTC instant. */
export const berlinDateTime = (message = msg.dateTime) =>
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
        ctx.addIssue({ code: 'custom', message: msg.noSuchDate });
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
  .string({ error: msg.slugRequired })
  .trim()
  .min(3, msg.slugMin)
  .max(80, maxChars(80))
  .regex(SLUG_PATTERN, msg.slugPattern);

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
  .pipe(z.array(z.string().max(200, msg.themeTooLong)).max(30, msg.tooManyThemes));

// German fields are required where the event needs them; English ones are optional and fall back to German.
const basicsShape = {
  title: requiredText(200, msg.titleRequired),
  slug: slugSchema,
  motto: optionalText(300),
  description: z.string().trim().max(20000, msg.descriptionTooLong).default(''),
  themes: themeLines,
  titleEn: optionalText(200),
  mottoEn: optionalText(300),
  descriptionEn: optionalText(20000),
  themesEn: themeLines,
  startsAt: berlinDateTime(msg.startRequired),
  endsAt: berlinDateTime(msg.endRequired),
};

const endAfterStart = <T extends { startsAt: Date; endsAt: Date }>(v: T) => v.endsAt > v.startsAt;
const endAfterStartIssue = { message: msg.endAfterStart, path: ['endsAt'] };

/** Title, address, texts and dates. */
export const eventBasicsSchema = z.object(basicsShape).refine(endAfterStart, endAfterStartIssue);
export type EventBasicsValues = z.input<typeof eventBasicsSchema>;
export type EventBasicsInput = z.output<typeof eventBasicsSchema>;

const venueShape = {
  venueName: requiredText(200, msg.venueRequired),
  venueAddress: requiredText(500, msg.addressRequired),
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

// The access settings' messages live in the approval dictionary; the editor shows them in its language.
const accessMsg = approval.settings.validation;

/** A whole number from a text input, empty counting as `fallback`; prefault so that a missing key is validated too. */
const intWithDefault = (min: number, max: number, fallback: number, message: string) =>
  z
    .preprocess(
      (v) => (typeof v === 'string' ? (v.trim() === '' ? fallback : Number(v.trim())) : v),
      z.number({ error: message }).int(message).min(min, message).max(max, message),
    )
    .prefault(String(fallback));

/** Invitation-only, approval with its overflow, the invitees' contingent and the group size (issue #16). */
const accessShape = {
  invitationOnly: z.boolean().prefault(false),
  approvalRequired: z.boolean().prefault(false),
  approvalOverflow: z.enum(['waitlist', 'refuse'], { error: msg.required }).prefault('waitlist'),
  reservedSeats: intWithDefault(0, 100000, 0, accessMsg.reservedRange),
  reservedReleaseAt: optionalBerlinDateTime,
  maxGroupSize: intWithDefault(1, 50, 5, accessMsg.groupSizeRange),
};

/** Capacity, waiting list, registration window, reminders, photo notice, retention and access. */
export const eventSettingsSchema = z
  .object({
    capacity: optionalInt(1, 100000, msg.capacityRange),
    waitlistEnabled: z.boolean().default(false),
    registrationOpensAt: optionalBerlinDateTime,
    registrationClosesAt: optionalBerlinDateTime,
    reminderDaysBefore: optionalInt(0, 60, msg.reminderRange),
    photoNotice: optionalText(4000),
    photoNoticeEn: optionalText(4000),
    retentionDays: z.preprocess(
      (v) => (typeof v === 'string' ? (v.trim() === '' ? undefined : Number(v.trim())) : v),
      z
        .number({ error: msg.retentionNumber })
        .int(msg.wholeNumber)
        .min(1, msg.retentionMin)
        .max(3650, msg.retentionMax),
    ),
    ...accessShape,
  })
  .refine((v) => !v.registrationOpensAt || !v.registrationClosesAt || v.registrationClosesAt > v.registrationOpensAt, {
    message: msg.closesAfterOpens,
    path: ['registrationClosesAt'],
  })
  .refine((v) => v.reservedSeats === 0 || v.capacity !== null, {
    message: accessMsg.reservedWithoutCapacity,
    path: ['reservedSeats'],
  })
  .refine((v) => v.capacity === null || v.reservedSeats <= v.capacity, {
    message: accessMsg.reservedAboveCapacity,
    path: ['reservedSeats'],
  });
export type EventSettingsValues = z.input<typeof eventSettingsSchema>;
export type EventSettingsInput = z.output<typeof eventSettingsSchema>;

/** A new edition copied from an existing event. */
export const duplicateEventSchema = z.object({
  title: requiredText(200, msg.titleRequired),
  titleEn: optionalText(200),
  slug: slugSchema,
  startsAt: berlinDateTime(msg.editionStartRequired),
});
export type DuplicateEventValues = z.input<typeof duplicateEventSchema>;
export type DuplicateEventInput = z.output<typeof duplicateEventSchema>;
