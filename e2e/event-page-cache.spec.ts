import { expect, test, type APIRequestContext, type APIResponse } from '@playwright/test';
import { signInAsOrganizer } from './fixtures/auth';
import { registerViaApi } from './fixtures/clients';
import { createE2eEvent, e2eQuery } from './fixtures/events';
import { seedUser } from './fixtures/users';
import { setLanguage } from './fixtures/language';

// The public event page comes from Next's full-route cache (proxy.ts → app/cached/[locale]/events/[slug]).
// Observable: the `x-nextjs-cache` header, and a title changed behind the app's back (straight in the database,
// so nothing revalidates) that the cached page keeps showing until the app itself revalidates.

const html = (body: string) => ({
  lang: body.match(/<html[^>]*\slang="([^"]+)"/)?.[1],
  h1: body.match(/<h1[^>]*>([^<]*)</)?.[1],
});

async function get(request: APIRequestContext, path: string, lang?: 'de' | 'en'): Promise<APIResponse> {
  return request.get(path, { headers: lang ? { Cookie: `lang=${lang}` } : {}, maxRedirects: 0 });
}

/** Requests until the page answers from the cache (the first request after a change renders it). */
async function cachedPage(request: APIRequestContext, path: string, lang?: 'de' | 'en'): Promise<string> {
  await get(request, path, lang);
  const response = await get(request, path, lang);
  expect(response.status()).toBe(200);
  expect(response.headers()['x-nextjs-cache']).toBe('HIT');
  return response.text();
}

test('the event page is served from the cache, in German by default and in English with the lang cookie', async ({
  request,
}) => {
  const event = await createE2eEvent({ title: `Cache-Test ${Date.now()}` });
  const path = `/events/${event.slug}`;

  const german = await cachedPage(request, path);
  expect(html(german)).toEqual({ lang: 'de', h1: event.title });
  expect(german).toContain('>Anmeldung</h2>');
  const english = await cachedPage(request, path, 'en');
  expect(html(english)).toEqual({ lang: 'en', h1: event.title });
  expect(english).toContain('>Registration</h2>');
  // The language switch links back to the public address, not to the internal cached route.
  expect(english).toContain(`/lang?to=de&amp;next=${encodeURIComponent(path)}`);
  expect(english).not.toContain('/cached/');

  // One URL, two languages: shared caches must key on the cookie.
  expect((await get(request, path)).headers().vary).toMatch(/\bCookie\b/i);

  // Not rendered per request: a change the app does not know about stays invisible in both languages.
  await e2eQuery(`UPDATE "Event" SET title = $1 WHERE id = $2`, [`${event.title} (geändert)`, event.id]);
  for (const lang of ['de', 'en'] as const) {
    const response = await get(request, path, lang);
    expect(response.headers()['x-nextjs-cache']).toBe('HIT');
    expect(html(await response.text()).h1).toBe(event.title);
  }
});

test('an organizer’s edit shows on the public page right after saving, and unpublishing answers 404', async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  const event = await createE2eEvent({ title: `Vor der Änderung ${Date.now()}` });
  const path = `/events/${event.slug}`;
  await cachedPage(request, path);
  await cachedPage(request, path, 'en');

  const organizer = await seedUser('organizer');
  await signInAsOrganizer(page, organizer.email, `/dashboard/events/${event.slug}/edit`);
  const form = page.getByRole('form', { name: 'Grunddaten' });
  const newTitle = `Nach der Änderung ${Date.now()}`;
  await form.getByRole('textbox', { name: 'Titel', exact: true }).fill(newTitle);
  await form.getByRole('button', { name: 'Speichern' }).click();
  await expect(form.getByText('Gespeichert.')).toBeVisible();

  // Both languages at once, without waiting for the 30-second timer.
  for (const lang of ['de', 'en'] as const)
    expect(html(await (await get(request, path, lang)).text()).h1).toBe(newTitle);
  await cachedPage(request, path);

  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: /^Veröffentlichung zurücknehmen/ }).click();
  await expect(page.getByRole('button', { name: /^Veröffentlichen/ })).toBeVisible();
  for (const lang of ['de', 'en'] as const) expect((await get(request, path, lang)).status()).toBe(404);
  // Like every notFound() page of this Next version, the 404 document is completed in the browser.
  const response = await page.goto(path);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Seite nicht gefunden' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
});

test('the registration that takes the last seat shows the event as full at once; the cancellation that frees it reopens it', async ({
  request,
  page,
}) => {
  const event = await createE2eEvent({ capacity: 2 });
  const path = `/events/${event.slug}`;
  await registerViaApi(request, event.slug);
  expect(await cachedPage(request, path)).toContain('Jetzt anmelden');

  await registerViaApi(request, event.slug);
  const full = await get(request, path);
  expect(await full.text()).toContain('Ausgebucht');
  expect(await cachedPage(request, path)).not.toContain('Jetzt anmelden');

  // The attendee cancels through the manage link (a server action): a seat is free again.
  const [row] = await e2eQuery<{ manageToken: string }>(
    `SELECT "manageToken" FROM "Registration" WHERE "eventId" = $1 ORDER BY "createdAt" LIMIT 1`,
    [event.id],
  );
  await page.goto(`/manage/${row!.manageToken}`);
  await page.getByRole('button', { name: 'Anmeldung stornieren' }).click();
  await page.getByRole('button', { name: 'Ja, verbindlich stornieren' }).click();
  await expect(page.getByText(/Diese Anmeldung wurde am .+ storniert/)).toBeVisible();
  expect(await (await get(request, path)).text()).toContain('Jetzt anmelden');
});

test('unknown event pages and unmatched addresses answer 404 in the visitor’s language', async ({ page, request }) => {
  // Addresses that match no route get the whole 404 document from the server (app/global-not-found.tsx).
  for (const [path, lang, heading] of [
    ['/events/Gross-Geschrieben', 'de', 'Seite nicht gefunden'],
    ['/events/gibt-es-nicht/und-mehr', 'en', 'Page not found'],
    ['/gibt/es/nicht', 'en', 'Page not found'],
  ] as const) {
    const response = await get(request, path, lang);
    expect(response.status(), path).toBe(404);
    expect(html(await response.text()), path).toEqual({ lang, h1: heading });
  }
  // An unknown event is a notFound() of the cached page, in the cookie's language.
  expect((await get(request, '/events/gibt-es-nicht', 'en')).status()).toBe(404);
  await setLanguage(page.context(), 'en');
  const response = await page.goto('/events/gibt-es-nicht');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('the cached page hydrates without mismatches and its language switch leads to the public address', async ({
  page,
}) => {
  const event = await createE2eEvent();
  const errors: string[] = [];
  // The browser's own /favicon.ico request (there is none) is reported as a console error; the page's requests are checked below.
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource'))
      errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('response', (response) => {
    if (response.status() >= 400) errors.push(`${response.status()} ${response.url()}`);
  });
  await page.goto(`/events/${event.slug}`);
  await page.goto(`/events/${event.slug}`);
  await page
    .getByRole('navigation', { name: 'Sprache wählen' })
    .getByRole('link', { name: /English/ })
    .click();
  await expect(page).toHaveURL(new RegExp(`/events/${event.slug}$`));
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 2, name: 'Registration' })).toBeVisible();
  // Client-side navigation from the cached page into the site's other root layout works too.
  await page.getByRole('link', { name: 'Register now' }).click();
  await expect(page).toHaveURL(new RegExp(`/events/${event.slug}/register$`));
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  expect(errors).toEqual([]);
});
