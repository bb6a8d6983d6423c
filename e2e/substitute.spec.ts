import { randomBytes } from 'node:crypto';
import { expect, type Page, test } from '@playwright/test';
import { ticketQrContent } from '../lib/tickets/keys';
import { expectNoA11yViolations } from './fixtures/axe';
import { openDoor, signInAs, wedgeScan } from './fixtures/checkin';
import { registerViaApi } from './fixtures/clients';
import { createE2eEvent, e2eQuery } from './fixtures/events';
import { type ReceivedMail, waitForMail } from './fixtures/mailbox';

// A registration, a hand-over, two mails, and a door device that syncs and goes offline: more than a minute.
test.describe.configure({ timeout: 150_000 });

const result = (page: Page) => page.getByTestId('checkin-result');

function managePathOf(mail: ReceivedMail): string {
  const match = `${mail.text}\n${mail.html || ''}`.match(/\/manage\/[A-Za-z0-9_-]{43}/);
  expect(match, 'manage link in the mail').not.toBeNull();
  return match![0];
}

async function dismiss(page: Page) {
  await result(page).getByRole('button', { name: 'Weiter' }).click();
  await expect(result(page)).toHaveCount(0);
}

test('hand a place to a substitute: both mailed, the synced door refuses the old ticket (offline too) and admits the new one', async ({
  page,
  browser,
  request,
}) => {
  const event = await createE2eEvent({ capacity: 10 });
  const id = randomBytes(3).toString('hex');
  const holderLastName = `Großmann-${id}`;
  const holder = await registerViaApi(request, event.slug, {
    salutation: 'Frau',
    title: 'Dr.',
    lastName: holderLastName,
  });
  const [old] = await e2eQuery<{ ticketCode: string }>(`SELECT "ticketCode" FROM "Registration" WHERE id = $1`, [
    holder.id,
  ]);
  const managePath = managePathOf(await waitForMail(holder.email, (m) => m.subject.includes(event.title)));

  // A door device that has synced while the old ticket was still valid.
  const doorContext = await browser.newContext();
  await signInAs(doorContext, 'staff', event.id);
  const door = await doorContext.newPage();
  await openDoor(door, event.slug);
  await expect(door.getByText('0 von 1 eingecheckt')).toBeVisible();

  // The hand-over on the manage page: details, then a confirmation that says what happens.
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(managePath);
  const section = page.getByRole('region', { name: 'Platz an eine Vertretung übergeben' });
  await expect(section).toBeVisible();
  await section.getByRole('button', { name: 'Weiter zur Bestätigung' }).click();
  await expect(section.getByLabel('Vorname der Vertretung')).toHaveAttribute('aria-invalid', 'true');
  // Your own address is refused with a clear message, after the confirmation step.
  const substitute = { firstName: 'Konstantin', lastName: `Weiß-${id}`, email: `k.weiss.${id}@example.test` };
  await section.getByLabel('Anrede der Vertretung').selectOption('Herr');
  await section.getByLabel('Vorname der Vertretung').fill(substitute.firstName);
  await section.getByLabel('Nachname der Vertretung').fill(substitute.lastName);
  await section.getByLabel('E-Mail-Adresse der Vertretung').fill(holder.email);
  await section.getByLabel('Organisation der Vertretung').fill('Sächsische Staatskanzlei');
  await section.getByLabel(/Die Person weiß Bescheid/).check();
  await section.getByRole('button', { name: 'Weiter zur Bestätigung' }).click();
  await section.getByRole('button', { name: 'Ja, Platz verbindlich übergeben' }).click();
  await expect(section.getByLabel('E-Mail-Adresse der Vertretung')).toHaveAttribute('aria-invalid', 'true');
  await expect(section).toContainText('nicht Ihre eigene');

  await section.getByLabel('E-Mail-Adresse der Vertretung').fill(substitute.email);
  await section.getByRole('button', { name: 'Weiter zur Bestätigung' }).click();
  const confirm = section.getByRole('group', { name: 'Bitte bestätigen Sie die Übergabe' });
  await expect(confirm).toBeFocused();
  await expect(confirm).toContainText(`Ihr Platz geht an ${substitute.firstName} ${substitute.lastName}`);
  await expect(confirm).toContainText('Ihr Ticket wird sofort ungültig und am Einlass abgewiesen.');
  await expect(confirm).toContainText('Die Vertretung erhält ein eigenes, neues Ticket per E-Mail.');
  await expectNoA11yViolations(page);
  await page.screenshot({ path: test.info().outputPath('substitute-confirm-1280.png'), fullPage: true });
  await confirm.getByRole('button', { name: 'Ja, Platz verbindlich übergeben' }).click();

  // The result page is the old link, which from now on says to whom the place went instead of offering the form.
  await expect(page).toHaveURL(/uebergeben=1/);
  const done = page.getByRole('status').filter({ hasText: 'Ihr Platz wurde übergeben' });
  await expect(done).toContainText(`Ihr Platz gehört jetzt ${substitute.firstName} ${substitute.lastName}`);
  await expect(done).toContainText(substitute.email);
  await expectNoA11yViolations(page);
  await page.setViewportSize({ width: 390, height: 900 });
  await page.screenshot({ path: test.info().outputPath('substitute-result-390.png'), fullPage: true });
  await page.goto(managePath);
  await expect(page.getByText(/Sie haben diesen Platz am .+ an Konstantin Weiß-/)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Platz an eine Vertretung übergeben' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Anmeldung stornieren' })).toHaveCount(0);

  // Both mails at the SMTP sink, formal and naming who took over.
  const handedOver = await waitForMail(holder.email, (m) => m.subject.startsWith('Platz übergeben'));
  expect(handedOver.text).toContain(`Sehr geehrte Frau Dr. ${holderLastName},`);
  expect(handedOver.text).toContain(`an ${substitute.firstName} ${substitute.lastName} übergeben`);
  expect(handedOver.text).toContain('Ihr Ticket ist damit ungültig');
  const ticketMail = await waitForMail(substitute.email, (m) => m.subject.includes(event.title));
  expect(ticketMail.text).toContain(`Sehr geehrter Herr ${substitute.lastName},`);
  expect(ticketMail.attachments.some((a) => a.cid)).toBe(true);
  const [fresh] = await e2eQuery<{ id: string; ticketCode: string; status: string }>(
    `SELECT id, "ticketCode", status::text FROM "Registration" WHERE "substituteForId" = $1`,
    [holder.id],
  );
  expect(fresh?.status).toBe('confirmed');
  expect(fresh?.ticketCode).not.toBe(old?.ticketCode);
  await page.goto(managePathOf(ticketMail));
  await expect(
    page.getByText(`Sie nehmen diesen Platz als Vertretung für Dr. ${holder.firstName} ${holderLastName} ein.`),
  ).toBeVisible();
  await expect(page.getByText('bestätigt', { exact: true })).toBeVisible();

  // The door learns it at its next sync (every 3 s): the name search shows the hand-over and the substitute.
  await door.getByLabel('Name oder Organisation').fill(holderLastName);
  await expect(door.getByText('An Vertretung übergeben')).toBeVisible({ timeout: 20_000 });
  await door.getByLabel('Name oder Organisation').fill('');

  // Offline afterwards: the old ticket is refused with the hand-over wording, the new one admitted.
  await doorContext.setOffline(true);
  await expect(door.getByTestId('sync-banner')).toContainText('Offline');
  await wedgeScan(door, ticketQrContent({ ticketCode: old!.ticketCode, eventId: event.id }));
  await expect(result(door)).toHaveAttribute('data-tone', 'danger');
  await expect(result(door)).toContainText('Ticket übertragen – an Vertretung übergeben');
  await expect(result(door)).toContainText(holderLastName);
  await door.screenshot({ path: test.info().outputPath('door-substituted.png') });
  await dismiss(door);
  await wedgeScan(door, ticketQrContent({ ticketCode: fresh!.ticketCode, eventId: event.id }));
  await expect(result(door)).toHaveAttribute('data-tone', 'success');
  await expect(result(door)).toContainText(substitute.lastName);
  await dismiss(door);

  // Back online, the server agrees: the substitute is checked in, the old registration never was.
  await doorContext.setOffline(false);
  await expect(door.getByTestId('sync-banner')).toContainText('Alle Scans übertragen', { timeout: 20_000 });
  const rows = await e2eQuery<{ id: string; checkedInAt: Date | null }>(
    `SELECT id, "checkedInAt" FROM "Registration" WHERE id = ANY($1)`,
    [[holder.id, fresh!.id]],
  );
  expect(rows.find((r) => r.id === fresh!.id)?.checkedInAt).not.toBeNull();
  expect(rows.find((r) => r.id === holder.id)?.checkedInAt).toBeNull();
  await doorContext.close();
});

test('the hand-over section reads well at 390 px and 1280 px', async ({ page, request }) => {
  const event = await createE2eEvent({ capacity: 10 });
  const holder = await registerViaApi(request, event.slug);
  const managePath = managePathOf(await waitForMail(holder.email, (m) => m.subject.includes(event.title)));
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(`${managePath}#vertretung`);
    const section = page.getByRole('region', { name: 'Platz an eine Vertretung übergeben' });
    await expect(section).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, 'no sideways scrolling').toBeLessThanOrEqual(0);
    await section.screenshot({ path: test.info().outputPath(`substitute-section-${width}.png`) });
  }
  await expectNoA11yViolations(page);
});

test('an organizer enters a substitute from the registration page', async ({ page, context, request }) => {
  const event = await createE2eEvent({ capacity: 10 });
  const holder = await registerViaApi(request, event.slug, { salutation: 'Herr', title: 'Prof. Dr.' });
  const organizer = await signInAs(context, 'organizer');
  await page.goto(`/dashboard/events/${event.slug}/registrations/${holder.id}`);
  await page.getByText('Vertretung eintragen').click();
  const id = randomBytes(3).toString('hex');
  await page.getByLabel('Vorname der Vertretung').fill('Ilse');
  await page.getByLabel('Nachname der Vertretung').fill(`Öztürk-${id}`);
  await page.getByLabel('E-Mail-Adresse der Vertretung').fill(`ilse.${id}@example.test`);
  await page.getByLabel(/Die Person weiß Bescheid/).check();
  await page.getByRole('button', { name: 'Weiter zur Bestätigung' }).click();
  await expectNoA11yViolations(page);
  await page.getByRole('button', { name: 'Ja, Platz verbindlich übergeben' }).click();

  // The result is the substitute's new registration, which names whose place it took; the way back names her.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Ilse Öztürk-${id}`);
  await page.getByRole('link', { name: `Prof. Dr. ${holder.firstName} ${holder.lastName}` }).click();
  await expect(page.getByRole('link', { name: `Ilse Öztürk-${id}` })).toBeVisible();
  await expect(page.getByText('Vertretung eintragen')).toHaveCount(0);

  const mail = await waitForMail(holder.email, (m) => m.subject.startsWith('Platz übergeben'));
  expect(mail.text).toContain(`Sehr geehrter Herr Prof. Dr. ${holder.lastName},`);
  expect(mail.text).toContain('hat das Veranstaltungsteam Ihren Platz');
  const audit = await e2eQuery<{ actor: string }>(
    `SELECT actor FROM "AuditLog" WHERE "registrationId" = $1 AND action = 'registration.substitute'`,
    [holder.id],
  );
  expect(audit).toEqual([{ actor: organizer }]);
});
