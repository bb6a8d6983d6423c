import { expect, type Page, test } from '@playwright/test';
import { expectNoA11yViolations } from './fixtures/axe';
import { readLikeAPerson } from './fixtures/constants';
import { createE2eEvent, e2eQuery } from './fixtures/events';
import { invitationPathOf, inviteeEmail, organizerSession } from './fixtures/invitations';
import { readMails, waitForMail } from './fixtures/mailbox';

const MAIL_MS = 120_000;

async function invite(page: Page, person: { salutation: string; first: string; last: string; email: string }) {
  await page.getByLabel('Anrede').selectOption(person.salutation);
  await page.getByLabel('Vorname').fill(person.first);
  await page.getByLabel('Nachname').fill(person.last);
  await page.getByRole('textbox', { name: 'E-Mail' }).fill(person.email);
  await page.getByRole('button', { name: 'Einladen' }).click();
  await expect(page.getByText(`${person.first} ${person.last} ist eingeladen.`)).toBeVisible();
}

async function statusOf(eventId: string, email: string) {
  const [row] = await e2eQuery<{ status: string; openedAt: Date | null }>(
    'SELECT status, "openedAt" FROM "Invitation" WHERE "eventId" = $1 AND email = $2',
    [eventId, email],
  );
  return row;
}

test('invitations: mail, personal link, registration, decline, and a reminder only to those without an answer', async ({
  page,
  context,
  browser,
}) => {
  test.setTimeout(400_000);
  const event = await createE2eEvent({ capacity: 50 });
  await organizerSession(context);
  const anna = { salutation: 'Frau', first: 'Anna', last: 'Amsel', email: inviteeEmail('anna') };
  const bernd = { salutation: 'Herr', first: 'Bernd', last: 'Bussard', email: inviteeEmail('bernd') };
  const clara = { salutation: 'Frau', first: 'Clara', last: 'Crane', email: inviteeEmail('clara') };

  // Linked from the event's dashboard page, like the other event pages.
  await page.goto(`/dashboard/events/${event.slug}`);
  await page.locator('summary', { hasText: 'Weitere Aktionen' }).click();
  await page.getByRole('link', { name: 'Einladungen', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Einladungen' })).toBeVisible();
  await expect(page.getByText('Noch niemand eingeladen.')).toBeVisible();
  await expectNoA11yViolations(page);

  await page.getByRole('link', { name: 'Person einladen' }).click();
  await expectNoA11yViolations(page);
  for (const person of [anna, bernd, clara]) await invite(page, person);
  await page.getByRole('link', { name: '← Zu den Einladungen' }).click();

  await page.getByRole('button', { name: 'Einladungen senden (3)' }).click();
  await page.getByRole('button', { name: 'Ja, senden' }).click();
  await expect(page.getByText('3 Einladungsmails werden versandt.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Einladungen senden (0)' })).toBeDisabled();

  // Anna: the mail, the link, the form with her address locked, the registration.
  const mail = await waitForMail(anna.email, (m) => m.subject.startsWith('Persönliche Einladung'), MAIL_MS);
  expect(mail.text).toContain('Sehr geehrte Frau Amsel,');
  const annaPath = invitationPathOf(mail.text);
  // Fetching the link without showing it (a HEAD request, a mail scanner that runs no script) does not open it.
  expect((await page.request.head(annaPath)).status()).toBe(200);
  expect((await page.request.get(annaPath)).status()).toBe(200);
  expect((await statusOf(event.id, anna.email))?.status).toBe('invited');
  const guest = await (await browser.newContext()).newPage();
  const response = await guest.goto(annaPath);
  expect(response?.headers()['referrer-policy']).toBe('no-referrer');
  await expect(guest.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
  const openedAt = Date.now();
  const email = guest.getByRole('textbox', { name: 'E-Mail' });
  await expect(email).toHaveValue(anna.email);
  await expect(email).toHaveAttribute('readonly', '');
  await expect(guest.getByText('An diese Adresse ging Ihre Einladung')).toBeVisible();
  await expect(guest.getByLabel('Nachname')).toHaveValue('Amsel');
  await expect.poll(async () => (await statusOf(event.id, anna.email))?.status).toBe('opened');
  await expectNoA11yViolations(guest);
  await guest.getByRole('checkbox', { name: /Ich willige ein/ }).check();
  await readLikeAPerson(openedAt);
  await guest.getByRole('button', { name: 'Verbindlich anmelden' }).click();
  await expect(guest).toHaveURL(/\/manage\/[A-Za-z0-9_-]{43}/);
  await guest.goto(annaPath);
  await expect(guest.getByRole('heading', { name: 'Sie sind angemeldet' })).toBeVisible();
  await expect(guest.getByRole('button', { name: 'Verbindlich anmelden' })).toHaveCount(0);
  await expectNoA11yViolations(guest);

  // Bernd declines with a note.
  const berndMail = await waitForMail(bernd.email, (m) => m.subject.startsWith('Persönliche Einladung'), MAIL_MS);
  await guest.goto(invitationPathOf(berndMail.text));
  await guest.getByLabel('Nachricht an die Veranstalter (optional)').fill('Terminkollision mit dem Landtag.');
  await guest.getByRole('button', { name: 'Absagen' }).click();
  await expect(guest.getByText('Vielen Dank für Ihre Rückmeldung.')).toBeVisible();
  await expectNoA11yViolations(guest);

  // Unknown token: a real 404.
  const missing = await guest.goto(`/invitations/${'x'.repeat(43)}`);
  expect(missing?.status()).toBe(404);
  await expect(guest.getByText('Diese Einladung ist nicht gültig.')).toBeVisible();
  await expectNoA11yViolations(guest);

  // The organizer's list: statuses with times, filter and counts.
  await page.reload();
  const table = page.getByRole('table');
  await expect(table.getByRole('row', { name: /Anna Amsel/ })).toContainText('Angemeldet');
  await expect(table.getByRole('row', { name: /Bernd Bussard/ })).toContainText('Abgesagt');
  await expect(table.getByRole('row', { name: /Bernd Bussard/ })).toContainText('Terminkollision mit dem Landtag.');
  await expect(table.getByRole('row', { name: /Clara Crane/ })).toContainText('Eingeladen');
  await page.getByRole('link', { name: 'Abgesagt: 1' }).click();
  await expect(page.getByRole('table').getByRole('row')).toHaveCount(2);
  await expectNoA11yViolations(page);

  // The reminder reaches Clara only.
  await page.getByRole('button', { name: 'Erinnerung senden (1)' }).click();
  await expect(page.getByText('Erinnerung an 1 Personen ohne Antwort senden?')).toBeVisible();
  await page.getByRole('button', { name: 'Ja, senden' }).click();
  await expect(page.getByText('1 Erinnerungen werden versandt.')).toBeVisible();
  await waitForMail(clara.email, (m) => m.subject.startsWith('Erinnerung an Ihre Einladung'), MAIL_MS);
  const reminders = (await readMails()).filter((m) => m.subject.startsWith('Erinnerung an Ihre Einladung'));
  const remindedHere = reminders.flatMap((m) => m.to).filter((to) => [anna, bernd, clara].some((p) => p.email === to));
  expect(remindedHere).toEqual([clara.email]);
});
