import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type APIRequestContext, type APIResponse } from '@playwright/test';
import { signInAs } from './fixtures/auth';
import { expectNoA11yViolations } from './fixtures/axe';
import { registerViaApi } from './fixtures/clients';
import { createE2eEvent, e2eQuery } from './fixtures/events';
import { seedUser } from './fixtures/users';

// Every dashboard and check-in page and every dashboard route handler, found on disk at test time,
// requested as anonymous, staff (assigned to one event), organizer and admin. They live in the (site) route group,
// which is no part of their URL.
const appDir = path.resolve(import.meta.dirname, '..', 'app', '(site)');

function findFiles(dir: string, name: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? findFiles(full, name) : e.name === name ? [full] : [];
  });
}

interface Target {
  route: string;
  kind: 'page' | 'handler';
  method: 'GET' | 'POST';
}

const targets: Target[] = [
  ...[
    ...findFiles(path.join(appDir, 'dashboard'), 'page.tsx'),
    ...findFiles(path.join(appDir, 'checkin'), 'page.tsx'),
  ].map((file) => ({
    route: `/${path.relative(appDir, path.dirname(file)).split(path.sep).join('/')}`,
    kind: 'page' as const,
    method: 'GET' as const,
  })),
  ...findFiles(path.join(appDir, 'dashboard'), 'route.ts').flatMap((file) => {
    const route = `/${path.relative(appDir, path.dirname(file)).split(path.sep).join('/')}`;
    const methods = [...readFileSync(file, 'utf8').matchAll(/export async function (GET|POST)\b/g)].map(
      (m) => m[1] as 'GET' | 'POST',
    );
    return methods.map((method) => ({ route, kind: 'handler' as const, method }));
  }),
];

const ADMIN_ONLY = ['/dashboard/users', '/dashboard/audit', '/dashboard/privacy'];
// /checkin lists only the events the user may run the door of (staff: their assigned ones).
const STAFF_ALLOWED = ['/dashboard/door', '/checkin', '/checkin/[slug]'];

/** Puts real ids into the route's parameters; a new dynamic route without a value here fails the test loudly. */
function fill(route: string, values: { slug: string; registrationId: string; messageId: string }): string {
  const url = route
    .replace('[slug]', values.slug)
    .replace('registrations/[id]', `registrations/${values.registrationId}`)
    .replace('messages/[id]', `messages/${values.messageId}`)
    .replace('export/[format]', 'export/csv');
  if (url.includes('['))
    throw new Error(`No test value for a parameter of ${route}: add one in e2e/role-matrix.spec.ts`);
  return url;
}

function send(request: APIRequestContext, target: Target, url: string): Promise<APIResponse> {
  const options = { maxRedirects: 0, failOnStatusCode: false } as const;
  return target.method === 'POST'
    ? request.post(url, { ...options, form: { email: 'niemand@example.test' } })
    : request.get(url, options);
}

test('every protected route answers each role as its access rules say', async ({ browser, playwright, baseURL }) => {
  test.setTimeout(180_000);
  expect(targets.map((t) => t.route)).toEqual(
    expect.arrayContaining([
      '/dashboard/door',
      '/dashboard/users',
      '/checkin/[slug]',
      '/dashboard/privacy/export.json',
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
  const values = { slug: event.slug, registrationId: registration.id, messageId };
  const users = {
    staff: await seedUser('staff', [event.id]),
    organizer: await seedUser('organizer'),
    admin: await seedUser('admin'),
  };

  for (const target of targets) {
    const response = await send(anonymous, target, fill(target.route, values));
    const where = `anonymous ${target.method} ${target.route}`;
    if (target.kind === 'handler') expect(response.status(), where).toBe(401);
    else {
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
      const allowed =
        role === 'admin' ||
        (role === 'organizer'
          ? !ADMIN_ONLY.some((p) => target.route.startsWith(p))
          : STAFF_ALLOWED.includes(target.route));
      if (allowed) expect(response.status(), where).toBe(200);
      // Staff opening the organizer overview may instead be sent on to their door page.
      else if (role === 'staff' && target.route === '/dashboard' && response.status() === 307)
        expect(response.headers().location, where).toContain('/dashboard/door');
      else expect(response.status(), where).toBe(403);
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
