import { expect, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import { readFile } from 'node:fs/promises';
import { signInAs } from './fixtures/auth';
import { expectNoA11yViolations } from './fixtures/axe';
import { registerViaApi } from './fixtures/clients';
import { addLunchQuestion, createE2eEvent } from './fixtures/events';
import { waitForMail } from './fixtures/mailbox';
import { seedUser } from './fixtures/users';

test('an organizer filters by answer, adds a speaker beyond the capacity, edits, and exports XLSX', async ({
  page,
  request,
}) => {
  test.setTimeout(180_000); // a long journey with four axe runs
  const event = await createE2eEvent({ capacity: 1 });
  const lunch = await addLunchQuestion(event.id);
  const a = await registerViaApi(request, event.slug, { answers: { [lunch]: 'ja' } });
  // An organizer of its own: sign-in links are single-use, and other specs sign in at the same time.
  const organizer = await seedUser('organizer');
  await signInAs(page, organizer.email, `/dashboard/events/${event.slug}`);
  await expectNoA11yViolations(page);

  // Add a speaker: the event is full, so the box must be ticked.
  await page.getByRole('link', { name: 'Person hinzufügen' }).click();
  await page.getByLabel('Vorname').fill('Renate');
  await page.getByLabel('Nachname').fill('Rednerin-Weiß');
  const email = `renate.${Date.now()}@example.test`;
  await page.getByLabel('E-Mail').fill(email);
  await page
    .getByRole('radiogroup', { name: /Mittag/ })
    .getByLabel('Nein')
    .check();
  await expectNoA11yViolations(page);
  await page.getByRole('button', { name: /Hinzufügen/ }).click();
  await expect(page.getByText(/Die Veranstaltung ist ausgebucht/)).toBeVisible();
  // Chosen after the first answer, so hydration (which resets a select to its default) has surely happened.
  await page.getByLabel('Art').selectOption('speaker');
  await page.getByLabel(/Über die Kapazität hinaus/).check();
  await page.getByRole('button', { name: /Hinzufügen/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Rednerin-Weiß');
  await expect(page.getByText('über die Kapazität hinaus')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Protokoll', exact: true })).toContainText(
    'registration.create-manual',
  );
  await waitForMail(email, (m) => m.subject.includes(event.title));

  // Edit the organisation; the audit trail shows it.
  await page.getByRole('link', { name: 'Bearbeiten' }).click();
  await page.getByLabel('Organisation').fill('Staatskanzlei');
  await page.getByRole('button', { name: 'Änderungen speichern' }).click();
  await expect(page.getByText('Die Änderungen sind gespeichert.')).toBeVisible();

  // Search folds ß, and the answer filter narrows the list.
  await page.goto(`/dashboard/events/${event.slug}`);
  await page.getByLabel('Suche').fill('weiss');
  await page.getByRole('button', { name: 'Suchen und filtern' }).click();
  await expect(page.getByRole('row', { name: /Rednerin-Weiß/ })).toContainText('Referent/in');
  await page.getByLabel('Suche').fill('');
  await page.getByLabel(/Mittag/).selectOption('ja');
  await page.getByRole('button', { name: 'Suchen und filtern' }).click();
  await expect(page.getByRole('row', { name: new RegExp(a.lastName) })).toHaveCount(1);
  await expect(page.getByRole('row', { name: /Rednerin/ })).toHaveCount(0);

  // The export page keeps the filter; the XLSX holds the one matching row.
  // Everything but the primary action sits in the toolbar's menu.
  await page.locator('summary', { hasText: 'Weitere Aktionen' }).click();
  await page.getByRole('link', { name: 'Exportieren …' }).click();
  await expectNoA11yViolations(page);
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'XLSX' }).click();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await readFile((await (await downloading).path())!)) as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet(1)!;
  expect(sheet.rowCount).toBe(2);
  expect(sheet.getRow(2).values).toContain(a.lastName);
});

test('the attendee toolbar: one primary action, the rest in a menu that works by keyboard', async ({ page }) => {
  const event = await createE2eEvent();
  const organizer = await seedUser('organizer');
  await signInAs(page, organizer.email, `/dashboard/events/${event.slug}`);
  const toolbar = page.getByRole('navigation', { name: 'Aktionen zur Teilnehmendenliste' });
  await expect(toolbar.getByRole('link')).toHaveCount(1);
  await expect(toolbar.getByRole('link', { name: 'Person hinzufügen' })).toBeVisible();
  await expect(toolbar.getByRole('link', { name: 'CSV exportieren' })).toBeHidden();

  const summary = toolbar.locator('summary', { hasText: 'Weitere Aktionen' });
  await summary.focus();
  await page.keyboard.press('Enter');
  await expect(toolbar.getByRole('link', { name: 'CSV exportieren' })).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(toolbar.getByRole('link', { name: 'Exportieren …' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(toolbar.getByRole('link', { name: 'CSV exportieren' })).toBeHidden();
  await expect(summary).toBeFocused();
  await expectNoA11yViolations(page);

  // A click elsewhere closes it too.
  await summary.click();
  await expect(toolbar.getByRole('link', { name: 'Statistik' })).toBeVisible();
  await page.getByRole('heading', { level: 2, name: 'Teilnehmende' }).click();
  await expect(toolbar.getByRole('link', { name: 'Statistik' })).toBeHidden();
});
