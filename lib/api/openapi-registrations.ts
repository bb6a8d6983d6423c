import { GROUP_SIZE_LIMIT } from '@/lib/registrations/group-schema';
import { SALUTATIONS, SECTORS, STATES } from '@/lib/registrations/schema';
import { registrationChoice, registrationOutcome } from './openapi-attendance';
import {
  acceptLanguage,
  cors,
  errorResponse,
  json,
  MALFORMED_QUERY,
  publicError,
  ref,
  retryAfter,
  slugParam,
} from './openapi-schemas';

// The public registration endpoints: one person, or a group of colleagues in one submission. Enums come from the
// registration schema's constants so they cannot drift.

const person = {
  firstName: { type: 'string', minLength: 1, maxLength: 100 },
  lastName: { type: 'string', minLength: 1, maxLength: 100 },
  email: { type: 'string', format: 'email', maxLength: 254 },
  salutation: { type: 'string', enum: [...SALUTATIONS] },
  title: { type: 'string', maxLength: 50, description: 'Akademischer Titel, z. B. „Dr.“' },
  organization: { type: 'string', maxLength: 200 },
};
const attendee = {
  ...person,
  position: { type: 'string', maxLength: 200 },
  sector: { type: 'string', enum: [...SECTORS] },
  state: { type: 'string', enum: [...STATES], description: 'Bundesland' },
  answers: {
    type: 'object',
    description: 'Antworten auf die Zusatzfragen (`questions` der Veranstaltung), Schlüssel = Frage-`id`.',
    additionalProperties: {
      oneOf: [
        { type: 'string' },
        { type: 'integer' },
        { type: 'boolean' },
        { type: 'array', items: { type: 'string' } },
      ],
    },
  },
};
const submission = {
  consents: {
    type: 'object',
    required: ['privacy'],
    properties: { privacy: { const: true, description: 'Zustimmung zur Datenschutzerklärung' } },
  },
  formToken: {
    type: 'string',
    description:
      'Ohne API-Schlüssel Pflicht: Token aus `GET /events/{slug}/form-token`, frühestens ab `usableAfter`, nur einmal.',
  },
  website: {
    type: 'string',
    maxLength: 0,
    description: 'Honeypot: weglassen oder leer lassen. Ist es gefüllt, wird nichts gespeichert (400).',
  },
};
const status = (description: string) => ({
  type: 'string',
  enum: ['confirmed', 'waitlisted', 'pending'],
  description,
});

export const registrationSchemas = {
  RegistrationRequest: {
    type: 'object',
    required: ['firstName', 'lastName', 'email', 'consents'],
    properties: {
      ...attendee,
      ...submission,
      newsletter: {
        type: 'boolean',
        default: false,
        description: 'Newsletter gewünscht; die Person bestätigt ihn über einen Link per E-Mail (Double-Opt-in).',
      },
      ...registrationChoice,
      invitationToken: {
        type: 'string',
        description:
          'Token einer persönlichen Einladung (aus dem Link `/invitations/<token>`): Anmeldung mit der eingeladenen E-Mail-Adresse (eine andere `email` wird durch sie ersetzt), auch bei Veranstaltungen nur mit Einladung, ohne Prüfung, mit Plätzen aus dem Kontingent für Eingeladene. Einmal verwendbar (danach 409).',
      },
    },
  },
  RegistrationCreated: {
    type: 'object',
    required: ['id', 'status', 'mode', 'sessions'],
    properties: {
      ...registrationOutcome,
      id: { type: 'string' },
      status: status(
        'waitlisted: auf der Warteliste; pending: die Veranstaltung prüft Anmeldungen, der Platz wird erst mit der Bestätigung vergeben (Mitteilung per E-Mail)',
      ),
    },
  },
  RegistrationGroupRequest: {
    type: 'object',
    required: ['submitter', 'members', 'consents'],
    properties: {
      submitter: {
        type: 'object',
        description: 'Wer die Gruppe anmeldet (nimmt nur teil, wenn auch unter `members`); erhält die Übersicht.',
        required: ['firstName', 'lastName', 'email'],
        properties: person,
      },
      members: {
        type: 'array',
        minItems: 1,
        maxItems: GROUP_SIZE_LIMIT,
        description:
          'Die angemeldeten Personen, höchstens so viele, wie die Veranstaltung je Gruppe zulässt (Standard 5); jede E-Mail-Adresse nur einmal (sonst 400 mit `members.<i>.email`).',
        items: { type: 'object', required: ['firstName', 'lastName', 'email'], properties: attendee },
      },
      ...submission,
    },
  },
  RegistrationGroupCreated: {
    type: 'object',
    required: ['groupId', 'status', 'members'],
    properties: {
      groupId: { type: 'string' },
      status: status('Für alle Personen gleich: die Gruppe wird nie geteilt.'),
      members: {
        type: 'array',
        items: {
          type: 'object',
          required: ['id', 'email', 'status'],
          properties: { id: { type: 'string' }, email: { type: 'string' }, status: status('Wie `status`') },
        },
      },
    },
  },
};

const abuse = {
  '401': publicError('Ungültiger oder widerrufener API-Schlüssel (UNAUTHORIZED)'),
  '413': publicError('Inhalt größer als 32 KB, bei Gruppen 256 KB (PAYLOAD_TOO_LARGE)'),
  '415': publicError('Content-Type ist nicht application/json (UNSUPPORTED_MEDIA_TYPE)'),
  '429': errorResponse(
    'Zu viele Anmeldungen (RATE_LIMITED): je IP-Adresse (Formular und API zusammen, z. B. 10 je 10 Minuten) oder je API-Schlüssel',
    { ...cors, ...retryAfter },
  ),
  '500': publicError('Unerwarteter Fehler (INTERNAL_ERROR); er wird protokolliert'),
};
const badRequest = publicError(
  `Ungültiges JSON, ungültige Angaben (INVALID_INPUT, \`errors\` je Feld), fehlendes, zu frisches oder verbrauchtes Formular-Token oder gefülltes Honeypot-Feld \`website\` (BOT_SUSPECTED); ${MALFORMED_QUERY}; nichts gespeichert`,
);
const credentials =
  'Entweder mit API-Schlüssel (`Authorization: Bearer tb_…`, eigenes Limit) oder ohne, dann mit `formToken` aus `GET /events/{slug}/form-token`.';

export const registrationPaths = {
  '/events/{slug}/registrations': {
    parameters: [slugParam],
    post: {
      operationId: 'createRegistration',
      summary: 'Anmeldung',
      description: `${credentials} Mit \`invitationToken\` meldet sich eine eingeladene Person an.`,
      security: [{}, { apiKey: [] }],
      parameters: [acceptLanguage],
      requestBody: { required: true, content: { 'application/json': { schema: ref('RegistrationRequest') } } },
      responses: {
        '201': {
          ...json(ref('RegistrationCreated'), 'Angemeldet, auf der Warteliste oder zur Prüfung (pending)'),
          headers: cors,
        },
        '400': badRequest,
        '403': publicError(
          'Anmeldung geschlossen, oder nur mit persönlicher Einladung und ohne `invitationToken` (REGISTRATION_CLOSED)',
        ),
        '404': publicError('Unbekannte Veranstaltung oder Einladung zu dieser Veranstaltung (NOT_FOUND)'),
        '409': publicError(
          'Bereits angemeldet oder Einladung bereits verwendet (ALREADY_REGISTERED), oder ausgebucht (EVENT_FULL): die Veranstaltung, die gewählte Teilnahmeart oder ein gewählter Workshop ohne Warteliste; nichts gespeichert',
        ),
        ...abuse,
      },
    },
  },
  '/events/{slug}/registration-groups': {
    parameters: [slugParam],
    post: {
      operationId: 'createRegistrationGroup',
      summary: 'Kolleginnen und Kollegen gemeinsam anmelden',
      description: `${credentials} Alle oder keine: Reichen die Plätze nicht für die ganze Gruppe, kommen alle gemeinsam auf die Warteliste (falls die Veranstaltung eine hat), sonst 409 mit der Zahl der freien Plätze. Jede Person erhält eigenes Ticket, eigene E-Mail und eigenen Link; wer anmeldet, erhält eine Übersicht.`,
      security: [{}, { apiKey: [] }],
      parameters: [acceptLanguage],
      requestBody: { required: true, content: { 'application/json': { schema: ref('RegistrationGroupRequest') } } },
      responses: {
        '201': { ...json(ref('RegistrationGroupCreated'), 'Gruppe angemeldet'), headers: cors },
        '400': badRequest,
        '403': publicError('Anmeldung geschlossen oder nur mit persönlicher Einladung (REGISTRATION_CLOSED)'),
        '404': publicError('Unbekannte Veranstaltung (NOT_FOUND)'),
        '409': publicError(
          'Eine Person ist bereits angemeldet (ALREADY_REGISTERED, nennt die Adresse) oder nicht genug Plätze für die Gruppe und keine Warteliste (EVENT_FULL, nennt die freien Plätze)',
        ),
        ...abuse,
      },
    },
  },
};
