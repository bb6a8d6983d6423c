import { expect, test } from '@playwright/test';
import { createE2eEvent, e2eQuery } from './fixtures/events';
import { organizerSession } from './fixtures/invitations';

test('screens', async ({ page, context }) => {
  const event = await createE2eEvent({ capacity: 50 });
  await organizerSession(context);
  const rows = ['Frau;Dr.;Petra;Köhler;koehler.x@example.test;Sächsische Staatskanzlei;Staatssekretärin', 'Herr;;Max;Kaputt;kaputt;;', 'Herr;Prof.;Hans;Lange-Name-Mit-Vielen-Teilen;hans.lange-name-mit-vielen-teilen@sehr-lange-domain.example.test;Landesfachkommission Digitalisierung des Wirtschaftsrats;Vorsitzender'];
  const csv = Buffer.from(`Anrede;Titel;Vorname;Nachname;E-Mail;Organisation;Funktion\r\n${rows.join('\r\n')}\r\n`);
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(`/dashboard/events/${event.slug}/invitations/import`);
    await page.getByLabel('Datei').setInputFiles({ name: 'g.csv', mimeType: 'text/csv', buffer: csv });
    await page.getByRole('button', { name: 'Vorschau anzeigen' }).click();
    await expect(page.getByText('Noch ist nichts gespeichert')).toBeVisible();
    await page.screenshot({ path: `/tmp/inv-shots/import-${width}.png`, fullPage: true });
    if (width === 390) {
      await page.getByRole('button', { name: /Import bestätigen/ }).click();
      await expect(page.getByText(/Personen eingeladen/)).toBeVisible();
    }
    await page.goto(`/dashboard/events/${event.slug}/invitations`);
    await page.screenshot({ path: `/tmp/inv-shots/list-${width}.png`, fullPage: true });
    const sw = await page.evaluate(() => document.documentElement.scrollWidth);
    console.log('list scrollWidth', width, sw);
    await page.goto(`/dashboard/events/${event.slug}/invitations/new`);
    await page.screenshot({ path: `/tmp/inv-shots/new-${width}.png`, fullPage: true });
    const [inv] = await e2eQuery<{ token: string }>('SELECT token FROM "Invitation" WHERE "eventId" = $1 LIMIT 1', [event.id]);
    await page.goto(`/invitations/${inv?.token}`);
    await page.screenshot({ path: `/tmp/inv-shots/invitee-${width}.png`, fullPage: true });
    console.log('invitee scrollWidth', width, await page.evaluate(() => document.documentElement.scrollWidth));
  }
});
