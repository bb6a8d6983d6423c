import { randomBytes } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { readPdf } from '../test/pdf';
import { signInAsOrganizer } from './fixtures/auth';
import { expectNoA11yViolations } from './fixtures/axe';
import { createE2eEvent, e2eQuery } from './fixtures/events';

// An organizer invited for this spec alone: sign-in links are single-use, and ADMIN_EMAILS is shared.
async function invitedOrganizer(): Promise<string> {
  const email = `druck-${randomBytes(4).toString('hex')}@example.test`;
  await e2eQuery(
    `INSERT INTO "User" (id, email, role, "invitedAt", "invitedBy") VALUES ($1, $2, 'organizer', now(), 'e2e')`,
    [`e2eu${randomBytes(10).toString('hex')}`, email],
  );
  return email;
}

async function addRegistration(
  eventId: string,
  p: { firstName: string; lastName: string; sector: string; state: string; checkedIn?: boolean },
) {
  const hex = () => randomBytes(16).toString('hex');
  await e2eQuery(
    `INSERT INTO "Registration" (id, "eventId", "ticketCode", "manageToken", status, "firstName", "lastName", email, organization,
       sector, state, "privacyConsentVersion", "privacyConsentAt", "checkedInAt", "updatedAt")
     VALUES ($1, $2, $3, $4, 'confirmed', $5, $6, $7, 'Stadtverwaltung Görlitz', $8, $9, 'e2e', now(), $10, now())`,
    [
      `e2er${hex().slice(0, 20)}`,
      eventId,
      hex().toUpperCase(),
      hex(),
      p.firstName,
      p.lastName,
      `${hex().slice(0, 10)}@example.test`,
      p.sector,
      p.state,
      p.checkedIn ? new Date() : null,
    ],
  );
}

test('an organizer reads the statistics and downloads the sign-in sheet and badges as PDFs', async ({
  page,
  playwright,
}) => {
  const event = await createE2eEvent({ title: `Druck-Test ${randomBytes(3).toString('hex')}` });
  await addRegistration(event.id, {
    firstName: 'Jürgen',
    lastName: 'Weiß',
    sector: 'Verwaltung',
    state: 'Sachsen',
    checkedIn: true,
  });
  await addRegistration(event.id, {
    firstName: 'Zoë',
    lastName: 'Ängström',
    sector: 'Wissenschaft',
    state: 'Thüringen',
  });
  const base = `/dashboard/events/${event.slug}`;

  await signInAsOrganizer(page, await invitedOrganizer(), `${base}/stats`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Statistik: ${event.title}`);
  await expect(page.getByRole('table', { name: /Nach Bereich/ })).toContainText('Verwaltung');
  await expect(page.getByRole('table', { name: /Nach Bundesland/ })).toContainText('Thüringen');
  await expect(page.getByRole('img', { name: /Anmeldungen im Zeitverlauf/ })).toBeVisible();
  await expect(page.getByText('1 von 2 bestätigten Teilnehmenden sind eingecheckt (50 %).')).toBeVisible();
  await expectNoA11yViolations(page);

  const sheet = await page.request.get(`${base}/print/sign-in-sheet.pdf`);
  expect(sheet.status()).toBe(200);
  expect(sheet.headers()['content-type']).toBe('application/pdf');
  expect(sheet.headers()['cache-control']).toContain('no-store');
  expect(sheet.headers()['content-disposition']).toContain(`teilnehmerliste-${event.slug}-`);
  const sheetText = (await readPdf(await sheet.body())).map((p) => p.text).join(' ');
  expect(sheetText).toContain(event.title);
  expect(sheetText).toContain('Ängström');
  expect(sheetText).toContain('Weiß');
  expect(sheetText.indexOf('Ängström')).toBeLessThan(sheetText.indexOf('Weiß'));

  const badges = await page.request.get(`${base}/print/badges.pdf?q=${encodeURIComponent('Ängström')}&grid=2x4`);
  expect(badges.status()).toBe(200);
  expect(badges.headers()['content-type']).toBe('application/pdf');
  const badgePages = await readPdf(await badges.body());
  expect(badgePages.map((p) => p.images)).toEqual([1]);
  expect(badgePages[0]!.text).toContain('Zoë');
  expect(badgePages[0]!.text).not.toContain('Jürgen');

  const badGrid = await page.request.get(`${base}/print/badges.pdf?grid=9x9`);
  expect(badGrid.status()).toBe(400);
  expect(await badGrid.json()).toMatchObject({
    error: { code: 'INVALID_INPUT' },
    errors: { grid: expect.stringMatching(/1 bis 4 Spalten/) },
  });
  expect((await page.request.get('/dashboard/events/gibt-es-nicht/print/sign-in-sheet.pdf')).status()).toBe(404);
  const anonymous = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
  expect((await anonymous.get(`${base}/print/sign-in-sheet.pdf`)).status()).toBe(401);
  await anonymous.dispose();
});
