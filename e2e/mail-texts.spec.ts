import { expect, test } from '@playwright/test';
import { signInAsOrganizer } from './fixtures/auth';
import { expectNoA11yViolations } from './fixtures/axe';
import { registerViaApi } from './fixtures/clients';
import { createE2eEvent } from './fixtures/events';
import { waitForMail } from './fixtures/mailbox';
import { seedUser } from './fixtures/users';

test('an organizer words the confirmation, sees it live, and the next registration gets it', async ({
  page,
  request,
}) => {
  const event = await createE2eEvent();
  // An organizer of its own: another spec signing in with the same address at the same time would take the link.
  const organizer = await seedUser('organizer');
  await signInAsOrganizer(page, organizer.email, `/dashboard/events/${event.slug}/edit/mails`);
  await expect(page.getByRole('heading', { level: 2, name: 'Mail-Texte' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Mail-Texte' })).toHaveAttribute('aria-current', 'page');
  await expectNoA11yViolations(page);

  const preview = page.getByRole('region', { name: 'Vorschau mit Beispieldaten' });
  await expect(preview).toContainText('Sehr geehrte Frau Mustermann,');
  await expect(preview).toContainText('vielen Dank für Ihre Anmeldung');

  await page.getByLabel('Betreff').fill('Sie sind dabei: {veranstaltung} {anrede}');
  await page
    .getByLabel('Text', { exact: true })
    .fill('schön, dass Sie kommen, {vorname}!\n\n**Bitte** <b>nicht</b> vergessen.');
  await expect(preview).toContainText('schön, dass Sie kommen, Erika!');
  await expect(preview.locator('strong', { hasText: 'Bitte' })).toBeVisible();
  await expect(preview).toContainText('<b>nicht</b>');
  await page.getByRole('button', { name: 'Speichern' }).click();
  await expect(page.getByText(/Unbekannter Platzhalter \{anrede\}/)).toBeVisible();

  await page.getByLabel('Betreff').fill('Sie sind dabei: {veranstaltung}');
  await page.getByRole('button', { name: 'Speichern' }).click();
  await expect(page.getByText('Gespeichert. Neue Mails verwenden diesen Text.')).toBeVisible();

  const person = await registerViaApi(request, event.slug, { salutation: 'Herr', title: 'Dr.' });
  const mail = await waitForMail(person.email, (m) => m.subject.startsWith('Sie sind dabei'));
  expect(mail.subject).toBe(`Sie sind dabei: ${event.title}`);
  expect(mail.text).toContain(`Sehr geehrter Herr Dr. ${person.lastName},`);
  expect(mail.text).toContain(`schön, dass Sie kommen, ${person.firstName}!`);
  expect(mail.html || '').toContain('&lt;b&gt;nicht&lt;/b&gt;');
});
