import { describe, expect, it } from 'vitest';
import { OTHER_ROUTE, patternOfManifestKey, routeTable, STATIC_ROUTE } from './routes';

// Keys as `.next/server/app-paths-manifest.json` lists them.
const table = routeTable([
  '/(site)/page',
  '/(site)/events/[slug]/register/page',
  '/(site)/dashboard/events/new/page',
  '/(site)/dashboard/events/[slug]/page',
  '/(site)/dashboard/events/[slug]/export/[format]/route',
  '/(site)/manage/[token]/page',
  '/(site)/manage/[token]/ticket.png/route',
  '/(site)/tickets/[code]/page',
  '/(site)/verify/[id]/page',
  '/(site)/verify/public-key.pem/route',
  '/cached/[locale]/events/[slug]/page',
  '/api/auth/[...nextauth]/route',
  '/api/v1/events/[slug]/registrations/route',
  '/_not-found/page',
  '/_global-error/page',
]);

describe('route labels', () => {
  it('name the route pattern, not the URL, with route groups left out', () => {
    expect(table.match('/events/tagung-2027/register?ref=mail').route).toBe('/events/[slug]/register');
    expect(table.match('/api/v1/events/x/registrations').route).toBe('/api/v1/events/[slug]/registrations');
    expect(table.match('/').route).toBe('/');
    expect(table.match('/dashboard/events/tagung/export/xlsx').route).toBe('/dashboard/events/[slug]/export/[format]');
  });

  it('prefer literal segments over parameters', () => {
    expect(table.match('/dashboard/events/new').route).toBe('/dashboard/events/new');
    expect(table.match('/verify/public-key.pem').route).toBe('/verify/public-key.pem');
    expect(table.match('/verify/abc').route).toBe('/verify/[id]');
  });

  it('give the cached event page its public pattern; its internal URL is no route of its own', () => {
    expect(table.match('/events/tagung-2027').route).toBe('/events/[slug]');
    expect(table.match('/cached/de/events/tagung-2027').route).toBe(OTHER_ROUTE);
  });

  it('match catch-all segments', () => {
    expect(table.match('/api/auth/callback/email').route).toBe('/api/auth/[...nextauth]');
    expect(table.match('/api/auth').route).toBe(OTHER_ROUTE);
  });

  it('stay a bounded set for unknown URLs: static assets and everything else', () => {
    expect(table.match('/_next/static/chunks/app.js').route).toBe(STATIC_ROUTE);
    expect(table.match('/favicon.ico').route).toBe(STATIC_ROUTE);
    const labels = new Set(
      ['/x1', '/a/b/c', '/wp-login.php', '/%ff', '/events/a/b/c'].map((u) => table.match(u).route),
    );
    expect([...labels]).toEqual([OTHER_ROUTE]);
  });

  it("skip Next's internal entries", () => {
    expect(patternOfManifestKey('/_not-found/page')).toBeNull();
    expect(patternOfManifestKey('/(site)/layout')).toBeNull();
  });
});

describe('logged paths', () => {
  it('mask tokens, ticket codes and ids but keep public slugs and formats', () => {
    expect(table.match('/manage/Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5').path).toBe('/manage/…');
    expect(table.match('/manage/Zm9vYmFy/ticket.png').path).toBe('/manage/…/ticket.png');
    expect(table.match('/tickets/0123456789abcdef0123456789abcdef').path).toBe('/tickets/…');
    expect(table.match('/verify/c1a2b3').path).toBe('/verify/…');
    expect(table.match('/dashboard/events/tagung/export/csv').path).toBe('/dashboard/events/tagung/export/csv');
  });

  it('never include the query string', () => {
    expect(table.match('/events/tagung/register?email=anna@example.org').path).toBe('/events/tagung/register');
  });

  it('keep only a plain first segment of unknown paths', () => {
    expect(table.match('/wp-login.php').path).toBe('/wp-login.php');
    expect(table.match('/anna@example.org').path).toBe('/…');
    expect(table.match('/foo/secret-token').path).toBe('/foo/…');
  });
});
