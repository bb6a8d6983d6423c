import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
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
    expect(codes).toEqual(['201', '400', '401', '403', '404', '409', '413', '415', '429']);
    expect(doc.paths['/events/{slug}/registrations'].post.responses['429'].headers).toHaveProperty('Retry-After');
    expect(Object.keys(doc.paths['/events/{slug}'].get.responses).sort()).toEqual(['200', '404']);
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
