import { expect, test, type BrowserContext, type Page, type Response } from '@playwright/test';
import { createCheckinEvent, createDoorPerson, openDoor, signInAs } from './fixtures/checkin';
import { EXAMPLE_SLUG } from './fixtures/constants';
import { englishAdmin } from './fixtures/dashboard-en';
import { e2eQuery } from './fixtures/events';
import { setLanguage } from './fixtures/language';

// Every page type with the browser's own reports: a `securitypolicyviolation` listener in every document
// (installed before any page script runs) and Chromium's console messages about the policy.
type Violation = { page: string; directive: string; blocked: string; sample: string };

async function watchViolations(context: BrowserContext): Promise<Violation[]> {
  const violations: Violation[] = [];
  await context.exposeBinding('__reportViolation', (_source, v: Violation) => {
    violations.push(v);
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const report = (window as unknown as { __reportViolation: (v: unknown) => void }).__reportViolation;
      report({ page: location.pathname, directive: e.violatedDirective, blocked: e.blockedURI, sample: e.sample });
    });
  });
  context.on('console', (message) => {
    if (/Content.Security.Policy/i.test(message.text()))
      violations.push({
        page: message.page()?.url() ?? '?',
        directive: 'console',
        blocked: '',
        sample: message.text(),
      });
  });
  return violations;
}

function scriptSrc(response: Response | null): string {
  const policy = response?.headers()['content-security-policy'] ?? '';
  for (const directive of ["frame-ancestors 'none'", "base-uri 'none'", "form-action 'self'", "object-src 'none'"])
    expect(policy, response?.url()).toContain(directive);
  const script = policy.split(';').find((d) => d.trim().startsWith('script-src')) ?? '';
  expect(script, response?.url()).not.toMatch(/unsafe-inline|unsafe-eval/);
  return script;
}

async function visit(page: Page, path: string, kind: 'nonce' | 'hash' = 'nonce') {
  const response = await page.goto(path);
  expect(response?.status(), path).toBeLessThan(400);
  const script = scriptSrc(response);
  expect(script, path).toMatch(kind === 'nonce' ? /'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/ : /'sha256-/);
  await page.waitForLoadState('networkidle');
}

function isHydrated(page: Page): Promise<boolean> {
  return page.evaluate(() => Object.keys(document.body).some((key) => key.startsWith('__reactFiber')));
}

// The control that shows the watch works: an inline script injected into the page's HTML (as a markup injection
// would) is blocked, reported, and does not run.
async function expectInjectedScriptBlocked(page: Page, path: string, violations: Violation[]) {
  await page.route(path, async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace('</body>', '<script>window.__injected = true;</script></body>');
    await route.fulfill({ response, body: html });
  });
  await page.goto(path);
  await expect.poll(() => violations.some((v) => v.directive.startsWith('script-src'))).toBe(true);
  expect(await page.evaluate(() => '__injected' in window)).toBe(false);
  await page.unroute(path);
  await page.waitForTimeout(500);
  violations.length = 0;
}

test.describe.configure({ timeout: 150_000 });

test('public pages, the cached event page in both languages, registration and sign-in: no violations, and they work', async ({
  context,
  page,
}) => {
  const violations = await watchViolations(context);
  for (const path of ['/', '/impressum', '/datenschutz', '/barrierefreiheit', '/signin']) await visit(page, path);
  await expectInjectedScriptBlocked(page, '/impressum', violations);

  for (const lang of ['de', 'en'] as const) {
    await setLanguage(context, lang);
    await visit(page, `/events/${EXAMPLE_SLUG}`, 'hash');
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    // Hydrated: React has attached itself to the server-rendered document, which needs Next's scripts to run.
    await expect.poll(() => isHydrated(page)).toBe(true);
    await expectInjectedScriptBlocked(page, `/events/${EXAMPLE_SLUG}`, violations);
  }
  await setLanguage(context, 'de');

  await visit(page, `/events/${EXAMPLE_SLUG}/register`);
  // Hydrated: the browser-side validation marks the unanswered required question.
  await page.getByRole('button', { name: 'Verbindlich anmelden' }).click();
  await expect(page.getByRole('radio', { name: 'Ja' })).toHaveAttribute('aria-invalid', 'true');

  await visit(page, '/signin');
  await page.getByLabel('E-Mail').fill(`csp-${Date.now()}@example.test`);
  await page.getByRole('button', { name: 'Anmeldelink senden' }).click();
  await expect(page).toHaveURL(/\/signin\/check-email/);
  expect(violations).toEqual([]);
});

test('manage and ticket pages: no violations', async ({ context, page }) => {
  const violations = await watchViolations(context);
  const event = await createCheckinEvent();
  const person = await createDoorPerson(event.id);
  const [row] = await e2eQuery<{ token: string }>('SELECT "manageToken" AS token FROM "Registration" WHERE id = $1', [
    person.id,
  ]);
  await visit(page, `/manage/${row!.token}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await visit(page, `/tickets/${person.ticketCode}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(violations).toEqual([]);
});

test('dashboard pages and the editor: no violations', async ({ context, page }) => {
  test.setTimeout(240_000);
  const violations = await watchViolations(context);
  await englishAdmin(context);
  const event = await createCheckinEvent();
  const person = await createDoorPerson(event.id);
  const base = `/dashboard/events/${event.slug}`;
  for (const path of [
    '/dashboard',
    '/dashboard/events/new',
    base,
    `${base}/registrations/${person.id}`,
    `${base}/registrations/${person.id}/edit`,
    `${base}/registrations/new`,
    `${base}/edit`,
    `${base}/edit/questions`,
    `${base}/edit/cover`,
    `${base}/edit/mails`,
    `${base}/messages/new`,
    `${base}/export`,
    `${base}/stats`,
    '/dashboard/door',
    '/dashboard/users',
    '/dashboard/audit',
    '/dashboard/privacy',
    '/dashboard/settings',
  ])
    await visit(page, path);
  expect(violations).toEqual([]);
});

test('the door with its service worker, also offline from the worker’s copy: no violations', async ({
  context,
  page,
}) => {
  const violations = await watchViolations(context);
  const event = await createCheckinEvent();
  const person = await createDoorPerson(event.id);
  await signInAs(context, 'staff', event.id);
  await visit(page, '/checkin');
  await openDoor(page, event.slug);
  expect(scriptSrc(await page.reload())).toContain("'strict-dynamic'");
  await openDoor(page, event.slug);

  // Offline the worker replays the stored page with the policy and nonce it was stored with, which match each
  // other, so the page still runs (checkin-offline.spec.ts covers the rest of offline use).
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByTestId('sync-banner')).toContainText('Offline');
  await page.getByLabel('Name oder Organisation').fill(person.lastName);
  await page.getByRole('button', { name: `Einchecken: ${person.firstName} ${person.lastName}` }).click();
  await expect(page.getByTestId('checkin-result')).toContainText('Eingecheckt');
  await context.setOffline(false);
  expect(violations).toEqual([]);
});
