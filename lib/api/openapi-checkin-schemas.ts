import type { z } from 'zod';
import { localResultSchema } from '@/lib/checkin/schema';
import type { ScanKind } from '@/lib/checkin/types';
import { nullable, ref } from './openapi-schemas';

// Component schemas of the check-in API: what a door device learns about people and scans.

// The server's verdicts are the kinds a device decides locally; the compiler keeps the two lists one.
type LocalResult = z.infer<typeof localResultSchema>;
const _sameKinds: [ScanKind] extends [LocalResult] ? ([LocalResult] extends [ScanKind] ? true : never) : never = true;
void _sameKinds;
const scanKind = { type: 'string', enum: [...localResultSchema.options] };
/** Per room door: checked in at the session's door / its confirmed bookings. */
export const sessionCounts = {
  type: 'array',
  description: 'Je Raumtür der Scans: eingecheckt / bestätigte Buchungen (nur wenn Scans eine Raumtür nennen)',
  items: {
    type: 'object',
    required: ['sessionId', 'checkedIn', 'booked'],
    properties: { sessionId: { type: 'string' }, checkedIn: { type: 'integer' }, booked: { type: 'integer' } },
  },
};
export const counts = {
  type: 'object',
  description: 'Eingecheckt / bestätigt, jeweils nur Teilnahme vor Ort (Online-Anmeldungen kommen durch keine Tür)',
  required: ['checkedIn', 'confirmed'],
  properties: { checkedIn: { type: 'integer' }, confirmed: { type: 'integer' } },
};

/** Component schemas of the check-in API. */
export const checkinSchemas = {
  DoorAttendee: {
    type: 'object',
    description: 'Was ein Einlassgerät über eine Person erfährt: keine E-Mail-Adresse, keine Antworten.',
    required: ['id', 'firstName', 'lastName', 'status', 'checkedInAt', 'ticketHash'],
    properties: {
      id: { type: 'string' },
      title: nullable('string'),
      firstName: { type: 'string' },
      lastName: { type: 'string' },
      organization: nullable('string'),
      status: { type: 'string', enum: ['confirmed', 'waitlisted', 'cancelled'] },
      guestType: { type: 'string' },
      checkedInAt: nullable('string', { format: 'date-time' }),
      checkedInDevice: nullable('string'),
      ticketHash: {
        type: 'string',
        description: 'Die ersten 32 Hex-Zeichen von SHA-256(Ticket-Code), für die Offline-Suche alter Codes',
      },
      substituted: {
        type: 'boolean',
        enum: [true],
        description: 'Nur bei einer an eine Vertretung übergebenen (stornierten) Anmeldung',
      },
      mode: {
        type: 'string',
        enum: ['online'],
        description: 'Nur bei Online-Teilnahme: kein Einlass an irgendeiner Tür (Urteil `online`)',
      },
      bookings: {
        type: 'array',
        description:
          'Bestätigte Workshop-Buchungen für die Raumtüren. In der Einlassliste alle, in der Antwort auf einen Scan an einer Raumtür nur die des gescannten Workshops; an der Veranstaltungstür fehlt es dort.',
        items: ref('DoorBooking'),
      },
    },
  },
  DoorBooking: {
    type: 'object',
    description: 'Eine bestätigte Buchung eines buchbaren Programmpunkts, mit dem Check-in an seiner Raumtür.',
    required: ['sessionId', 'checkedInAt', 'checkedInDevice'],
    properties: {
      sessionId: { type: 'string' },
      checkedInAt: nullable('string', { format: 'date-time' }),
      checkedInDevice: nullable('string'),
    },
  },
  ScanOutcome: {
    type: 'object',
    required: ['idempotencyKey', 'result', 'checkInId', 'attendee'],
    properties: {
      idempotencyKey: { type: 'string' },
      result: scanKind,
      checkInId: nullable('string'),
      attendee: { oneOf: [ref('DoorAttendee'), { type: 'null' }] },
    },
  },
};
