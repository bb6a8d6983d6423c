import { readdirSync } from 'node:fs';
import path from 'node:path';
import SwaggerParser from '@apidevtools/swagger-parser';
import type { OpenAPIV3_1 } from 'openapi-types';
import { describe, expect, it } from 'vitest';
import { HTTP_STATUS } from '@/lib/errors';
import { SALUTATIONS, SECTORS, STATES } from '@/lib/registrations/schema';
import { buildOpenApiDocument } from './openapi';

const API_ROOT = path.resolve(__dirname, '../../app/api/v1');

// Every route.ts under app/api/v1 as an OpenAPI path: "events/[slug]/route.ts" → "/events/{slug}".
function routePaths(dir = API_ROOT, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isFile() && entry.name === 'route.ts') return [prefix || '/'];
    if (!entry.isDirectory()) return [];
    const segment = entry.name.replace(/^\[(.+)\]$/, '{$1}');
    return routePaths(path.join(dir, entry.name), `${prefix}/${segment}`);
  });
}

const doc = buildOpenApiDocument('https://tagungsbuero.example');
const request = doc.components.schemas.RegistrationRequest;

type Operation = {
  operationId?: string;
  security?: unknown[];
  parameters?: unknown[];
  responses: Record<string, { content?: Record<string, { schema: unknown }> }>;
};
// Every operation with its method and path; OPTIONS (CORS preflight) answers 204 and nothing else.
const operations = Object.entries(doc.paths).flatMap(([path, item]) =>
  Object.entries(item as Record<string, unknown>)
    .filter(([method]) => ['get', 'post'].includes(method))
    .map(([method, op]) => ({ where: `${method.toUpperCase()} ${path}`, path, op: op as Operation })),
);

describe('OpenAPI document', () => {
  it('is OpenAPI 3.1 titled "Tagungsbüro API" with the server from APP_URL', () => {
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.info.title).toBe('Tagungsbüro API');
    expect(doc.servers).toEqual([{ url: 'https://tagungsbuero.example/api/v1' }]);
  });

  it('describes exactly the routes that exist under app/api/v1', () => {
    const routes = routePaths();
    expect(routes).toContain('/events/{slug}/registrations');
    expect(Object.keys(doc.paths).sort()).toEqual(routes.sort());
  });

  it('takes the enums from SECTORS, STATES and SALUTATIONS', () => {
    expect(request.properties.sector.enum).toEqual([...SECTORS]);
    expect(request.properties.state.enum).toEqual([...STATES]);
    expect(request.properties.salutation.enum).toEqual([...SALUTATIONS]);
  });

  it('requires name, e-mail and privacy consent', () => {
    expect(request.required).toEqual(['firstName', 'lastName', 'email', 'consents']);
    expect(request.properties.consents.properties.privacy).toMatchObject({ const: true });
  });

  it('documents every status code of the registration endpoint', () => {
    const codes = Object.keys(doc.paths['/events/{slug}/registrations'].post.responses).sort();
    expect(codes).toEqual(['201', '400', '401', '403', '404', '409', '413', '415', '429', '500']);
    expect(doc.paths['/events/{slug}/registrations'].post.responses['429'].headers).toHaveProperty('Retry-After');
    expect(Object.keys(doc.paths['/events/{slug}'].get.responses).sort()).toEqual(['200', '400', '404', '500']);
    expect(Object.keys(doc.paths['/events/{slug}/form-token'].get.responses).sort()).toEqual([
      '200',
      '400',
      '404',
      '500',
    ]);
  });

  it('answers every error of every operation with the one Error envelope, 500 included', () => {
    for (const { where, op } of operations) {
      expect(op.responses, where).toHaveProperty('500');
      for (const [status, response] of Object.entries(op.responses)) {
        if (Number(status) < 400) continue;
        expect(response.content?.['application/json']?.schema, `${where} ${status}`).toEqual({
          $ref: '#/components/schemas/Error',
        });
      }
    }
    const envelope = doc.components.schemas.Error;
    expect(envelope.required).toEqual(['error']);
    expect(envelope.properties.error.required).toEqual(['code', 'message']);
    expect(envelope.properties.error.properties.code.enum).toEqual(Object.keys(HTTP_STATUS));
    expect(envelope.properties.errors.additionalProperties).toEqual({ type: 'string' });
  });

  it('names every operation uniquely, declares its security and documents a 4XX answer', () => {
    const ids = operations.map(({ op }) => op.operationId);
    expect(
      ids.every((id) => typeof id === 'string' && /^[A-Za-z]+$/.test(id)),
      ids.join(),
    ).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    for (const { where, path, op } of operations) {
      // The check-in API needs a session, the registration takes an optional key, the rest is public.
      if (path.includes('/checkin/')) expect(op.security, where).toEqual([{ session: [] }]);
      else if (path === '/events/{slug}/registrations' || path === '/events/{slug}/registration-groups')
        expect(op.security, where).toEqual([{}, { apiKey: [] }]);
      else expect(op.security, where).toEqual([]);
      expect(
        Object.keys(op.responses).some((status) => /^4\d\d$/.test(status)),
        where,
      ).toBe(true);
    }
  });

  it('lets the check-in API answer 401 and 403 with codes the Error enum allows', () => {
    const codes = doc.components.schemas.Error.properties.error.properties.code.enum;
    expect(codes).toEqual(expect.arrayContaining(['UNAUTHORIZED', 'FORBIDDEN', 'BOT_SUSPECTED', 'INTERNAL_ERROR']));
    for (const { where, path, op } of operations.filter((o) => o.path.includes('/checkin/')))
      expect(Object.keys(op.responses), `${where} ${path}`).toEqual(expect.arrayContaining(['401', '403']));
  });

  it('lets every operation ask for its messages in a language (Accept-Language)', () => {
    expect(doc.components.parameters.AcceptLanguage).toMatchObject({ name: 'Accept-Language', in: 'header' });
    for (const { where, op } of operations)
      expect(op.parameters, where).toContainEqual({ $ref: '#/components/parameters/AcceptLanguage' });
  });

  it('is a valid OpenAPI 3.1 document', async () => {
    // The validator resolves references in place, so it gets a copy.
    await expect(SwaggerParser.validate(structuredClone(doc) as OpenAPIV3_1.Document)).resolves.toBeTruthy();
  });

  it('has no dangling schema references', () => {
    const refs = JSON.stringify(doc).match(/#\/components\/schemas\/\w+/g) ?? [];
    for (const r of refs) expect(doc.components.schemas).toHaveProperty(r.split('/').pop()!);
  });

  it('documents answers, the newsletter wish, the honeypot and the questions of an event', () => {
    expect(request.properties.answers.type).toBe('object');
    expect(request.properties.newsletter).toMatchObject({ type: 'boolean', default: false });
    expect(request.properties.website).toMatchObject({ maxLength: 0 });
    expect(request.required).not.toContain('website');
    const detail = doc.components.schemas.EventDetail.allOf[1] as { required: string[] };
    expect(detail.required).toContain('questions');
    expect(doc.components.schemas.RegistrationState.required).toContain('opensAt');
  });
});
