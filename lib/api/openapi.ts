import { checkinPaths } from './openapi-checkin';
import { attendanceSchemas } from './openapi-attendance';
import { checkinSchemas } from './openapi-checkin-schemas';
import { registrationPaths, registrationSchemas } from './openapi-registrations';
import {
  acceptLanguage,
  cors,
  dateTime,
  json,
  MALFORMED_QUERY,
  parameters,
  publicError,
  ref,
  schemas,
  slugParam,
} from './openapi-schemas';

// Hand-written, but the enums come from the registration schema's constants so they cannot drift.

const internal = { '500': publicError('Unerwarteter Fehler (INTERNAL_ERROR); er wird protokolliert') };
const badQuery = { '400': publicError(`${MALFORMED_QUERY} (INVALID_INPUT)`) };
// Public operations need no credentials: an empty list, which linters tell apart from a forgotten one.
const open: never[] = [];

/** The OpenAPI 3.1 description of the public API under /api/v1. */
export function buildOpenApiDocument(serverUrl: string) {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Tagungsbüro API',
      version: '1.0.0',
      description:
        'Öffentliche Schnittstelle: Veranstaltungen abrufen und sich anmelden, allein, mit persönlicher Einladung oder als Gruppe. Die Bestätigung mit dem Ticket kommt per E-Mail. Die öffentlichen Pfade beantworten CORS-Preflights (`OPTIONS`) mit 204 und erlauben jede Herkunft. Die Einlass-Pfade (`/events/{slug}/checkin/…`) verlangen eine angemeldete Sitzung.',
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
      ...registrationPaths,
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
      schemas: { ...schemas, ...registrationSchemas, ...attendanceSchemas, ...checkinSchemas },
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
