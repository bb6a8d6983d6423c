import { randomBytes } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { signInAs } from './fixtures/auth';
import { expectNoA11yViolations } from './fixtures/axe';
import { EXAMPLE_SLUG } from './fixtures/constants';
import { seedUser } from './fixtures/users';

test('an admin edits the Impressum, the event page footer leads to it, and the consent links the privacy policy', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const admin = await seedUser('admin');
  const marker = `E2E-Verein ${randomBytes(4).toString('hex')}`;
  await signInAs(page, admin.email, '/dashboard/settings');
  await expect(page.getByRole('heading', { level: 1, name: 'Einstellungen' })).toBeVisible();
  await expectNoA11yViolations(page);

  // A colour too light for white text is refused next to its field, by the same schema as the server's.
  const identity = page.getByRole('region', { name: 'Erscheinungsbild' });
  await identity.getByLabel('Hauptfarbe').fill('#ffcc00');
  await identity.getByRole('button', { name: 'Speichern' }).click();
  await expect(identity.getByText(/kein Kontrastverhältnis von 4,5:1/)).toBeVisible();
  await expect(identity.getByLabel('Hauptfarbe')).toBeFocused();

  // A valid colour reaches the cached event page at once (it was rendered before the change).
  const html = page.locator('html');
  await page.request.get(`/events/${EXAMPLE_SLUG}`);
  await identity.getByLabel('Hauptfarbe').fill('#1d5e3a');
  await identity.getByRole('button', { name: 'Speichern' }).click();
  await expect(identity.getByText('Gespeichert.')).toBeVisible();
  await page.goto(`/events/${EXAMPLE_SLUG}`);
  await expect(html).toHaveAttribute('style', /--color-primary:\s*#1d5e3a/);
  // The browser's theme colour (address bar on phones) follows too.
  await expect(page.locator('meta[name="theme-color"]')).toHaveAttribute('content', '#1d5e3a');
  await page.goto('/dashboard/settings');
  // Back to the default, so other specs see the stock colours.
  await identity.getByLabel('Hauptfarbe').fill('');
  await identity.getByRole('button', { name: 'Speichern' }).click();
  await expect(identity.getByText('Gespeichert.')).toBeVisible();

  const imprint = page.getByRole('region', { name: 'Impressum', exact: true });
  await imprint
    .getByLabel('Text (Deutsch)')
    .fill(`## Angaben gemäß § 5 DDG\n\n${marker}, Musterstraße 1, 01234 Musterstadt`);
  await imprint.getByLabel('Text (Englisch)').fill('');
  await imprint.getByRole('button', { name: 'Speichern' }).click();
  await expect(imprint.getByText('Gespeichert.')).toBeVisible();

  await page.goto(`/events/${EXAMPLE_SLUG}`);
  await page.getByRole('contentinfo').getByRole('link', { name: 'Impressum' }).click();
  await expect(page).toHaveURL(/\/impressum$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Impressum' })).toBeVisible();
  await expect(page.getByText(marker)).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Angaben gemäß § 5 DDG' })).toBeVisible();

  await page.goto(`/events/${EXAMPLE_SLUG}/register`);
  const consent = page.getByRole('group', { name: 'Datenschutz' });
  await expect(consent.getByRole('checkbox')).toBeVisible();
  await expect(consent.getByRole('link', { name: /Datenschutzerklärung/ })).toHaveAttribute('href', '/datenschutz');
  await expect(page.getByRole('contentinfo').getByRole('link', { name: 'Datenschutz' })).toHaveAttribute(
    'href',
    '/datenschutz',
  );

  // Without an English text, the English page shows the German one, marked as German, under a note.
  await page.goto(`/lang?to=en&next=${encodeURIComponent('/impressum')}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Legal notice' })).toBeVisible();
  await expect(page.getByText('This text is only available in German.')).toBeVisible();
  await expect(page.locator('main [lang="de"]').getByText(marker)).toBeVisible();
});

test('an organizer who is not an admin is refused the settings page', async ({ page }) => {
  const organizer = await seedUser('organizer');
  await signInAs(page, organizer.email, '/dashboard');
  await expect(page.getByRole('navigation', { name: 'Veranstalterbereich' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Einstellungen' })).toHaveCount(0);
  const response = await page.goto('/dashboard/settings');
  expect(response?.status()).toBe(403);
  await expect(page.getByRole('heading', { level: 1, name: 'Kein Zugriff' })).toBeVisible();
});

test('the event page carries Open Graph and Twitter metadata with a generated PNG, and schema.org/Event JSON-LD', async ({
  request,
}) => {
  const html = await (await request.get(`/events/${EXAMPLE_SLUG}`)).text();
  const meta = (key: string) => html.match(new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`))?.[1];
  expect(meta('og:title')).toBe('Beispielveranstaltung: Mitteldeutsche Digitalisierungskonferenz');
  expect(meta('og:url')).toMatch(new RegExp(`/events/${EXAMPLE_SLUG}$`));
  expect(meta('twitter:card')).toBe('summary_large_image');
  const image = meta('og:image');
  expect(image).toMatch(new RegExp(`/media/share/de/${EXAMPLE_SLUG}$`));
  expect(meta('twitter:image')).toBe(image);
  const png = await request.get(new URL(image!).pathname);
  expect(png.status()).toBe(200);
  expect(png.headers()['content-type']).toBe('image/png');
  expect((await png.body()).subarray(1, 4).toString()).toBe('PNG');

  const jsonLd = html.match(/<script type="application\/ld\+json">(.*?)<\/script>/)?.[1];
  expect(JSON.parse(jsonLd!)).toMatchObject({
    '@type': 'Event',
    name: 'Beispielveranstaltung: Mitteldeutsche Digitalisierungskonferenz',
    location: { '@type': 'Place', name: 'HTWK Leipzig' },
  });
});
