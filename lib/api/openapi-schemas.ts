import { HTTP_STATUS } from '@/lib/errors';
import { QUESTION_TYPES } from '@/lib/questions/schema';

import { eventAttendance, sessionPlaces } from './openapi-attendance';

export const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
export const json = (schema: object, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});
export const nullable = (type: string, extra: object = {}) => ({ type: [type, 'null'], ...extra });
export const dateTime = { type: 'string', format: 'date-time' };

/** An error response: always the Error envelope (lib/server/edge/route.ts), with extra headers where given. */
export const errorResponse = (description: string, headers?: object) => ({
  ...json(ref('Error'), description),
  ...(headers ? { headers } : {}),
});
export const retryAfter = {
  'Retry-After': {
    description: 'Sekunden bis zum nächsten erlaubten Versuch',
    schema: { type: 'integer', minimum: 1 },
  },
};
/** Every route refuses such a query string before it does anything (lib/server/edge/route.ts). */
export const MALFORMED_QUERY = 'Abfrage mit ungültiger Prozentkodierung oder NUL-Zeichen';
export const acceptLanguage = { $ref: '#/components/parameters/AcceptLanguage' };

/** The public paths' CORS header, and their error answers with it. */
export const cors = {
  'Access-Control-Allow-Origin': {
    description: 'Immer `*`: die API darf von jeder Website aus aufgerufen werden.',
    schema: { type: 'string' },
  },
};
export const publicError = (description: string) => errorResponse(description, cors);
export const slugParam = {
  name: 'slug',
  in: 'path',
  required: true,
  description: 'Kurzname der Veranstaltung',
  schema: { type: 'string' },
};

/** Reusable parameters of the OpenAPI document. */
export const parameters = {
  AcceptLanguage: {
    name: 'Accept-Language',
    in: 'header',
    required: false,
    description: 'Sprache der Fehlermeldungen: `de` (Standard) oder `en`; q-Werte werden beachtet.',
    schema: { type: 'string', examples: ['en', 'de-DE, en;q=0.8'] },
  },
};

/** Component schemas of the OpenAPI document; enums come from the zod schemas' constants. */
export const schemas = {
  Error: {
    type: 'object',
    description: 'Jede Fehlerantwort (4xx und 5xx) hat diese Form.',
    required: ['error'],
    properties: {
      error: {
        type: 'object',
        required: ['code', 'message'],
        properties: {
          code: { type: 'string', enum: Object.keys(HTTP_STATUS), description: 'Fest, zum Auswerten in Programmen' },
          message: { type: 'string', description: 'Für Menschen, in der Sprache aus `Accept-Language`' },
        },
      },
      errors: {
        type: 'object',
        description: 'Nur bei ungültigen Angaben (400): Feldname → Meldung; Antworten als `answers.<Frage-ID>`.',
        additionalProperties: { type: 'string' },
      },
    },
  },
  Venue: {
    type: 'object',
    required: ['name', 'address'],
    properties: {
      name: { type: 'string' },
      address: { type: 'string', description: 'Einzeilig, Teile durch Komma getrennt' },
    },
  },
  RegistrationState: {
    type: 'object',
    required: ['status', 'capacity', 'remaining', 'opensAt'],
    properties: {
      status: {
        type: 'string',
        enum: ['open', 'closed', 'full', 'waitlist', 'invitationOnly'],
        description: 'invitationOnly: nur mit persönlicher Einladung (`invitationToken`)',
      },
      capacity: nullable('integer', {
        description: 'Öffentliche Plätze (ohne die für Eingeladene reservierten); null = unbegrenzt',
      }),
      remaining: nullable('integer', { description: 'Freie Plätze; null = unbegrenzt' }),
      opensAt: nullable('string', {
        format: 'date-time',
        description: 'Beginn der Anmeldung („öffnet am …“); null = sofort',
      }),
    },
  },
  EventSummary: {
    type: 'object',
    required: ['slug', 'title', 'startsAt', 'endsAt', 'venue', 'registration'],
    properties: {
      slug: { type: 'string' },
      title: { type: 'string' },
      startsAt: dateTime,
      endsAt: dateTime,
      venue: ref('Venue'),
      registration: ref('RegistrationState'),
    },
  },
  Speaker: {
    type: 'object',
    required: ['name', 'role', 'organization'],
    properties: { name: { type: 'string' }, role: nullable('string'), organization: nullable('string') },
  },
  Session: {
    type: 'object',
    required: [
      'id',
      'title',
      'startsAt',
      'endsAt',
      'room',
      'description',
      'speakers',
      'bookable',
      'capacity',
      'remaining',
      'waitlist',
    ],
    properties: {
      ...sessionPlaces,
      title: { type: 'string' },
      startsAt: dateTime,
      endsAt: nullable('string', { format: 'date-time' }),
      room: nullable('string'),
      description: nullable('string'),
      speakers: { type: 'array', items: ref('Speaker') },
    },
  },
  Question: {
    type: 'object',
    description: 'Zusatzfrage der Veranstaltung; die Antwort gehört in `answers[id]` der Anmeldung.',
    required: ['id', 'type', 'label', 'help', 'required', 'options', 'min', 'max'],
    properties: {
      id: { type: 'string' },
      type: {
        type: 'string',
        enum: [...QUESTION_TYPES],
        description:
          'text/longText: Text; singleChoice: ein `value`; multipleChoice: Liste von `value`s; checkbox: true/false; number: ganze Zahl',
      },
      label: { type: 'string' },
      help: nullable('string'),
      required: { type: 'boolean' },
      options: {
        type: 'array',
        items: {
          type: 'object',
          required: ['value', 'label'],
          properties: { value: { type: 'string' }, label: { type: 'string' } },
        },
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
        required: ['motto', 'themes', 'questions', 'sessions', 'attendanceFormat', 'modes'],
        properties: {
          ...eventAttendance,
          motto: nullable('string'),
          themes: { type: 'array', items: { type: 'string' } },
          questions: { type: 'array', items: ref('Question') },
          sessions: { type: 'array', items: ref('Session') },
        },
      },
    ],
  },
};
