import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { expectNoA11yViolations } from './fixtures/axe';
import { EXAMPLE_SLUG, ORGANIZER_EMAIL, readLikeAPerson } from './fixtures/constants';
import { uniqueAttendee } from './fixtures/factories';
import { signInAsOrganizer } from './fixtures/auth';
import { waitForMail } from './fixtures/mailbox';

test('one attendee from the event page to check-in', async ({ page }) => {
  const person = uniqueAttendee();

  // Event page → registration form.
  await page.goto('/');
  await page
    .getByRole('link', { name: /Beispielveranstaltung/ })
    .first()
    .click();
  await expect(page).toHaveURL(new RegExp(`/events/${EXAMPLE_SLUG}$`));
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Beispielveranstaltung');
  await page.getByRole('link', { name: 'Jetzt anmelden' }).first().click();
  await expect(page).toHaveURL(new RegExp(`/events/${EXAMPLE_SLUG}/register$`));
  const openedAt = Date.now();
  await expectNoA11yViolations(page);

  // Submitting empty shows field errors next to the fields, and they pass axe too.
  await page.getByRole('button', { name: 'Verbindlich anmelden' }).click();
  await expect(page.getByText('Bitte füllen Sie dieses Feld aus.').first()).toBeVisible();
  await expect(page.getByLabel('Vorname')).toHaveAttribute('aria-invalid', 'true');
  await expectNoA11yViolations(page);

  await page.getByLabel('Vorname').fill(person.firstName);
  await page.getByLabel('Nachname').fill(person.lastName);
  await page.getByRole('textbox', { name: 'E-Mail', exact: true }).fill(person.email.toUpperCase());
  await page.getByLabel('Organisation').fill(person.organization);
  await page.getByLabel('Bereich').selectOption('Verwaltung');
  await page.getByLabel('Bundesland').selectOption('Sachsen');
  // The example event's required question; the photo notice is information, shown before the button.
  await page.getByRole('radio', { name: 'Ja' }).check();
  await page.getByRole('checkbox', { name: /Ich willige ein/ }).check();
  await expect(page.getByRole('heading', { name: 'Hinweis zu Foto- und Videoaufnahmen' })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: /Newsletter/ })).not.toBeChecked();
  await readLikeAPerson(openedAt);
  await page.getByRole('button', { name: 'Verbindlich anmelden' }).click();

  // The manage page welcomes the new attendee and names the (normalised) address the mail went to.
  await expect(page).toHaveURL(/\/manage\/[A-Za-z0-9_-]{43}/);
  const thanks = page.getByRole('status').filter({ hasText: 'Vielen Dank für Ihre Anmeldung!' });
  await expect(thanks).toContainText(person.email);
  await expectNoA11yViolations(page);

  // The confirmation mail arrives over SMTP with both parts and the personal ticket.
  const confirmation = await waitForMail(person.email);
  expect(confirmation.html).toBeTruthy();
  expect(confirmation.text).toContain(person.lastName);
  const ticketCode = confirmation.text.match(/\/tickets\/([0-9A-F]{32})/)?.[1];
  expect(ticketCode).toBeTruthy();
  // The ticket page linked from the mail shows the code and passes axe.
  await page.goto(`/tickets/${ticketCode}`);
  await expect(page.getByText(ticketCode!.slice(0, 4)).first()).toBeVisible();
  await expectNoA11yViolations(page);
  expect(confirmation.attachments.some((a) => a.contentType === 'image/png' && a.cid)).toBe(true);

  // Organizer signs in with the magic link from the mail.
  await signInAsOrganizer(page, ORGANIZER_EMAIL);

  // Find the attendee by name in the event's table.
  await page.goto(`/dashboard/events/${EXAMPLE_SLUG}`);
  await page.getByLabel('Suche').fill(person.lastName);
  await page.getByRole('button', { name: 'Suchen' }).click();
  const row = page.getByRole('row', { name: new RegExp(person.lastName) });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(person.email);

  // The CSV download holds the filtered row, in German-Excel format.
  const downloading = page.waitForEvent('download');
  // Everything but the primary action sits in the toolbar's menu.
  await page.locator('summary', { hasText: 'Weitere Aktionen' }).click();
  await page.getByRole('link', { name: 'CSV exportieren' }).click();
  const csv = await readFile((await (await downloading).path())!, 'utf8');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const lines = csv.slice(1).split('\r\n').filter(Boolean);
  expect(lines[0]).toContain('Vorname;Nachname;E-Mail');
  expect(lines).toHaveLength(2);
  expect(lines[1]).toContain(`${person.firstName};${person.lastName};${person.email}`);

  // Check-in with the code from the mail moves the counter; a second scan is idempotent.
  await page.goto(`/checkin/${EXAMPLE_SLUG}`);
  const counter = page.getByText(/\d+ von \d+ eingecheckt/);
  const before = Number((await counter.textContent())!.match(/(\d+) von/)![1]);
  await page.getByLabel('Ticket-Code').fill(ticketCode!);
  await page.getByLabel('Ticket-Code').press('Enter');
  await expect(page.getByText('Eingecheckt', { exact: true })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: person.lastName })).toBeVisible();
  await expect(counter).toContainText(`${before + 1} von`);

  await page.getByLabel('Ticket-Code').fill(ticketCode!);
  await page.getByLabel('Ticket-Code').press('Enter');
  await expect(page.getByText(/Bereits eingecheckt um \d{1,2}:\d{2} Uhr/)).toBeVisible();
  await expect(counter).toContainText(`${before + 1} von`);
});
