import { checkinPaths } from './openapi-checkin';
import { checkinSchemas } from './openapi-checkin-schemas';
import {
  acceptLanguage,
  dateTime,
  errorResponse,
  json,
  MALFORMED_QUERY,
  parameters,
  ref,
  retryAfter,
  schemas,
} from './openapi-schemas';

// Hand-written, but the enums come from the registration schema's constants so they cannot drift.

const cors = {
  'Access-Control-Allow-Origin': {
    description: 'Immer `*`: die API darf von jeder Website aus aufgerufen werden.',
    schema: { type: 'string' },
  },
};
const publicError = (description: string) => errorResponse(description, cors);
const internal = { '500': publicError('Unerwarteter Fehler (INTERNAL_ERROR); er wird protokolliert') };
const badQuery = { '400': publicError(`${MALFORMED_QUERY} (INVALID_INPUT)`) };
// Public operations need no credentials: an empty list, which linters tell apart from a forgotten one.
const open: never[] = [];
const slugParam = {
  name: 'slug',
  in: 'path',
  required: true,
  description: 'Kurzname der Veranstaltung',
  schema: { type: 'string' },
};

/** The OpenAPI 3.1 description of the public API under /api/v1. */
export function buildOpenApiDocument(serverUrl: string) {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Tagungsbüro API',
      version: '1.0.0',
      description:
        'Öffentliche Schnittstelle: Veranstaltungen abrufen und sich anmelden. Die Bestätigung mit dem Ticket kommt per E-Mail. Die öffentlichen Pfade beantworten CORS-Preflights (`OPTIONS`) mit 204 und erlauben jede Herkunft. Die Einlass-Pfade (`/events/{slug}/checkin/…`) verlangen eine angemeldete Sitzung.',
    },
    servers: [{ url: new URL('/api/v1', serverUrl).toString() }],
    paths: {
      '/events': {
        get: {
          operationId: 'listEvents',
          summary: 'Veröffentlichte Veranstaltungen',
          security: open,
          parameters: [acceptLanguage],
          responses: {
            '200': {
              ...json(
                {
                  type: 'object',
                  required: ['events'],
                  properties: { events: { type: 'array', items: ref('EventSummary') } },
                },
                'Liste',
              ),
              headers: cors,
            },
            ...badQuery,
            ...internal,
          },
        },
      },
      '/events/{slug}': {
        parameters: [slugParam],
        get: {
          operationId: 'getEvent',
          summary: 'Eine Veranstaltung mit Programm',
          security: open,
          parameters: [acceptLanguage],
          responses: {
            '200': { ...json(ref('EventDetail'), 'Die Veranstaltung'), headers: cors },
            ...badQuery,
            '404': publicError('Unbekannte oder unveröffentlichte Veranstaltung (NOT_FOUND)'),
            ...internal,
          },
        },
      },
      '/events/{slug}/form-token': {
        parameters: [slugParam],
        get: {
          operationId: 'getFormToken',
          summary: 'Formular-Token für Anmeldungen ohne API-Schlüssel',
          security: open,
          description:
            'Wie beim Formular der Website: Das Token gilt erst ab `usableAfter` (Mindest-Ausfüllzeit) und nur für eine Anmeldung.',
          parameters: [acceptLanguage],
          responses: {
            '200': {
              ...json(
                {
                  type: 'object',
                  required: ['formToken', 'usableAfter'],
                  properties: { formToken: { type: 'string' }, usableAfter: dateTime },
                },
                'Token',
              ),
              headers: cors,
            },
            ...badQuery,
            '404': publicError('Unbekannte oder unveröffentlichte Veranstaltung (NOT_FOUND)'),
            ...internal,
          },
        },
      },
      '/events/{slug}/registrations': {
        parameters: [slugParam],
        post: {
          operationId: 'createRegistration',
          summary: 'Anmeldung',
          description:
            'Entweder mit API-Schlüssel (`Authorization: Bearer tb_…`, eigenes Limit) oder ohne, dann mit `formToken` aus `GET /events/{slug}/form-token`.',
          security: [{}, { apiKey: [] }],
          parameters: [acceptLanguage],
          requestBody: { required: true, content: { 'application/json': { schema: ref('RegistrationRequest') } } },
          responses: {
            '201': { ...json(ref('RegistrationCreated'), 'Angemeldet (oder auf der Warteliste)'), headers: cors },
            '400': publicError(
              `Ungültiges JSON, ungültige Angaben (INVALID_INPUT, \`errors\` je Feld), fehlendes, zu frisches oder verbrauchtes Formular-Token oder gefülltes Honeypot-Feld \`website\` (BOT_SUSPECTED); ${MALFORMED_QUERY}; nichts gespeichert`,
            ),
            '401': publicError('Ungültiger oder widerrufener API-Schlüssel (UNAUTHORIZED)'),
            '403': publicError('Anmeldung geschlossen (REGISTRATION_CLOSED)'),
            '404': publicError('Unbekannte Veranstaltung (NOT_FOUND)'),
            '409': publicError('Bereits angemeldet (ALREADY_REGISTERED) oder ausgebucht (EVENT_FULL)'),
            '413': publicError('Inhalt größer als 32 KB (PAYLOAD_TOO_LARGE)'),
            '415': publicError('Content-Type ist nicht application/json (UNSUPPORTED_MEDIA_TYPE)'),
            '429': errorResponse(
              'Zu viele Anmeldungen (RATE_LIMITED): je IP-Adresse (Formular und API zusammen, z. B. 10 je 10 Minuten) oder je API-Schlüssel',
              { ...cors, ...retryAfter },
            ),
            ...internal,
          },
        },
      },
      ...checkinPaths,
      '/openapi.json': {
        get: {
          operationId: 'getOpenApiDocument',
          summary: 'Dieses Dokument',
          security: open,
          parameters: [acceptLanguage],
          responses: {
            '200': { ...json({ type: 'object' }, 'OpenAPI-3.1-Dokument'), headers: cors },
            ...badQuery,
            ...internal,
          },
        },
      },
    },
    components: {
      schemas: { ...schemas, ...checkinSchemas },
      parameters,
      securitySchemes: {
        apiKey: { type: 'http', scheme: 'bearer', description: 'API-Schlüssel `tb_…` (npm run api-key:create)' },
        session: {
          type: 'apiKey',
          in: 'cookie',
          name: 'next-auth.session-token',
          description:
            'Angemeldete Sitzung (Anmeldelink per E-Mail); Einlass-Zugang: zugeteiltes Personal, Organisation, Admin',
        },
      },
    },
  };
}
