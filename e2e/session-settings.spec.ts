import { expect, type Page, test } from '@playwright/test';
import { signInAsOrganizer } from './fixtures/auth';
import { expectNoA11yViolations } from './fixtures/axe';
import { registerViaApi } from './fixtures/clients';
import { e2eQuery } from './fixtures/events';
import { createSessionEvent } from './fixtures/sessions';
import { setLanguage } from './fixtures/language';
import { seedUser } from './fixtures/users';

const STREAM = 'https://stream.example.org/e2e-live';

async function expectNoSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `sideways scroll on ${page.url()}`).toBeLessThanOrEqual(0);
}

const eventRow = (id: string) =>
  e2eQuery<{ attendanceFormat: string; onlineCapacity: number | null; streamUrl: string | null; rel: number }>(
    `SELECT "attendanceFormat", "onlineCapacity", "streamUrl", "streamReleaseMinutes" AS rel FROM "Event" WHERE id = $1`,
    [id],
  ).then((rows) => rows[0]);

test('hybrid with a stream, the checklist point, and a workshop made bookable with its own places', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const event = await createSessionEvent({ title: `Hybrid-Test ${Date.now()}` }, [
    { title: 'Werkstatt Offene Daten', fromHour: 2, toHour: 3, bookable: false, room: 'Li110' },
  ]);
  await e2eQuery(`UPDATE "Event" SET published = false WHERE id = $1`, [event.id]);
  const organizer = await seedUser('organizer');
  const editor = `/dashboard/events/${event.slug}/edit`;
  await signInAsOrganizer(page, organizer.email, `${editor}/attendance`);

  // "Teilnahme": on site by default, the online fields appear with hybrid.
  await expect(page.getByRole('heading', { level: 2, name: 'Teilnahme' })).toBeVisible();
  await expect(
    page.getByRole('navigation', { name: 'Bereiche des Editors' }).getByRole('link', { name: 'Teilnahme' }),
  ).toHaveAttribute('aria-current', 'page');
  const form = page.getByRole('form', { name: 'Teilnahme' });
  await expect(form.getByLabel('Vor Ort', { exact: true })).toBeChecked();
  await expect(form.getByLabel('Adresse des Streams')).toHaveCount(0);
  await expectNoA11yViolations(page);
  await form.getByLabel('Hybrid: vor Ort und online').check();
  await form.getByLabel('Online-Plätze').fill('120');
  await form.getByLabel('Adresse des Streams').fill('http://stream.example.org/unsicher');
  await form.getByRole('button', { name: 'Speichern' }).click();
  await expect(form.getByLabel('Adresse des Streams')).toHaveAttribute('aria-invalid', 'true');
  await expect(form.getByText(/vollständige https-Adresse/)).toBeVisible();
  await expectNoA11yViolations(page);

  // Saved without a stream first: the publish checklist names it.
  await form.getByLabel('Adresse des Streams').fill('');
  await form.getByLabel('Freigabe (Minuten vor Beginn)').fill('15');
  await form.getByRole('button', { name: 'Speichern' }).click();
  await expect(page.getByText('Gespeichert.', { exact: false }).first()).toBeVisible();
  expect(await eventRow(event.id)).toEqual({
    attendanceFormat: 'hybrid',
    onlineCapacity: 120,
    streamUrl: null,
    rel: 15,
  });
  await page.reload();
  await page.getByRole('button', { name: 'Veröffentlichen …' }).click();
  const checklist = page.getByRole('region', { name: 'Vor dem Veröffentlichen prüfen' });
  await expect(checklist).toContainText('Für die Online-Teilnahme fehlt die Adresse des Streams.');
  await expect(checklist.getByRole('checkbox', { name: /Adresse des Streams/ })).toBeVisible();
  await page.getByRole('button', { name: 'Abbrechen' }).click();

  await form.getByLabel('Adresse des Streams').fill(STREAM);
  await form.getByRole('button', { name: 'Speichern' }).click();
  await expect(page.getByText('Gespeichert.', { exact: false }).first()).toBeVisible();
  expect((await eventRow(event.id))?.streamUrl).toBe(STREAM);
  await page.reload();
  await expect(form.getByLabel('Adresse des Streams')).toHaveValue(STREAM);
  await page.getByRole('button', { name: 'Veröffentlichen …' }).click();
  await expect(checklist).toContainText('Die Adresse des Streams ist eingetragen.');
  await page.getByRole('button', { name: 'Abbrechen' }).click();
  await page.setViewportSize({ width: 390, height: 844 });
  await expectNoSidewaysScroll(page);
  await page.setViewportSize({ width: 1280, height: 800 });

  // Programme: the workshop becomes bookable with two places and its own waiting list; it needs an end.
  await page.getByRole('navigation', { name: 'Bereiche des Editors' }).getByRole('link', { name: 'Programm' }).click();
  await page.locator('summary', { hasText: 'Werkstatt Offene Daten' }).click();
  const session = page.getByRole('form', { name: 'Programmpunkt bearbeiten: Werkstatt Offene Daten' });
  await session.getByLabel('Buchbar (Workshop mit eigenen Plätzen)').check();
  await session.getByRole('textbox', { name: 'Plätze', exact: true }).fill('2');
  await session.getByLabel('Eigene Warteliste, wenn ausgebucht').check();
  await session.getByLabel('Ende').fill('');
  await session.getByRole('button', { name: 'Speichern' }).click();
  await expect(session.getByText('Ein buchbarer Programmpunkt braucht ein Ende.')).toBeVisible();
  const [row] = await e2eQuery<{ startsAt: Date }>(`SELECT "startsAt" FROM "EventSession" WHERE id = $1`, [
    event.sessionIds[0],
  ]);
  const end = new Date(row!.startsAt.getTime() + 90 * 60_000);
  const local = new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Europe/Berlin',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  })
    .format(end)
    .replace(' ', 'T');
  await session.getByLabel('Ende').fill(local);
  await session.getByRole('button', { name: 'Speichern' }).click();
  await expect(session.getByText('Gespeichert.', { exact: false })).toBeVisible();
  const sessionRow = () =>
    e2eQuery<{ bookable: boolean; capacity: number | null; waitlistEnabled: boolean }>(
      `SELECT bookable, capacity, "waitlistEnabled" FROM "EventSession" WHERE id = $1`,
      [event.sessionIds[0]],
    ).then((rows) => rows[0]);
  expect(await sessionRow()).toEqual({ bookable: true, capacity: 2, waitlistEnabled: true });
  await expect(page.locator('summary', { hasText: 'Werkstatt Offene Daten' })).toContainText('0 von 2 Plätzen gebucht');
  await expectNoA11yViolations(page);

  // Two people booked it: fewer places are refused with the count, nothing changes.
  // Written directly (the event is not published yet): two confirmed people with a confirmed booking each.
  for (let i = 0; i < 2; i++) {
    await e2eQuery(
      `WITH r AS (
         INSERT INTO "Registration" (id, "eventId", "ticketCode", "manageToken", "firstName", "lastName", email,
           "privacyConsentVersion", "privacyConsentAt", "updatedAt")
         VALUES ('e2er' || md5(random()::text), $1, md5(random()::text), md5(random()::text), 'Erika', 'Muster',
           md5(random()::text) || '@example.test', 'v1', now(), now())
         RETURNING id)
       INSERT INTO "SessionBooking" (id, "eventId", "sessionId", "registrationId", status, "updatedAt")
       SELECT 'e2eb' || md5(random()::text), $1, $2, r.id, 'confirmed', now() FROM r`,
      [event.id, event.sessionIds[0]],
    );
  }
  await e2eQuery(`UPDATE "EventSession" SET "confirmedCount" = 2 WHERE id = $1`, [event.sessionIds[0]]);
  await page.reload();
  await page.locator('summary', { hasText: 'Werkstatt Offene Daten' }).click();
  await expect(page.locator('summary', { hasText: 'Werkstatt Offene Daten' })).toContainText('2 von 2 Plätzen gebucht');
  await session.getByRole('textbox', { name: 'Plätze', exact: true }).fill('1');
  await session.getByRole('button', { name: 'Speichern' }).click();
  await expect(
    session.getByText('Für diesen Workshop sind bereits 2 Plätze gebucht; weniger Plätze gehen nicht.'),
  ).toBeVisible();
  await expect(session.getByRole('textbox', { name: 'Plätze', exact: true })).toHaveAttribute('aria-invalid', 'true');
  expect((await sessionRow())?.capacity).toBe(2);
  await expectNoA11yViolations(page);
  await page.setViewportSize({ width: 390, height: 844 });
  await expectNoSidewaysScroll(page);
  await page.setViewportSize({ width: 1280, height: 800 });

  // In English, the part "Teilnahme" speaks English and passes axe.
  await setLanguage(page.context(), 'en');
  await page.goto(`${editor}/attendance`);
  await expect(page.getByRole('heading', { level: 2, name: 'Attendance' })).toBeVisible();
  await expect(page.getByLabel('Stream address')).toHaveValue(STREAM);
  await expect(page.getByRole('main')).not.toContainText('Teilnahme');
  await expectNoA11yViolations(page);

  // Published, the public page never shows the stream's address.
  await e2eQuery(`UPDATE "Event" SET published = true WHERE id = $1`, [event.id]);
  const publicPage = await page.request.get(`/events/${event.slug}`);
  expect(publicPage.status()).toBe(200);
  expect(await publicPage.text()).not.toContain('stream.example.org');
});

test('a certificate for the online attendee who opened the join link, not for the one who did not', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const event = await createSessionEvent({ capacity: 10 });
  const opened = (await registerViaApi(page.request, event.slug)).id;
  const never = (await registerViaApi(page.request, event.slug)).id;
  // The event ran yesterday online; one attendee opened the join link during it, the other never did.
  await e2eQuery(
    `UPDATE "Event" SET "attendanceFormat" = 'online', "streamUrl" = $2, "startsAt" = now() - interval '1 day',
       "endsAt" = now() - interval '16 hours', "confirmedCount" = 0, "onlineConfirmedCount" = 2 WHERE id = $1`,
    [event.id, STREAM],
  );
  await e2eQuery(
    `UPDATE "Registration" SET mode = 'online', "joinToken" = 'e2ej' || md5(id),
       "joinFirstAt" = CASE WHEN id = $1 THEN now() - interval '20 hours' END,
       "joinLastAt" = CASE WHEN id = $1 THEN now() - interval '19 hours' END,
       "joinCount" = CASE WHEN id = $1 THEN 2 ELSE 0 END
     WHERE id = ANY($2)`,
    [opened, [opened, never]],
  );
  await e2eQuery(
    `INSERT INTO "CertificateSettings" ("eventId", enabled, "fixedMinutes", "hoursMode", "updatedAt")
     VALUES ($1, true, 240, 'sessions', now())`,
    [event.id],
  );
  const organizer = await seedUser('organizer');

  // The settings page explains both rules.
  await signInAsOrganizer(page, organizer.email, `/dashboard/events/${event.slug}/edit/certificate`);
  const rules = page.getByRole('region', { name: 'Wer eine Bescheinigung erhält' });
  await expect(rules).toContainText('den persönlichen Link zum Stream während der Veranstaltung geöffnet hat');
  await expect(rules).toContainText('am Raumeingang eingecheckt');
  await expectNoA11yViolations(page);

  await page.goto(`/dashboard/events/${event.slug}/certificates`);
  const counts = page.locator('dl[aria-label="Teilnahmebescheinigungen nach Stand"]');
  await expect(counts).toContainText('Berechtigt1');
  await page.getByRole('button', { name: 'Bescheinigung an 1 Person senden' }).click();
  await page.getByRole('button', { name: 'Ja, jetzt senden' }).click();
  await expect(page.getByRole('status')).toContainText('in der Warteschlange');
  const certificates = await e2eQuery<{ registrationId: string; minutes: number }>(
    `SELECT "registrationId", minutes FROM "Certificate" WHERE "eventId" = $1`,
    [event.id],
  );
  // No workshop check-in online: the fixed hours.
  expect(certificates).toEqual([{ registrationId: opened, minutes: 240 }]);
});
