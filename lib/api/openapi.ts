import { checkinPaths, checkinSchemas } from './openapi-checkin';
import { dateTime, json, ref, schemas } from './openapi-schemas';

// Hand-written, but the enums come from the registration schema's constants so they cannot drift.

const cors = {
  'Access-Control-Allow-Origin': {
    description: 'Immer `*`: die API darf von jeder Website aus aufgerufen werden.',
    schema: { type: 'string' },
  },
};
const errorResponse = (description: string) => ({ ...json(ref('Error'), description), headers: cors });
const retryAfter = {
  'Retry-After': {
    description: 'Sekunden bis zum nächsten erlaubten Versuch',
    schema: { type: 'integer', minimum: 1 },
  },
};
const slugParam = {
  name: 'slug',
  in: 'path',
  required: true,
  description: 'Kurzname der Veranstaltung',
  schema: { type: 'string' },
};
const preflight = {
  summary: 'CORS-Preflight',
  responses: { '204': { description: 'Preflight beantwortet (POST mit Content-Type erlaubt).', headers: cors } },
};

/** The OpenAPI 3.1 description of the public API under /api/v1. */
export function buildOpenApiDocument(serverUrl: string) {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Tagungsbüro API',
      version: '1.0.0',
      description:
        'Öffentliche Schnittstelle: Veranstaltungen abrufen und sich anmelden. Die Bestätigung mit dem Ticket kommt per E-Mail.',
    },
    servers: [{ url: new URL('/api/v1', serverUrl).toString() }],
    paths: {
      '/events': {
        get: {
          summary: 'Veröffentlichte Veranstaltungen',
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
      '/events/{slug}/form-token': {
        parameters: [slugParam],
        get: {
          summary: 'Formular-Token für Anmeldungen ohne API-Schlüssel',
          description:
            'Wie beim Formular der Website: Das Token gilt erst ab `usableAfter` (Mindest-Ausfüllzeit) und nur für eine Anmeldung.',
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
          },
        },
        options: preflight,
      },
      '/events/{slug}/registrations': {
        parameters: [slugParam],
        post: {
          summary: 'Anmeldung',
          description:
            'Entweder mit API-Schlüssel (`Authorization: Bearer tb_…`, eigenes Limit) oder ohne, dann mit `formToken` aus `GET /events/{slug}/form-token`.',
          security: [{}, { apiKey: [] }],
          requestBody: { required: true, content: { 'application/json': { schema: ref('RegistrationRequest') } } },
          responses: {
            '201': { ...json(ref('RegistrationCreated'), 'Angemeldet (oder auf der Warteliste)'), headers: cors },
            '400': {
              ...json(
                { oneOf: [ref('ValidationError'), ref('Error')] },
                'Ungültiges JSON, ungültige Angaben oder gefülltes Honeypot-Feld `website` (nichts gespeichert)',
              ),
              headers: cors,
            },
            '401': errorResponse('Ungültiger oder widerrufener API-Schlüssel'),
            '403': errorResponse('Anmeldung geschlossen (REGISTRATION_CLOSED)'),
            '404': errorResponse('Unbekannte Veranstaltung (NOT_FOUND)'),
            '409': errorResponse('Bereits angemeldet (ALREADY_REGISTERED) oder ausgebucht (EVENT_FULL)'),
            '413': errorResponse('Inhalt größer als 32 KB'),
            '415': errorResponse('Content-Type ist nicht application/json'),
            '429': {
              ...json(
                ref('Error'),
                'Zu viele Anmeldungen von dieser IP-Adresse (Formular und API zusammen, z. B. 10 je 10 Minuten)',
              ),
              headers: { ...cors, ...retryAfter },
            },
          },
        },
        options: preflight,
      },
      ...checkinPaths,
      '/openapi.json': {
        get: {
          summary: 'Dieses Dokument',
          responses: { '200': { ...json({ type: 'object' }, 'OpenAPI-3.1-Dokument'), headers: cors } },
        },
      },
    },
    components: {
      schemas: { ...schemas, ...checkinSchemas },
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
