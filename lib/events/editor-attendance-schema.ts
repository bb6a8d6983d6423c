import { z } from 'zod';
import { sessionAdmin } from '@/lib/i18n/de/session-admin';

// The event editor's part "Teilnahme" (issue #17). Messages are the German texts of the sessionAdmin dictionary;
// the form shows them in the editor's language (localizeSessionAdminMessage).
const msg = sessionAdmin.validation;

export const ATTENDANCE_FORMATS = ['onsite', 'online', 'hybrid'] as const;
export const SESSION_CHOICES = ['optional', 'required'] as const;

/** A whole number from a text input; '' is null (unlimited). */
export const optionalPlaces = (message: string) =>
  z.preprocess(
    (v) => (v === '' || v === null || v === undefined ? null : typeof v === 'string' ? Number(v.trim()) : v),
    z.number({ error: message }).int(message).min(1, message).max(100000, message).nullable(),
  );

/**
 * The stream's address: https only, no credentials in it (it would leak with every redirect), no spaces. Empty is
 * null: the event has no stream yet, which the publish checklist reports.
 */
export const streamUrlSchema = z
  .string()
  .trim()
  .max(2000, msg.streamUrlTooLong)
  .optional()
  .transform((v) => v || null)
  .refine((v) => v === null || isHttpsUrl(v), msg.streamUrlHttps);

function isHttpsUrl(value: string): boolean {
  if (/\s/.test(value)) return false;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.hostname !== '' && url.username === '' && url.password === '';
  } catch {
    return false;
  }
}

export const eventAttendanceSchema = z.object({
  attendanceFormat: z.enum(ATTENDANCE_FORMATS, { error: msg.formatRequired }).prefault('onsite'),
  onlineCapacity: optionalPlaces(msg.onlineCapacityRange).prefault(''),
  streamUrl: streamUrlSchema,
  streamReleaseMinutes: z
    .preprocess(
      (v) => (typeof v === 'string' ? (v.trim() === '' ? Number.NaN : Number(v.trim())) : v),
      z.number({ error: msg.releaseRange }).int(msg.releaseRange).min(0, msg.releaseRange).max(10080, msg.releaseRange),
    )
    .prefault('30'),
  sessionChoice: z.enum(SESSION_CHOICES, { error: msg.sessionChoiceRequired }).prefault('optional'),
});
export type EventAttendanceValues = z.input<typeof eventAttendanceSchema>;
export type EventAttendanceInput = z.output<typeof eventAttendanceSchema>;
