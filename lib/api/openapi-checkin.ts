import { z } from 'zod';
import { counts, sessionCounts } from './openapi-checkin-schemas';
import { syncSchema, undoSchema, walkInRequestSchema } from '@/lib/checkin/schema';
import {
  acceptLanguage,
  dateTime,
  errorResponse as err,
  json,
  MALFORMED_QUERY,
  nullable,
  ref,
} from './openapi-schemas';

// The check-in API for door devices (the web app, a handheld, a future native app). Request bodies are generated
// from the zod schemas the routes validate with, so they cannot drift.

const body = (schema: z.ZodType) => {
  const { $schema: _drop, ...rest } = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Record<
    string,
    unknown
  >;
  return { required: true, content: { 'application/json': { schema: rest } } };
};
const slugParam = {
  name: 'slug',
  in: 'path',
  required: true,
  description: 'Kurzname der Veranstaltung',
  schema: { type: 'string' },
};
const security = [{ session: [] }];
const common = {
  '401': err('Nicht angemeldet (UNAUTHORIZED)'),
  '403': err('Kein Zugang zum Einlass dieser Veranstaltung (FORBIDDEN; Personal nur, wenn zugeteilt)'),
  '404': err('Unbekannte Veranstaltung (NOT_FOUND)'),
  '500': err('Unerwarteter Fehler (INTERNAL_ERROR); er wird protokolliert'),
};
const badQuery = { '400': err(`${MALFORMED_QUERY} (INVALID_INPUT)`) };
const bad = {
  '400': err(`Ungültiges JSON, ungültige Angaben (INVALID_INPUT, \`errors\` je Feld) oder ${MALFORMED_QUERY}`),
  '413': err('Anfrage zu groß (PAYLOAD_TOO_LARGE)'),
  '415': err('Content-Type ist nicht application/json (UNSUPPORTED_MEDIA_TYPE)'),
};
const parameters = [acceptLanguage];

/** Paths of the check-in API under /api/v1. */
export const checkinPaths = {
  '/events/{slug}/checkin/attendees': {
    parameters: [slugParam],
    get: {
      operationId: 'getDoorList',
      summary: 'Einlassliste (ganz oder als Delta)',
      description:
        'Jede Person mit ihren bestätigten Workshop-Buchungen (`bookings`) für die Raumtüren. Mit `since` (Zeitpunkt aus `serverTime` der vorigen Antwort) nur geänderte Personen, auch solche, bei denen sich nur eine Buchung geändert hat. Dazu der öffentliche Ed25519-Schlüssel und das Veranstaltungs-Kennzeichen für die Offline-Prüfung signierter Tickets (`TB1.<payload>.<signatur>`).',
      security,
      parameters: [...parameters, { name: 'since', in: 'query', required: false, schema: dateTime }],
      responses: {
        '200': json(
          {
            type: 'object',
            required: ['serverTime', 'full', 'attendees', 'counts', 'publicKey', 'eventTag'],
            properties: {
              serverTime: dateTime,
              full: { type: 'boolean' },
              attendees: { type: 'array', items: ref('DoorAttendee') },
              counts,
              publicKey: { type: 'string', description: 'Roher Ed25519-Schlüssel, base64url' },
              eventTag: { type: 'string', description: 'Hex der ersten 8 Bytes von SHA-256(Veranstaltungs-ID)' },
            },
          },
          'Liste',
        ),
        '400': err(`\`since\` ist kein Zeitpunkt oder ${MALFORMED_QUERY} (INVALID_INPUT)`),
        ...common,
      },
    },
  },
  '/events/{slug}/checkin/scans': {
    parameters: [slugParam],
    post: {
      operationId: 'recordScans',
      summary: 'Scans einchecken (einzeln oder die Offline-Warteschlange)',
      description:
        'Idempotent je `idempotencyKey` (eine Wiederholung liefert das erste Ergebnis). Der früheste Check-in einer Person zählt. Ein offline erlaubter Einlass (`localResult: checked_in`) einer inzwischen stornierten Anmeldung wird als `conflict` für die Einlassleitung vermerkt.\n\n' +
        '**Raumtür:** Ein Scan mit `sessionId` (buchbarer Programmpunkt dieser Veranstaltung) lässt nur Personen mit bestätigter Buchung dieses Programmpunkts ein (sonst `not_booked`); er checkt die Buchung ein (frühester Scan zählt) und, falls noch nicht oder später geschehen, die Person bei der Veranstaltung. Eine unbekannte `sessionId` lässt niemanden ein. `sessionId: null` ist die Veranstaltungstür. Online-Anmeldungen erhalten an jeder Tür `online`, ohne Einlass. Scans ohne das Feld `sessionId` (Geräte aus der Zeit vor den Raumtüren) erhalten nur die Urteile, die diese kennen: eine Online-Anmeldung dort `cancelled`.',
      security,
      parameters,
      requestBody: body(syncSchema),
      responses: {
        '200': json(
          {
            type: 'object',
            required: ['results', 'counts'],
            properties: { results: { type: 'array', items: ref('ScanOutcome') }, counts, sessions: sessionCounts },
          },
          'Ergebnisse in der Reihenfolge der Scans',
        ),
        ...bad,
        ...common,
      },
    },
  },
  '/events/{slug}/checkin/undo': {
    parameters: [slugParam],
    post: {
      operationId: 'undoCheckIn',
      summary: 'Check-in zurücknehmen',
      description:
        'Personal: nur eigene Check-ins dieses Geräts der letzten 30 Minuten. Organisation/Admin: jeden, mit Grund. Wird im Audit-Log vermerkt (`checkin.undo`). Mit `sessionId` der Check-in an dieser Raumtür; der Check-in bei der Veranstaltung geht nur mit, wenn dieser Scan ihn bewirkt hat.',
      security,
      parameters,
      requestBody: body(undoSchema),
      responses: {
        '200': json(
          { type: 'object', required: ['attendee', 'counts'], properties: { attendee: ref('DoorAttendee'), counts } },
          'Zurückgenommen',
        ),
        ...bad,
        ...common,
        '400': err(
          `Ungültiges JSON, ungültige Angaben (INVALID_INPUT, \`errors\` je Feld), nicht eingecheckt, Grund fehlt oder ${MALFORMED_QUERY}`,
        ),
        '403': err('Kein Zugang zum Einlass oder fremder Check-in/älter als 30 Minuten (FORBIDDEN)'),
        '404': err('Unbekannte Veranstaltung oder Anmeldung (NOT_FOUND)'),
      },
    },
  },
  '/events/{slug}/checkin/walk-ins': {
    parameters: [slugParam],
    post: {
      operationId: 'createWalkIn',
      summary: 'Spontane Anmeldung an der Tür (sofort eingecheckt)',
      description:
        'E-Mail optional. Ist die Veranstaltung voll, dürfen nur Organisation/Admin über die Kapazität hinaus anmelden (`overCapacity`); Personal erhält 409 EVENT_FULL.',
      security,
      parameters,
      requestBody: body(walkInRequestSchema),
      responses: {
        '201': json(
          { allOf: [ref('ScanOutcome'), { type: 'object', required: ['counts'], properties: { counts } }] },
          'Angemeldet und eingecheckt',
        ),
        ...bad,
        ...common,
        '409': err('Voll (EVENT_FULL) oder E-Mail bereits angemeldet (ALREADY_REGISTERED)'),
      },
    },
  },
  '/events/{slug}/checkin/conflicts': {
    parameters: [slugParam],
    get: {
      operationId: 'listCheckInConflicts',
      summary: 'Konfliktliste für die Einlassleitung',
      security,
      parameters,
      responses: {
        '200': json(
          {
            type: 'object',
            required: ['conflicts'],
            properties: {
              conflicts: {
                type: 'array',
                items: {
                  type: 'object',
                  required: ['checkInId', 'registrationId', 'name', 'status', 'deviceId', 'scannedAt'],
                  properties: {
                    checkInId: { type: 'string' },
                    registrationId: nullable('string'),
                    name: { type: 'string' },
                    status: { type: 'string' },
                    deviceId: { type: 'string' },
                    scannedAt: dateTime,
                  },
                },
              },
            },
          },
          'Konflikte (für Personal leer)',
        ),
        ...badQuery,
        ...common,
      },
    },
  },
};
