import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import { readPdf } from '../test/pdf';
import { signInAs } from './fixtures/auth';
import { registerViaApi } from './fixtures/clients';
import { e2eQuery } from './fixtures/events';
import { seedUser } from './fixtures/users';
import { publishThroughChecklist } from './fixtures/publish';

// An organizer's day (issue #5): sign in → duplicate last year's event → edit the programme → publish →
// find an attendee as "Mueller" who registered as "Müller" → export XLSX and CSV → print badges.
test('an organizer’s day, from last year’s event to the badges', async ({ page, request }) => {
  test.setTimeout(240_000); // the whole working day in one journey, on a shared two-core machine
  const tag = randomBytes(3).toString('hex');
  const slug = `tagung-${tag}`;
  const organizer = await seedUser('organizer');
  await signInAs(page, organizer.email, '/dashboard');

  // Duplicate the seeded 16th conference into this year's edition.
  const row = page.getByRole('row').filter({ hasText: '16. Mitteldeutsche Digitalisierungskonferenz' });
  await row.getByRole('link', { name: /^Duplizieren/ }).click();
  await page.getByLabel('Titel der neuen Ausgabe').fill(`Digitalisierungskonferenz ${tag}`);
  await page.getByLabel('Kurzadresse').fill(slug);
  await page.getByLabel('Beginn der neuen Ausgabe').fill('2027-05-06T09:00');
  await page.getByRole('button', { name: 'Neue Ausgabe anlegen' }).click();
  await expect(page).toHaveURL(new RegExp(`/dashboard/events/${slug}/edit$`));

  // Edit the programme: one more session.
  await page.getByRole('navigation', { name: 'Bereiche des Editors' }).getByRole('link', { name: 'Programm' }).click();
  const form = page.getByRole('form', { name: 'Neuer Programmpunkt' });
  await form.getByRole('textbox', { name: 'Titel', exact: true }).fill(`Podium ${tag}`);
  await form.getByLabel('Beginn').fill('2027-05-06T11:00');
  await form.getByLabel('Ende').fill('2027-05-06T12:00');
  await form.getByRole('button', { name: 'Programmpunkt hinzufügen' }).click();
  await expect(page.getByText('Programmpunkt hinzugefügt.')).toBeVisible();

  // Publish; the public page shows the new session.
  await publishThroughChecklist(page);
  await page.goto(`/events/${slug}`);
  await expect(page.getByRole('heading', { name: `Podium ${tag}` })).toBeVisible();

  // Someone registers as "Müller"; the organizer finds them by typing "Mueller".
  const [event] = await e2eQuery<{ id: string }>('SELECT id FROM "Event" WHERE slug = $1', [slug]);
  // The copied registration window lies in the future; open it now so that the attendee can register today.
  await e2eQuery('UPDATE "Event" SET "registrationOpensAt" = NULL, "registrationClosesAt" = NULL WHERE id = $1', [
    event!.id,
  ]);
  const firstName = `Jörg${tag}`;
  await registerViaApi(request, slug, { firstName, lastName: 'Müller', organization: 'Stadtverwaltung Görlitz' });
  await page.goto(`/dashboard/events/${slug}`);
  await page.getByLabel('Suche').fill('Mueller');
  await page.getByRole('button', { name: 'Suchen und filtern' }).click();
  await expect(page.getByRole('row', { name: new RegExp(firstName) })).toContainText('Müller');

  // Export XLSX and CSV with that search: exactly this person, umlauts intact.
  // Everything but the primary action sits in the toolbar's menu.
  await page.locator('summary', { hasText: 'Weitere Aktionen' }).click();
  await page.getByRole('link', { name: 'Exportieren …' }).click();
  const xlsxDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'XLSX' }).click();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await readFile((await (await xlsxDownload).path())!)) as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet(1)!;
  expect(sheet.rowCount).toBe(2);
  expect(sheet.getRow(2).values).toEqual(expect.arrayContaining(['Müller', firstName]));
  const csvDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'CSV (Excel)' }).click();
  const csv = await readFile((await (await csvDownload).path())!, 'utf8');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const lines = csv.slice(1).trimEnd().split('\r\n');
  expect(lines).toHaveLength(2);
  expect(lines[1]).toContain('Müller');
  expect(lines[1]).toContain(firstName);

  // Print the badges: one badge, with the name and its QR code.
  const badges = await page.request.get(`/dashboard/events/${slug}/print/badges.pdf?q=Mueller`);
  expect(badges.status()).toBe(200);
  expect(badges.headers()['content-type']).toBe('application/pdf');
  const pages = await readPdf(await badges.body());
  expect(pages.map((p) => p.images)).toEqual([1]);
  expect(pages[0]!.text).toContain(firstName);
  expect(pages[0]!.text).toContain('Müller');
});
