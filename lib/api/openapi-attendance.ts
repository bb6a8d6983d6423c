// Own copies of two helpers of openapi-schemas.ts, which imports this file (no import cycle).
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const nullable = (type: string, extra: object = {}) => ({ type: [type, 'null'], ...extra });

// #17 in the public API: the modes of an event with their places, the bookable sessions' places, and what a
// registration chooses (mode, sessions) and gets back (its bookings). Merged into the schemas and the
// registration schemas of openapi.ts / openapi-registrations.ts.

const MODES = ['onsite', 'online'];

export const sessionPlaces = {
  id: { type: 'string', description: 'Für `sessions` einer Anmeldung (nur buchbare Programmpunkte)' },
  bookable: { type: 'boolean', description: 'Ein Workshop mit eigenen Plätzen, bei der Anmeldung wählbar' },
  capacity: nullable('integer', { description: 'Plätze; null = unbegrenzt oder nicht buchbar' }),
  remaining: nullable('integer', { description: 'Freie Plätze; null = unbegrenzt oder nicht buchbar' }),
  waitlist: { type: 'boolean', description: 'Ein voller Workshop bietet eine eigene Warteliste' },
};

export const eventAttendance = {
  attendanceFormat: {
    type: 'string',
    enum: ['onsite', 'online', 'hybrid'],
    description: 'vor Ort, online oder beides (hybrid: die Anmeldung wählt `mode`)',
  },
  modes: {
    type: 'array',
    description: 'Wählbare Teilnahmearten, die erste ist die Voreinstellung; ausgebucht erst, wenn alle voll sind.',
    items: ref('ModePlaces'),
  },
};

export const attendanceSchemas = {
  ModePlaces: {
    type: 'object',
    required: ['mode', 'capacity', 'remaining'],
    properties: {
      mode: { type: 'string', enum: MODES },
      capacity: nullable('integer', { description: 'Plätze dieser Teilnahmeart; null = unbegrenzt' }),
      remaining: nullable('integer', { description: 'Freie Plätze; null = unbegrenzt' }),
    },
  },
  SessionBooking: {
    type: 'object',
    required: ['id', 'status'],
    properties: {
      id: { type: 'string', description: 'Programmpunkt' },
      status: {
        type: 'string',
        enum: ['confirmed', 'waitlisted'],
        description:
          'confirmed: Platz im Workshop; waitlisted: Warteliste des Workshops (auch solange die Anmeldung selbst noch keinen Platz hat)',
      },
    },
  },
};

export const registrationChoice = {
  mode: {
    type: 'string',
    enum: MODES,
    description: 'Teilnahmeart; ohne Angabe die erste aus `modes`. Eine nicht angebotene: 400 (`errors.mode`).',
  },
  sessions: {
    type: 'array',
    maxItems: 20,
    uniqueItems: true,
    items: { type: 'string' },
    description:
      'IDs buchbarer Programmpunkte (nur vor Ort). Unbekannt, doppelt oder zeitgleich: 400 (`errors.sessions`); ausgebucht ohne Warteliste: 409, nichts gespeichert. Bei Pflichtwahl ein Workshop je Zeitfenster.',
  },
};

export const registrationOutcome = {
  mode: { type: 'string', enum: MODES },
  sessions: { type: 'array', items: ref('SessionBooking') },
};
