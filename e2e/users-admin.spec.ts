import { randomBytes } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { signInAs } from './fixtures/auth';
import { expectNoA11yViolations } from './fixtures/axe';
import { createE2eEvent } from './fixtures/events';
import { waitForMail } from './fixtures/mailbox';
import { seedUser } from './fixtures/users';

test('an admin invites door staff, assigns an event, and disabling ends their session at once', async ({ browser }) => {
  test.setTimeout(120_000);
  const event = await createE2eEvent();
  const admin = await seedUser('admin');
  const invitee = `einlass-${randomBytes(4).toString('hex')}@example.test`;

  const adminPage = await (await browser.newContext()).newPage();
  await signInAs(adminPage, admin.email, '/dashboard/users');
  await expect(adminPage.getByRole('heading', { level: 1, name: 'Benutzer' })).toBeVisible();
  await expect(adminPage.getByRole('row', { name: new RegExp(admin.email.replace(/[.+]/g, '\\$&')) })).toContainText(
    'Administration',
  );
  await expectNoA11yViolations(adminPage);

  await adminPage.getByLabel('E-Mail-Adresse').fill('kein-gueltiger-wert');
  await adminPage.getByRole('button', { name: 'Einladen' }).click();
  await expect(adminPage.getByText('Bitte geben Sie eine gültige E-Mail-Adresse ein')).toBeVisible();
  await adminPage.getByLabel('E-Mail-Adresse').fill(invitee);
  await adminPage.getByLabel('Rolle', { exact: true }).selectOption('staff');
  await adminPage.getByRole('button', { name: 'Einladen' }).click();
  await expect(adminPage.getByText(`${invitee} ist eingeladen`)).toBeVisible();

  // "Einladen" alone sends the invitation, which leads to the sign-in page.
  const invitation = await waitForMail(invitee, (m) => m.subject.includes('Einladung'));
  expect(invitation.text).toContain('„Einlasspersonal“');
  const signInUrl = invitation.text.match(/https?:\/\/\S+\/signin/)![0];
  const staffContext = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const staffPage = await staffContext.newPage();
  await staffPage.goto(signInUrl);
  await signInAs(staffPage, invitee, '/dashboard');
  await expect(staffPage).toHaveURL(/\/dashboard/);
  await staffPage.goto('/dashboard/door');
  await expect(staffPage.getByText('Sie sind zurzeit keiner Veranstaltung für den Einlass zugeordnet')).toBeVisible();

  await adminPage.reload();
  const row = adminPage.getByRole('row', { name: new RegExp(invitee.replace(/[.+]/g, '\\$&')) });
  await row.getByRole('checkbox', { name: event.title }).check();
  await expect(row.getByText('Die Einlass-Zuordnung ist gespeichert.')).toBeVisible();
  await staffPage.reload();
  await expect(staffPage.getByRole('link', { name: new RegExp(`Einlass öffnen.*${event.title}`) })).toBeVisible();
  await expectNoA11yViolations(staffPage);

  await row.getByRole('button', { name: 'Zugang sperren' }).click();
  await expect(row.getByText('Der Zugang ist gesperrt; alle Sitzungen sind beendet.')).toBeVisible();
  await staffPage.reload();
  await expect(staffPage).toHaveURL(/\/signin/);

  await adminPage.goto('/dashboard/audit?action=user.disable');
  await expect(adminPage.getByRole('table')).toContainText('Zugang gesperrt, 1 Sitzung(en) beendet.');
  await expectNoA11yViolations(adminPage);
  await adminPage.goto('/dashboard/privacy');
  await expect(adminPage.getByRole('heading', { level: 1, name: 'Datenschutz-Anfragen' })).toBeVisible();
  await expectNoA11yViolations(adminPage);
  await staffContext.close();
});
