import { QUESTION_TYPES } from '@/lib/questions/schema';
import { SALUTATIONS, SECTORS, STATES } from '@/lib/registrations/schema';

// Hand-written, but the enums come from the registration schema's constants so they cannot drift.

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: object, description: string) => ({ description, content: { 'application/json': { schema } } });
const nullable = (type: string, extra: object = {}) => ({ type: [type, 'null'], ...extra });
const dateTime = { type: 'string', format: 'date-time' };
const cors = {
  'Access-Control-Allow-Origin': { description: 'Immer `*`: die API darf von jeder Website aus aufgerufen werden.', schema: { type: 'string' } },
};
const errorResponse = (description: string) => ({ ...json(ref('Error'), description), headers: cors });
const retryAfter = {
  'Retry-After': { description: 'Sekunden bis zum nächsten erlaubten Versuch', schema: { type: 'integer', minimum: 1 } },
};
const slugParam = { name: 'slug', in: 'path', required: true, description: 'Kurzname der Veranstaltung', schema: { type: 'string' } };
const preflight = {
  summary: 'CORS-Preflight',
  responses: { '204': { description: 'Preflight beantwortet (POST mit Content-Type erlaubt).', headers: cors } },
};

const schemas = {
  Error: {
    type: 'object',
    required: ['error'],
    properties: {
      error: { type: 'string', description: 'Deutsche Fehlermeldung' },
      code: { type: 'string', enum: ['NOT_FOUND', 'REGISTRATION_CLOSED', 'ALREADY_REGISTERED', 'EVENT_FULL'] },
    },
  },
  ValidationError: {
    type: 'object',
    required: ['errors'],
    properties: {
      errors: {
        type: 'object',
        description: 'Feldname → deutsche Meldung; `_body` wenn der Inhalt kein JSON-Objekt ist.',
        additionalProperties: { type: 'string' },
      },
    },
  },
  Venue: {
    type: 'object',
    required: ['name', 'address'],
    properties: { name: { type: 'string' }, address: { type: 'string', description: 'Einzeilig, Teile durch Komma getrennt' } },
  },
  RegistrationState: {
    type: 'object',
    required: ['status', 'capacity', 'remaining', 'opensAt'],
    properties: {
      status: { type: 'string', enum: ['open', 'closed', 'full', 'waitlist'] },
      capacity: nullable('integer', { description: 'null = unbegrenzt' }),
      remaining: nullable('integer', { description: 'Freie Plätze; null = unbegrenzt' }),
      opensAt: nullable('string', { format: 'date-time', description: 'Beginn der Anmeldung („öffnet am …“); null = sofort' }),
    },
  },
  EventSummary: {
    type: 'object',
    required: ['slug', 'title', 'startsAt', 'endsAt', 'venue', 'registration'],
    properties: {
      slug: { type: 'string' }, title: { type: 'string' }, startsAt: dateTime, endsAt: dateTime,
      venue: ref('Venue'), registration: ref('RegistrationState'),
    },
  },
  Speaker: {
    type: 'object',
    required: ['name', 'role', 'organization'],
    properties: { name: { type: 'string' }, role: nullable('string'), organization: nullable('string') },
  },
  Session: {
    type: 'object',
    required: ['title', 'startsAt', 'endsAt', 'room', 'description', 'speakers'],
    properties: {
      title: { type: 'string' }, startsAt: dateTime, endsAt: nullable('string', { format: 'date-time' }),
      room: nullable('string'), description: nullable('string'), speakers: { type: 'array', items: ref('Speaker') },
    },
  },
  Question: {
    type: 'object',
    description: 'Zusatzfrage der Veranstaltung; die Antwort gehört in `answers[id]` der Anmeldung.',
    required: ['id', 'type', 'label', 'help', 'required', 'options', 'min', 'max'],
    properties: {
      id: { type: 'string' },
      type: {
        type: 'string', enum: [...QUESTION_TYPES],
        description: 'text/longText: Text; singleChoice: ein `value`; multipleChoice: Liste von `value`s; checkbox: true/false; number: ganze Zahl',
      },
      label: { type: 'string' }, help: nullable('string'), required: { type: 'boolean' },
      options: {
        type: 'array',
        items: { type: 'object', required: ['value', 'label'], properties: { value: { type: 'string' }, label: { type: 'string' } } },
      },
      min: nullable('integer', { description: 'Kleinster erlaubter Wert (nur number)' }),
      max: nullable('integer', { description: 'Größter erlaubter Wert (nur number)' }),
    },
  },
  EventDetail: {
    allOf: [
      ref('EventSummary'),
      {
        type: 'object',
        required: ['motto', 'themes', 'questions', 'sessions'],
        properties: {
          motto: nullable('string'), themes: { type: 'array', items: { type: 'string' } },
          questions: { type: 'array', items: ref('Question') },
          sessions: { type: 'array', items: ref('Session') },
        },
      },
    ],
  },
  RegistrationRequest: {
    type: 'object',
    required: ['firstName', 'lastName', 'email', 'consents'],
    properties: {
      firstName: { type: 'string', minLength: 1, maxLength: 100 },
      lastName: { type: 'string', minLength: 1, maxLength: 100 },
      email: { type: 'string', format: 'email', maxLength: 254 },
      consents: {
        type: 'object',
        required: ['privacy'],
        properties: { privacy: { const: true, description: 'Zustimmung zur Datenschutzerklärung' } },
      },
      salutation: { type: 'string', enum: [...SALUTATIONS] },
      title: { type: 'string', maxLength: 50, description: 'Akademischer Titel, z. B. „Dr.“' },
      organization: { type: 'string', maxLength: 200 },
      position: { type: 'string', maxLength: 200 },
      sector: { type: 'string', enum: [...SECTORS] },
      state: { type: 'string', enum: [...STATES], description: 'Bundesland' },
      answers: {
        type: 'object',
        description: 'Antworten auf die Zusatzfragen (`questions` der Veranstaltung), Schlüssel = Frage-`id`.',
        additionalProperties: {
          oneOf: [{ type: 'string' }, { type: 'integer' }, { type: 'boolean' }, { type: 'array', items: { type: 'string' } }],
        },
      },
      newsletter: {
        type: 'boolean', default: false,
        description: 'Newsletter gewünscht; die Person bestätigt ihn über einen Link per E-Mail (Double-Opt-in).',
      },
      website: {
        type: 'string', maxLength: 0,
        description: 'Honeypot: weglassen oder leer lassen. Ist es gefüllt, wird nichts gespeichert (400).',
      },
    },
  },
  RegistrationCreated: {
    type: 'object',
    required: ['id', 'status'],
    properties: {
      id: { type: 'string' },
      status: { type: 'string', enum: ['confirmed', 'waitlisted'], description: 'waitlisted: auf der Warteliste' },
    },
  },
};

/** The OpenAPI 3.1 description of the public API under /api/v1. */
export function buildOpenApiDocument(serverUrl: string) {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Tagungsbüro API',
      version: '1.0.0',
      description: 'Öffentliche Schnittstelle: Veranstaltungen abrufen und sich anmelden. Die Bestätigung mit dem Ticket kommt per E-Mail.',
    },
    servers: [{ url: new URL('/api/v1', serverUrl).toString() }],
    paths: {
      '/events': {
        get: {
          summary: 'Veröffentlichte Veranstaltungen',
          responses: {
            '200': {
              ...json({ type: 'object', required: ['events'], properties: { events: { type: 'array', items: ref('EventSummary') } } }, 'Liste'),
              headers: cors,
            },
          },
        },
        options: preflight,
      },
      '/events/{slug}': {
        parameters: [slugParam],
        get: {
          summary: 'Eine Veranstaltung mit Programm',
          responses: {
            '200': { ...json(ref('EventDetail'), 'Die Veranstaltung'), headers: cors },
            '404': errorResponse('Unbekannte Veranstaltung'),
          },
        },
        options: preflight,
      },
      '/events/{slug}/registrations': {
        parameters: [slugParam],
        post: {
          summary: 'Anmeldung',
          requestBody: { required: true, content: { 'application/json': { schema: ref('RegistrationRequest') } } },
          responses: {
            '201': { ...json(ref('RegistrationCreated'), 'Angemeldet (oder auf der Warteliste)'), headers: cors },
            '400': {
              ...json({ oneOf: [ref('ValidationError'), ref('Error')] }, 'Ungültiges JSON, ungültige Angaben oder gefülltes Honeypot-Feld `website` (nichts gespeichert)'),
              headers: cors,
            },
            '403': errorResponse('Anmeldung geschlossen (REGISTRATION_CLOSED)'),
            '404': errorResponse('Unbekannte Veranstaltung (NOT_FOUND)'),
            '409': errorResponse('Bereits angemeldet (ALREADY_REGISTERED) oder ausgebucht (EVENT_FULL)'),
            '413': errorResponse('Inhalt größer als 32 KB'),
            '415': errorResponse('Content-Type ist nicht application/json'),
            '429': {
              ...json(ref('Error'), 'Zu viele Anmeldungen von dieser IP-Adresse (Formular und API zusammen, z. B. 10 je 10 Minuten)'),
              headers: { ...cors, ...retryAfter },
            },
          },
        },
        options: preflight,
      },
      '/openapi.json': {
        get: {
          summary: 'Dieses Dokument',
          responses: { '200': { ...json({ type: 'object' }, 'OpenAPI-3.1-Dokument'), headers: cors } },
        },
      },
    },
    components: { schemas },
  };
}
