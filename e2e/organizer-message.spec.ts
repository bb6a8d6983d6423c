import { randomBytes } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { signInAsOrganizer } from './fixtures/auth';
import { expectNoA11yViolations } from './fixtures/axe';
import { registerViaApi } from './fixtures/clients';
import { MESSAGES_ORGANIZER_EMAIL } from './fixtures/constants';
import { createE2eEvent, e2eQuery } from './fixtures/events';
import { readMails, waitForMail } from './fixtures/mailbox';

/** Every received mail whose subject carries the marker, as a sorted list of single recipients (one entry per mail). */
async function recipientsOfMailsWith(marker: string): Promise<string[][]> {
  return (await readMails())
    .filter((m) => m.subject.includes(marker))
    .map((m) => m.to)
    .sort();
}

// Message mails wait in the outbox queue behind whatever other specs queued: the rush spec queues ~360 mails,
// and the worker sends at most 4 per 2 s poll (pg-boss fetches once per polling interval even with a backlog).
const QUEUED_MAIL_MS = 240_000;

async function writeMessage(page: Page, audience: string, subject: string, body: string) {
  await page.getByLabel('Empfängerkreis').selectOption(audience);
  await page.getByRole('textbox', { name: 'Betreff' }).fill(subject);
  await page.getByRole('textbox', { name: 'Nachricht' }).fill(body);
}

async function sendAndOpenDelivery(page: Page, people: number) {
  await page.getByRole('button', { name: `An ${people} Personen senden` }).click();
  await page.getByRole('button', { name: `Ja, an ${people} Personen senden` }).click();
  await expect(page).toHaveURL(/\/messages\/[^/]+$/);
  await expect(page.getByRole('heading', { level: 2, name: 'Zustellung' })).toBeVisible();
}

test('an organizer writes to the checked-in and then to all confirmed attendees; exactly they receive it', async ({
  page,
  request,
}) => {
  test.setTimeout(600_000);
  const event = await createE2eEvent({ capacity: 4, waitlistEnabled: true });
  const inA = await registerViaApi(request, event.slug);
  const inB = await registerViaApi(request, event.slug);
  const notIn = await registerViaApi(request, event.slug);
  const gone = await registerViaApi(request, event.slug);
  const waiting = await registerViaApi(request, event.slug);
  expect(waiting.status).toBe('waitlisted');
  // Checked in first and cancelled afterwards: a cancelled registration must never receive a message.
  await e2eQuery('UPDATE "Registration" SET "checkedInAt" = now() WHERE id = ANY($1)', [[inA.id, inB.id, gone.id]]);
  await e2eQuery(`UPDATE "Registration" SET status = 'cancelled', "cancelledAt" = now() WHERE id = $1`, [gone.id]);

  await signInAsOrganizer(page, MESSAGES_ORGANIZER_EMAIL, `/dashboard/events/${event.slug}`);
  // Everything but the primary action sits in the toolbar's menu.
  await page.locator('summary', { hasText: 'Weitere Aktionen' }).click();
  await page.getByRole('link', { name: 'Nachrichten' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nachrichten' })).toBeVisible();
  await expect(page.getByText('noch keine Nachrichten')).toBeVisible();
  await expectNoA11yViolations(page);

  await page.getByRole('link', { name: 'Neue Nachricht schreiben' }).click();
  await expect(page.getByRole('option', { name: 'Eingecheckt (2 Personen)' })).toBeAttached();
  await expect(page.getByRole('option', { name: 'Alle Bestätigten (3 Personen)' })).toBeAttached();
  await expect(page.getByRole('option', { name: 'Warteliste (1 Person)' })).toBeAttached();
  await expectNoA11yViolations(page);

  // Field errors from the shared schema, before anything is sent.
  await page.getByRole('button', { name: 'Vorschau' }).click();
  await expect(page.locator('#subject-error')).toHaveText('Bitte füllen Sie dieses Feld aus.');
  await expect(page.locator('#body-error')).toHaveText('Bitte füllen Sie dieses Feld aus.');
  await expect(page.getByRole('textbox', { name: 'Betreff' })).toBeFocused();

  const marker = randomBytes(4).toString('hex');
  const checkedInSubject = `Garderobe ${marker}`;
  await writeMessage(
    page,
    'checked_in',
    checkedInSubject,
    'Liebe Gäste,\n\ndie Garderobe ist im Erdgeschoss.\n<b>kein HTML</b>',
  );
  await page.getByRole('button', { name: 'Vorschau' }).click();
  const preview = page.getByRole('region', { name: 'Vorschau' });
  await expect(preview).toContainText(`${checkedInSubject} – ${event.title}`);
  await expect(preview.locator('pre')).toContainText('die Garderobe ist im Erdgeschoss.\n<b>kein HTML</b>');
  const html = page.frameLocator('iframe[title^="Vorschau der E-Mail"]');
  await expect(html.getByText('die Garderobe ist im Erdgeschoss.')).toBeVisible();
  await expect(html.getByText('<b>kein HTML</b>')).toBeVisible();
  // The preview frame is fully sandboxed (no scripts), so axe cannot look inside; the frame itself needs a title.
  const frame = page.locator('iframe[title^="Vorschau der E-Mail"]');
  await expect(frame).toHaveAttribute('sandbox', '');
  await expectNoA11yViolations(page, { exclude: ['iframe[sandbox]'] });

  await page.getByRole('button', { name: 'Testmail an mich' }).click();
  await expect(page.getByText(`Die Testmail an ${MESSAGES_ORGANIZER_EMAIL} ist in der Warteschlange`)).toBeVisible();
  const testMail = await waitForMail(
    MESSAGES_ORGANIZER_EMAIL,
    (m) => m.subject.startsWith(`[Testmail] ${checkedInSubject}`),
    QUEUED_MAIL_MS,
  );
  expect(testMail.text).toContain('die Garderobe ist im Erdgeschoss.');

  await sendAndOpenDelivery(page, 2);
  for (const person of [inA, inB]) {
    const row = page.getByRole('row', { name: new RegExp(person.lastName) });
    await expect(row).toContainText('versendet', { timeout: QUEUED_MAIL_MS });
  }
  await expectNoA11yViolations(page);
  for (const person of [inA, inB])
    await waitForMail(person.email, (m) => m.subject.includes(checkedInSubject), QUEUED_MAIL_MS);
  // Exactly one mail each, one recipient per mail; the organizer's test mail is the only other one.
  expect(await recipientsOfMailsWith(checkedInSubject)).toEqual(
    [[inA.email], [inB.email], [MESSAGES_ORGANIZER_EMAIL]].map((to) => to.map((a) => a.toLowerCase())).sort(),
  );

  await page.goto(`/dashboard/events/${event.slug}/messages/new`);
  const confirmedSubject = `Programmänderung ${marker}`;
  await writeMessage(page, 'confirmed', confirmedSubject, 'Der Vortrag um 10 Uhr beginnt später.');
  await sendAndOpenDelivery(page, 3);
  await expect(page.getByRole('row', { name: /versendet/ })).toHaveCount(3, { timeout: QUEUED_MAIL_MS });
  for (const person of [inA, inB, notIn])
    await waitForMail(person.email, (m) => m.subject.includes(confirmedSubject), QUEUED_MAIL_MS);
  expect(await recipientsOfMailsWith(confirmedSubject)).toEqual(
    [[inA.email], [inB.email], [notIn.email]].map((to) => [to[0]!.toLowerCase()]).sort(),
  );
  const everyone = (await readMails()).filter((m) => m.subject.includes(marker)).flatMap((m) => m.to);
  expect(everyone).not.toContain(gone.email.toLowerCase());
  expect(everyone).not.toContain(waiting.email.toLowerCase());

  await page.getByRole('link', { name: 'Zurück zu den Nachrichten' }).click();
  await expect(page.getByRole('row', { name: new RegExp(confirmedSubject) })).toContainText('3 versendet');
  await expect(
    page.getByRole('row', { name: new RegExp(checkedInSubject) }).filter({ hasText: 'Testmail' }),
  ).toContainText('1 versendet');
  await expectNoA11yViolations(page);

  // The form at 360 px: everything fits without horizontal scrolling.
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto(`/dashboard/events/${event.slug}/messages/new`);
  await page.getByLabel('Empfängerkreis').selectOption('waitlisted');
  await expect(page.getByRole('button', { name: 'An 1 Person senden' })).toBeEnabled();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
});
