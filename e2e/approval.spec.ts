import { expect, type Page, test } from '@playwright/test';
import { setEventAccess, statusesByEmail } from './fixtures/access';
import { expectNoA11yViolations } from './fixtures/axe';
import { signInAs } from './fixtures/auth';
import { registerViaApi } from './fixtures/clients';
import { readLikeAPerson } from './fixtures/constants';
import { createE2eEvent } from './fixtures/events';
import { uniqueAttendee } from './fixtures/factories';
import { waitForMail } from './fixtures/mailbox';
import { seedUser } from './fixtures/users';

/** Ticks the selection box of one person's row in the attendee list. */
async function select(page: Page, person: { lastName: string }) {
  await page.getByRole('checkbox', { name: new RegExp(`${person.lastName} auswählen`) }).check();
}

test.describe('approval ("Anmeldungen prüfen")', () => {
  test('registrations wait for review; organizers approve in bulk and reject with a message; overflow waits', async ({
    page,
    request,
  }) => {
    const event = await createE2eEvent({ capacity: 2, waitlistEnabled: true });
    const organizer = await seedUser('organizer');

    // The organizer switches approval on, with the waiting list for approvals beyond the capacity.
    await signInAs(page, organizer.email, `/dashboard/events/${event.slug}/edit/settings`);
    await page.waitForLoadState('networkidle');
    await page.getByRole('checkbox', { name: 'Anmeldungen prüfen' }).check();
    await page.getByRole('radio', { name: 'auf die Warteliste setzen' }).check();
    await expectNoA11yViolations(page);
    await page.getByRole('button', { name: 'Speichern' }).click();
    await expect(page.getByText('Gespeichert.')).toBeVisible();

    // The form says up front that registrations are reviewed; the success page says what happens next.
    const visitor = uniqueAttendee();
    await page.goto(`/events/${event.slug}/register`);
    const openedAt = Date.now();
    await page.waitForLoadState('networkidle');
    await expect(page.getByText('Anmeldungen zu dieser Veranstaltung werden geprüft.', { exact: false })).toBeVisible();
    await page.getByLabel('Vorname').fill(visitor.firstName);
    await page.getByLabel('Nachname').fill(visitor.lastName);
    await page.getByRole('textbox', { name: 'E-Mail', exact: true }).fill(visitor.email);
    await page.getByRole('checkbox', { name: /Ich willige ein/ }).check();
    await readLikeAPerson(openedAt);
    await page.getByRole('button', { name: 'Verbindlich anmelden' }).click();
    await expect(page).toHaveURL(new RegExp(`/events/${event.slug}/register/received\\?m=`));
    await expect(page.getByRole('status')).toContainText('Ihre Anmeldung ist eingegangen und wird geprüft.');
    await expect(page.getByRole('status')).toContainText(visitor.email);
    await expectNoA11yViolations(page);
    await waitForMail(visitor.email, (m) => m.subject.includes(event.title));

    // Three more through the API: all pending, nobody holds a seat yet.
    const others = [];
    for (let i = 0; i < 3; i++) {
      const person = await registerViaApi(request, event.slug);
      expect(person.status).toBe('pending');
      others.push(person);
    }
    const [b, c, d] = others as [(typeof others)[0], (typeof others)[0], (typeof others)[0]];

    // The list counts and filters those waiting for review.
    await page.goto(`/dashboard/events/${event.slug}?status=pending`);
    const pendingCount = page
      .getByRole('term')
      .filter({ hasText: 'Zur Prüfung' })
      .locator('xpath=following-sibling::dd');
    await expect(pendingCount).toHaveText('4');
    await expect(page.getByText('4 Treffer')).toBeVisible();
    await expectNoA11yViolations(page);

    // Approve three for two seats: two confirmed, one to the waiting list.
    await select(page, visitor);
    await select(page, b);
    await select(page, c);
    const decision = page.getByRole('group', { name: 'Ausgewählte Anmeldungen entscheiden' });
    await expect(decision).toContainText('3 ausgewählt');
    await decision.getByLabel('Nachricht an die Personen (optional)').fill('Wir freuen uns auf Sie in Leipzig.');
    await decision.getByRole('button', { name: 'Auswahl bestätigen' }).click();
    await expect(page.getByText('2 bestätigt, 1 auf die Warteliste')).toBeVisible();

    // Reject the last one with a message, confirming the question.
    await select(page, d);
    await page
      .getByLabel('Nachricht an die Personen (optional)')
      .fill('Leider ist die Veranstaltung nur für Behörden.');
    page.once('dialog', (dialog) => dialog.accept());
    await page.getByRole('button', { name: 'Auswahl ablehnen' }).click();
    await expect(page.getByText('1 abgelehnt')).toBeVisible();

    const statuses = await statusesByEmail(event.id, [visitor.email, b.email, c.email, d.email]);
    expect(Object.values(statuses).sort()).toEqual(['confirmed', 'confirmed', 'rejected', 'waitlisted']);
    expect(statuses[d.email]).toBe('rejected');

    // The list shows the outcome; nobody is left to review.
    await page.goto(`/dashboard/events/${event.slug}`);
    await expect(page.getByRole('cell', { name: 'Abgelehnt' })).toHaveCount(1);
    await expect(page.getByRole('cell', { name: 'Bestätigt' })).toHaveCount(2);
    await expect(page.getByRole('cell', { name: 'Warteliste' })).toHaveCount(1);
    await expect(page.getByRole('button', { name: 'Auswahl bestätigen' })).toHaveCount(0);

    // Everyone is mailed: tickets with the message, the waiting list, and the rejection with its message.
    const confirmedEmails = Object.entries(statuses)
      .filter(([, s]) => s === 'confirmed')
      .map(([e]) => e);
    for (const email of confirmedEmails) {
      const mail = await waitForMail(email, (m) => /\/tickets\/[0-9A-F]{32}/.test(m.text));
      expect(mail.text).toContain('Wir freuen uns auf Sie in Leipzig.');
    }
    const waiting = Object.entries(statuses).find(([, s]) => s === 'waitlisted')![0];
    await waitForMail(waiting, (m) => m.text.includes('Warteliste'));
    const rejection = await waitForMail(d.email, (m) =>
      m.text.includes('Leider ist die Veranstaltung nur für Behörden.'),
    );
    expect(rejection.subject).toContain(event.title);
  });

  test('a single registration is decided on its own page', async ({ page, request }) => {
    const event = await createE2eEvent({ capacity: 10 });
    await setEventAccess(event.id, { approvalRequired: true });
    const person = await registerViaApi(request, event.slug);
    expect(person.status).toBe('pending');
    const organizer = await seedUser('organizer');
    await signInAs(page, organizer.email, `/dashboard/events/${event.slug}/registrations/${person.id}`);
    const section = page.getByRole('region', { name: 'Entscheidung' });
    await expect(section).toContainText('Diese Anmeldung wartet auf Ihre Prüfung.');
    await expectNoA11yViolations(page);
    await section.getByRole('button', { name: 'Bestätigen' }).click();
    await expect(section.getByText('1 bestätigt')).toBeVisible();
    await expect(section).toContainText(`Entschieden am`);
    await expect(section.getByRole('button', { name: 'Bestätigen' })).toHaveCount(0);
    expect(await statusesByEmail(event.id, [person.email])).toEqual({ [person.email]: 'confirmed' });
  });
});
