import { expect, type Page, test } from '@playwright/test';
import { statusesByEmail } from './fixtures/access';
import { expectNoA11yViolations } from './fixtures/axe';
import { registerViaApi } from './fixtures/clients';
import { readLikeAPerson } from './fixtures/constants';
import { createE2eEvent, e2eQuery } from './fixtures/events';
import { uniqueAttendee } from './fixtures/factories';
import { readMails, waitForMail } from './fixtures/mailbox';

type Person = ReturnType<typeof uniqueAttendee>;

/** Fills the group form: the submitter, then each colleague, adding people by keyboard as a person would. */
async function fillGroup(page: Page, submitter: Person, members: Person[]) {
  // Typing before the form is hydrated would be reset to the form's defaults.
  await page.waitForLoadState('networkidle');
  const own = page.getByRole('group', { name: 'Ihre Angaben' });
  await own.getByLabel('Vorname').fill(submitter.firstName);
  await own.getByLabel('Nachname').fill(submitter.lastName);
  await own.getByRole('textbox', { name: 'E-Mail' }).fill(submitter.email);
  for (const [i, person] of members.entries()) {
    if (i > 0) {
      await page.getByRole('button', { name: 'Weitere Person hinzufügen' }).focus();
      await page.keyboard.press('Enter');
    }
    const card = page.getByRole('group', { name: `Person ${i + 1}`, exact: true });
    // Adding a person moves the focus to their first field.
    if (i > 0) await expect(card.getByLabel('Vorname')).toBeFocused();
    await card.getByLabel('Vorname').fill(person.firstName);
    await card.getByLabel('Nachname').fill(person.lastName);
    await card.getByRole('textbox', { name: 'E-Mail' }).fill(person.email);
    await card.getByLabel('Organisation').fill(person.organization);
  }
  await page.getByRole('checkbox', { name: /Ich willige ein/ }).check();
}

const people = (n: number) => Array.from({ length: n }, () => uniqueAttendee());

test.describe('colleagues ("Kolleginnen und Kollegen anmelden")', () => {
  test('a group of 4 with 3 seats left is refused with the count, or waits together when there is a waiting list', async ({
    page,
    request,
  }) => {
    // Two full submissions with a person's reading time each, and axe three times: longer than one form.
    test.setTimeout(120_000);
    const event = await createE2eEvent({ capacity: 5 });
    await registerViaApi(request, event.slug);
    await registerViaApi(request, event.slug);
    const submitter = uniqueAttendee();
    const group = people(4);

    await page.goto(`/events/${event.slug}`);
    await page.getByRole('link', { name: 'Kolleginnen und Kollegen anmelden' }).click();
    await expect(page).toHaveURL(new RegExp(`/events/${event.slug}/register/group$`));
    let openedAt = Date.now();
    await expect(page.getByText('Derzeit sind noch 3 Plätze frei.')).toBeVisible();
    await expectNoA11yViolations(page);

    // Submitting empty: the error summary names each field with its person and takes the focus.
    await page.getByRole('button', { name: 'Gruppe anmelden' }).click();
    const summary = page.getByTestId('error-summary');
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('link', { name: /^Person 1 – Vorname:/ })).toBeVisible();
    await expectNoA11yViolations(page);

    // A fifth person can be removed again; the focus returns to the add button.
    await fillGroup(page, submitter, group);
    await page.getByRole('button', { name: 'Weitere Person hinzufügen' }).click();
    await page.getByRole('button', { name: 'Person 5 entfernen' }).click();
    await expect(page.getByRole('button', { name: 'Weitere Person hinzufügen' })).toBeFocused();
    await expect(page.getByText('Person entfernt. Die Gruppe hat jetzt 4 Personen.')).toBeAttached();
    await expect(page.getByTestId('group-member')).toHaveCount(4);

    await readLikeAPerson(openedAt);
    await page.getByRole('button', { name: 'Gruppe anmelden' }).click();
    await expect(
      page.getByText('Für 4 Personen sind nicht genug Plätze frei: Es sind noch 3 Plätze verfügbar.', { exact: false }),
    ).toBeVisible();
    expect(
      await statusesByEmail(
        event.id,
        group.map((p) => p.email),
      ),
    ).toEqual({});
    await expectNoA11yViolations(page);

    // With a waiting list the whole group waits together; nobody takes one of the three seats.
    await e2eQuery(`UPDATE "Event" SET "waitlistEnabled" = true WHERE id = $1`, [event.id]);
    await page.reload();
    openedAt = Date.now();
    await fillGroup(page, submitter, group);
    await readLikeAPerson(openedAt);
    await page.getByRole('button', { name: 'Gruppe anmelden' }).click();
    const result = page.getByTestId('group-result');
    await expect(result.getByRole('heading', { name: 'Die Gruppe ist angemeldet' })).toBeFocused();
    await expect(result).toContainText('Die Gruppe steht deshalb gemeinsam auf der Warteliste');
    for (const person of group) {
      await expect(result.getByRole('row', { name: new RegExp(person.lastName) })).toContainText('Warteliste');
    }
    const statuses = await statusesByEmail(
      event.id,
      group.map((p) => p.email),
    );
    expect(Object.values(statuses)).toEqual(['waitlisted', 'waitlisted', 'waitlisted', 'waitlisted']);
    await expectNoA11yViolations(page);
  });

  test('a group that fits: four tickets, four own mails and one summary for the submitter', async ({ page }) => {
    const event = await createE2eEvent({ capacity: 10 });
    const submitter = uniqueAttendee();
    const group = people(4);
    await page.goto(`/events/${event.slug}/register`);
    await page.getByRole('link', { name: 'Kolleginnen und Kollegen anmelden' }).click();
    const openedAt = Date.now();
    await fillGroup(page, submitter, group);
    await readLikeAPerson(openedAt);
    await page.getByRole('button', { name: 'Gruppe anmelden' }).click();

    const result = page.getByTestId('group-result');
    await expect(result).toContainText(`Eine Übersicht ist an ${submitter.email} unterwegs.`);
    for (const person of group) {
      await expect(result.getByRole('row', { name: new RegExp(person.lastName) })).toContainText('bestätigt');
    }
    const tickets = await e2eQuery<{ ticketCode: string }>(
      `SELECT "ticketCode" FROM "Registration" WHERE "eventId" = $1 AND status = 'confirmed'`,
      [event.id],
    );
    expect(new Set(tickets.map((t) => t.ticketCode)).size).toBe(4);
    for (const person of group) {
      const mail = await waitForMail(person.email, (m) => /\/tickets\/[0-9A-F]{32}/.test(m.text));
      expect(mail.text).toContain(person.lastName);
    }
    const summary = await waitForMail(submitter.email, (m) => m.subject.includes(event.title));
    for (const person of group) expect(summary.text).toContain(person.lastName);
    const toSubmitter = (await readMails()).filter((m) => m.to.includes(submitter.email));
    expect(toSubmitter).toHaveLength(1);
  });
});
