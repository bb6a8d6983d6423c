import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type APIRequestContext, type APIResponse } from '@playwright/test';
import { signInAs } from './fixtures/auth';
import { expectNoA11yViolations } from './fixtures/axe';
import { registerViaApi } from './fixtures/clients';
import { createE2eEvent, e2eQuery } from './fixtures/events';
import { seedUser } from './fixtures/users';

// Every dashboard and check-in page, found on disk at test time, and every route handler that is not public,
// requested as anonymous, staff (assigned to one event), organizer and admin. A handler declares its access in its
// defineRoute definition, which is read from the source here. Route groups such as (site) are no part of a URL.
const appDir = path.resolve(import.meta.dirname, '..', 'app');
// A real image, since the certificate PDF draws the signature.
const ONE_PIXEL_PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAAC0lEQVR4AWMAgv8AAQQBAP8H9UQAAAAASUVORK5CYII=';

function findFiles(dir: string, name: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? findFiles(full, name) : e.name === name ? [full] : [];
  });
}

const urlOf = (file: string) =>
  `/${path
    .relative(appDir, path.dirname(file))
    .split(path.sep)
    .filter((segment) => !/^\(.+\)$/.test(segment))
    .join('/')}`;

type Access = 'public' | 'staff' | 'checkin' | 'organizer' | 'admin';

interface Target {
  route: string;
  kind: 'page' | 'handler';
  method: 'GET' | 'POST';
  /** Pages: from the lists below; handlers: as declared. */
  access?: Access;
}

const DEFINED_HANDLER = /export const (GET|POST) = defineRoute\(\{[\s\S]*?\baccess: '(\w+)'/g;

function handlersOf(file: string): Target[] {
  const source = readFileSync(file, 'utf8');
  const route = urlOf(file);
  // A handler outside defineRoute declares no access, so this matrix could not check it.
  if (/export (async )?function (GET|POST)\b/.test(source))
    throw new Error(`${route} exports a handler without defineRoute, so its access is not declared`);
  return [...source.matchAll(DEFINED_HANDLER)].map((m) => ({
    route,
    kind: 'handler' as const,
    method: m[1] as 'GET' | 'POST',
    access: m[2] as Access,
  }));
}

const targets: Target[] = [
  ...[
    ...findFiles(path.join(appDir, '(site)', 'dashboard'), 'page.tsx'),
    ...findFiles(path.join(appDir, '(site)', 'checkin'), 'page.tsx'),
  ].map((file) => ({ route: urlOf(file), kind: 'page' as const, method: 'GET' as const })),
  ...findFiles(appDir, 'route.ts')
    .flatMap(handlersOf)
    .filter((t) => t.access !== 'public'),
];

const ADMIN_ONLY = ['/dashboard/users', '/dashboard/audit', '/dashboard/privacy', '/dashboard/settings'];
// /checkin lists only the events the user may run the door of (staff: their assigned ones).
const STAFF_ALLOWED = ['/dashboard/door', '/checkin', '/checkin/[slug]'];

function allows(target: Target, role: 'staff' | 'organizer' | 'admin'): boolean {
  if (role === 'admin') return true;
  if (target.kind === 'page')
    return role === 'organizer'
      ? !ADMIN_ONLY.some((p) => target.route.startsWith(p))
      : STAFF_ALLOWED.includes(target.route);
  if (target.access === 'staff' || target.access === 'checkin') return true;
  return role === 'organizer' && target.access === 'organizer';
}

/** Puts real ids into the route's parameters; a new dynamic route without a value here fails the test loudly. */
function fill(
  route: string,
  values: { slug: string; registrationId: string; messageId: string; sessionId: string },
): string {
  const url = route
    .replace('[slug]', values.slug)
    .replace('registrations/[id]', `registrations/${values.registrationId}`)
    .replace('messages/[id]', `messages/${values.messageId}`)
    .replace('sessions/[sessionId]', `sessions/${values.sessionId}`)
    .replace('export/[format]', 'export/csv');
  if (url.includes('['))
    throw new Error(`No test value for a parameter of ${route}: add one in e2e/role-matrix.spec.ts`);
  return url;
}

// Dashboard forms post form fields; the JSON API gets an empty object, which only an allowed caller sees refused
// as invalid (access is checked first).
function send(request: APIRequestContext, target: Target, url: string): Promise<APIResponse> {
  const options = { maxRedirects: 0, failOnStatusCode: false } as const;
  if (target.method === 'GET') return request.get(url, options);
  return url.startsWith('/api/')
    ? request.post(url, { ...options, data: {} })
    : request.post(url, { ...options, form: { email: 'niemand@example.test' } });
}

// The invitation list upload gets no file in the form, which only an allowed caller sees refused as invalid.
const REFUSES_THE_FORM = new Set(['/dashboard/events/[slug]/invitations/import/file']);
const allowedStatus = (target: Target) =>
  target.method === 'POST' && (target.route.startsWith('/api/') || REFUSES_THE_FORM.has(target.route)) ? 400 : 200;

test('every protected route answers each role as its access rules say', async ({ browser, playwright, baseURL }) => {
  test.setTimeout(180_000);
  expect(targets.map((t) => t.route)).toEqual(
    expect.arrayContaining([
      '/dashboard/door',
      '/dashboard/users',
      '/checkin/[slug]',
      '/dashboard/privacy/export.json',
      '/dashboard/events/[slug]/print/badges.pdf',
      '/api/v1/events/[slug]/checkin/scans',
    ]),
  );
  const event = await createE2eEvent();
  const anonymous = await playwright.request.newContext({ baseURL });
  const registration = await registerViaApi(anonymous, event.slug);
  const messageId = `e2em${randomBytes(8).toString('hex')}`;
  await e2eQuery(
    `INSERT INTO "OrganizerMessage" (id, "eventId", subject, body, audience, "createdBy", "recipientCount") VALUES ($1, $2, 'Matrix', 'Hallo', 'confirmed', 'e2e', 0)`,
    [messageId, event.id],
  );
  // Certificates on, with a signature, and the person checked in: the certificate download and the settings'
  // signature route (…/signature.img) have something to serve.
  await e2eQuery(
    `INSERT INTO "CertificateSettings" ("eventId", enabled, signature, "signatureMime", "updatedAt") VALUES ($1, true, $2, 'image/png', now())`,
    [event.id, Buffer.from(ONE_PIXEL_PNG, 'base64')],
  );
  await e2eQuery(`UPDATE "Registration" SET "checkedInAt" = now() WHERE id = $1`, [registration.id]);
  // One issued certificate, so the ZIP has something to hold whichever certificate route the matrix asks first.
  await e2eQuery(
    `INSERT INTO "Certificate" (id, "eventId", "registrationId", "holderName", minutes, signature, "eventTitle", "eventStartsAt", "eventEndsAt", venue)
     SELECT $1, e.id, $2, 'Matrix', 60, 'unsigned', e.title, e."startsAt", e."endsAt", '' FROM "Event" e WHERE e.id = $3`,
    [`E2EM-${randomBytes(4).toString('hex').toUpperCase()}`, registration.id, event.id],
  );
  // A bookable session, so the workshop list and its CSV have something to show.
  const sessionId = `e2es${randomBytes(8).toString('hex')}`;
  await e2eQuery(
    `INSERT INTO "EventSession" (id, "eventId", "startsAt", "endsAt", title, bookable) SELECT $1, id, "startsAt", "endsAt", 'Matrix', true FROM "Event" WHERE id = $2`,
    [sessionId, event.id],
  );
  const values = { slug: event.slug, registrationId: registration.id, messageId, sessionId };
  const users = {
    staff: await seedUser('staff', [event.id]),
    organizer: await seedUser('organizer'),
    admin: await seedUser('admin'),
  };

  for (const target of targets) {
    const response = await send(anonymous, target, fill(target.route, values));
    const where = `anonymous ${target.method} ${target.route}`;
    if (target.kind === 'handler') {
      expect(response.status(), where).toBe(401);
      expect((await response.json()).error.code, where).toBe('UNAUTHORIZED');
    } else {
      expect(response.status(), where).toBe(307);
      expect(response.headers().location, where).toMatch(/\/signin\?callbackUrl=/);
    }
  }

  for (const role of ['staff', 'organizer', 'admin'] as const) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signInAs(page, users[role].email);
    for (const target of targets) {
      const response = await send(page.request, target, fill(target.route, values));
      const where = `${role} ${target.method} ${target.route}`;
      if (allows(target, role)) expect(response.status(), where).toBe(allowedStatus(target));
      // Staff opening the organizer overview may instead be sent on to their door page.
      else if (role === 'staff' && target.route === '/dashboard' && response.status() === 307)
        expect(response.headers().location, where).toContain('/dashboard/door');
      else {
        expect(response.status(), where).toBe(403);
        if (target.kind === 'handler') expect((await response.json()).error.code, where).toBe('FORBIDDEN');
      }
    }
    await context.close();
  }
  await anonymous.dispose();
});

test('a refused page shows the German 403 page, and staff land on their door page', async ({ page }) => {
  const event = await createE2eEvent();
  const staff = await seedUser('staff', [event.id]);
  await signInAs(page, staff.email);
  await expect(page.getByRole('heading', { level: 1, name: 'Einlass' })).toBeVisible();
  await expect(page.getByRole('link', { name: new RegExp(`Einlass öffnen.*${event.title}`) })).toHaveAttribute(
    'href',
    `/checkin/${event.slug}`,
  );
  await expect(page.getByRole('navigation', { name: 'Veranstalterbereich' }).getByRole('link')).toHaveText(['Einlass']);
  await expectNoA11yViolations(page);
  const response = await page.goto('/dashboard/users');
  expect(response?.status()).toBe(403);
  await expect(page.getByRole('heading', { level: 1, name: 'Kein Zugriff' })).toBeVisible();
  await expectNoA11yViolations(page);
});

test('staff cannot open the check-in of an event they are not assigned to', async ({ page }) => {
  const assigned = await createE2eEvent();
  const other = await createE2eEvent();
  const staff = await seedUser('staff', [assigned.id]);
  await signInAs(page, staff.email);
  const response = await page.goto(`/checkin/${other.slug}`);
  expect(response?.status()).toBe(403);
});
