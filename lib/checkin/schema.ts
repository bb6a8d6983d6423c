import { z } from 'zod';
import { personTextChecks } from '@/lib/text/schema';
import type { CheckinConflict, DoorAttendee, ScanOutcome } from './types';

const key = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9_-]{8,100}$/, 'Ungültiger Schlüssel (8–100 Zeichen: A–Z, a–z, 0–9, _ oder -).');
// Ids reach PostgreSQL as text, which cannot hold NUL: refused here as a 400 instead of a database error.
const id = z
  .string()
  .trim()
  .min(1)
  .max(100)
  .regex(/^[^\u0000-\u001f\u007f]*$/);

/** What a device decided locally; a local "checked_in" that the server must refuse becomes a conflict. */
export const localResultSchema = z.enum([
  'checked_in',
  'already_checked_in',
  'cancelled',
  'waitlisted',
  'wrong_event',
  'invalid',
  'conflict',
  'not_booked',
  'online',
]);

/** One scan or name-search check-in, online or from the offline queue. */
export const scanSchema = z
  .object({
    idempotencyKey: key,
    scannedAt: z.iso.datetime({ offset: true, message: 'scannedAt muss ein ISO-Zeitpunkt sein.' }),
    code: z
      .string()
      .trim()
      .min(1)
      .max(300)
      .regex(/^[^\u0000-\u001f\u007f]*$/)
      .optional(),
    registrationId: id.optional(),
    localResult: localResultSchema.optional(),
    // The door of the scan: a bookable session's id (room door) or null (event entrance). Absent (devices from
    // before room doors): the event entrance, answered only with the verdicts those devices know.
    sessionId: id.nullable().optional(),
  })
  .refine((s) => (s.code === undefined) !== (s.registrationId === undefined), {
    message: 'Genau eines von code oder registrationId angeben.',
  });
export type ScanInput = z.infer<typeof scanSchema>;

/** POST …/checkin/scans: a batch of up to 1,000 scans of one device. */
export const syncSchema = z.object({
  deviceId: key,
  scans: z.array(scanSchema).min(1, 'Mindestens ein Scan.').max(1000, 'Höchstens 1.000 Scans je Anfrage.'),
});
export type SyncInput = z.infer<typeof syncSchema>;

/** GET …/checkin/attendees: `since` (the previous answer's serverTime) asks for the changes only. */
export const attendeesQuerySchema = z.object({
  since: z
    .string()
    .optional()
    .transform((value) => (value ? new Date(value) : null))
    .refine((since) => since === null || !Number.isNaN(since.getTime()), 'sinceInvalid'),
});

/** POST …/checkin/undo: staff undo their own device's check-in; supervisors any, with a reason. */
export const undoSchema = z.object({
  registrationId: id,
  deviceId: key,
  reason: z
    .string()
    .check(...personTextChecks())
    .max(500)
    .optional(),
  // At a room door: takes back that session's check-in (and the event check-in it implied), not the event's.
  sessionId: id.optional(),
});
export type UndoInput = z.infer<typeof undoSchema>;

/** The walk-in form at the door (shared by the form and POST …/checkin/walk-ins); messages are validation keys. */
export const walkInSchema = z.object({
  firstName: z
    .string('required')
    .check(...personTextChecks({ required: true }))
    .min(1, 'required')
    .max(100, 'tooLong'),
  lastName: z
    .string('required')
    .check(...personTextChecks({ required: true }))
    .min(1, 'required')
    .max(100, 'tooLong'),
  organization: z
    .string('required')
    .check(...personTextChecks())
    .max(200, 'tooLong')
    .optional(),
  email: z.union([z.literal(''), z.email('email').max(254, 'tooLong')], 'email').optional(),
});
export type WalkInValues = z.infer<typeof walkInSchema>;

export const walkInRequestSchema = walkInSchema.extend({ deviceId: key, idempotencyKey: key });

// Server responses, parsed on the door device: a response that does not fit is a failed request, never stored state.
// Only what the device uses is required; unknown keys are dropped, so nothing else lands in IndexedDB.

const isoTime = z.iso.datetime({ offset: true });

export const doorAttendeeSchema = z.object({
  id,
  title: z.string().nullable(),
  firstName: z.string(),
  lastName: z.string(),
  organization: z.string().nullable(),
  status: z.enum(['confirmed', 'waitlisted', 'cancelled']),
  guestType: z.string(),
  checkedInAt: isoTime.nullable(),
  checkedInDevice: z.string().nullable(),
  ticketHash: z.string().regex(/^[0-9a-f]{32}$/),
  substituted: z.literal(true).optional(),
  mode: z.literal('online').optional(),
  bookings: z
    .array(z.object({ sessionId: id, checkedInAt: isoTime.nullable(), checkedInDevice: z.string().nullable() }))
    .optional(),
}) satisfies z.ZodType<DoorAttendee>;

/** GET …/checkin/attendees */
export const attendeeListResponseSchema = z.object({
  serverTime: isoTime,
  attendees: z.array(doorAttendeeSchema),
  publicKey: z.string().min(1),
  eventTag: z.string().regex(/^[0-9a-f]{16}$/),
});
export type AttendeeListResponse = z.infer<typeof attendeeListResponseSchema>;

export const scanOutcomeSchema = z.object({
  idempotencyKey: z.string(),
  result: localResultSchema,
  checkInId: z.string().nullable(),
  attendee: doorAttendeeSchema.nullable(),
}) satisfies z.ZodType<ScanOutcome>;

/** POST …/checkin/scans */
export const scanResultsResponseSchema = z.object({ results: z.array(scanOutcomeSchema) });

/** POST …/checkin/undo */
export const undoResponseSchema = z.object({ attendee: doorAttendeeSchema });

/** POST …/checkin/walk-ins */
export const walkInResponseSchema = scanOutcomeSchema;

/** GET …/checkin/conflicts */
export const conflictsResponseSchema = z.object({
  conflicts: z.array(
    z.object({
      checkInId: z.string(),
      registrationId: z.string().nullable(),
      name: z.string(),
      status: z.string(),
      deviceId: z.string(),
      scannedAt: isoTime,
    }),
  ),
}) satisfies z.ZodType<{ conflicts: CheckinConflict[] }>;

/**
 * The API's error envelope (`error: { code, message }`, `errors`); each part is read on its own, so a malformed part
 * does not hide the other.
 */
export const errorResponseSchema = z.object({
  error: z.object({ message: z.string() }).loose().optional().catch(undefined),
  errors: z.record(z.string(), z.string()).optional().catch(undefined),
});
