import { randomBytes } from 'node:crypto';
import { expect, type Page, test } from '@playwright/test';
import { expectNoA11yViolations } from './fixtures/axe';
import { createDoorPerson, openDoor, registrationRow, signInAs, wedgeScan } from './fixtures/checkin';
import { e2eQuery } from './fixtures/events';
import { createSessionEvent } from './fixtures/sessions';

// The door screen set to a workshop's room door. Bookings are written directly (status confirmed and the session's
// counter), as the seat core would leave them.

const result = (page: Page) => page.getByTestId('checkin-result');
const counter = (page: Page) => page.getByTestId('door-counter');

async function dismiss(page: Page) {
  await result(page).getByRole('button', { name: 'Weiter' }).click();
  await expect(result(page)).toHaveCount(0);
}

async function book(eventId: string, sessionId: string, registrationId: string) {
  await e2eQuery(
    `INSERT INTO "SessionBooking" (id, "eventId", "sessionId", "registrationId", status, "updatedAt")
     VALUES ($1, $2, $3, $4, 'confirmed', now())`,
    [`e2eb${randomBytes(10).toString('hex')}`, eventId, sessionId, registrationId],
  );
  await e2eQuery(`UPDATE "EventSession" SET "confirmedCount" = "confirmedCount" + 1 WHERE id = $1`, [sessionId]);
}

async function bookingRow(sessionId: string, registrationId: string) {
  const [row] = await e2eQuery<{ checkedInAt: Date | null }>(
    `SELECT "checkedInAt" FROM "SessionBooking" WHERE "sessionId" = $1 AND "registrationId" = $2`,
    [sessionId, registrationId],
  );
  return row!;
}

async function workshopDoor() {
  const event = await createSessionEvent({ attendanceFormat: 'hybrid' }, [
    { title: 'Workshop Bürgerbeteiligung', fromHour: 1, toHour: 2.5, capacity: 20, room: 'Li 110' },
    { title: 'Workshop Open Data', fromHour: 1, toHour: 2.5, capacity: 20, room: 'Li 112' },
  ]);
  const [room, other] = event.sessionIds as [string, string];
  const [booked, second, elsewhere, online] = [
    await createDoorPerson(event.id),
    await createDoorPerson(event.id),
    await createDoorPerson(event.id),
    await createDoorPerson(event.id),
  ];
  await book(event.id, room, booked.id);
  await book(event.id, room, second.id);
  await book(event.id, other, elsewhere.id);
  await e2eQuery(`UPDATE "Registration" SET mode = 'online' WHERE id = $1`, [online.id]);
  return { event, room, other, booked, second, elsewhere, online };
}

async function setRoomDoor(page: Page, sessionId: string) {
  await page.getByLabel('Tür dieses Geräts').selectOption(sessionId);
  await expect(page.getByTestId('room-door')).toContainText('Raumtür: Workshop Bürgerbeteiligung');
}

// Several pages, a reload and sync rounds: more than the default minute on a shared 2-core machine.
test.describe.configure({ timeout: 150_000 });

test('room door: booked admitted (event check-in implied), others refused, per-session counter; axe', async ({
  page,
  context,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const s = await workshopDoor();
  await signInAs(context, 'staff', s.event.id);
  await openDoor(page, s.event.slug);
  await setRoomDoor(page, s.room);
  await expect(page.getByTestId('room-door')).toContainText('Li 110');
  await expect(counter(page)).toHaveText('0 von 2 Buchungen eingecheckt');
  await expectNoA11yViolations(page);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

  await wedgeScan(page, s.booked.qr);
  await expect(result(page)).toHaveAttribute('data-tone', 'success');
  await expect(result(page)).toContainText(s.booked.lastName);
  await expect(counter(page)).toHaveText('1 von 2 Buchungen eingecheckt');
  await expect.poll(async () => (await bookingRow(s.room, s.booked.id)).checkedInAt).not.toBeNull();
  // The room check-in is the event check-in too.
  expect((await registrationRow(s.booked.id)).checkedInAt).not.toBeNull();
  await dismiss(page);

  await wedgeScan(page, s.elsewhere.qr);
  await expect(result(page)).toHaveAttribute('data-tone', 'danger');
  await expect(result(page)).toContainText('Nicht für diesen Workshop gebucht');
  await expect(result(page)).toContainText(s.elsewhere.lastName);
  await expectNoA11yViolations(page);
  await dismiss(page);

  await wedgeScan(page, s.online.qr);
  await expect(result(page)).toContainText('Online-Teilnahme');
  await dismiss(page);

  await wedgeScan(page, s.booked.qr);
  await expect(result(page)).toHaveAttribute('data-tone', 'warning');
  await expect(result(page)).toContainText('Bereits eingecheckt');
  await dismiss(page);

  await expect(page.getByTestId('sync-banner')).toContainText('Alle Scans übertragen', { timeout: 15_000 });
  for (const id of [s.elsewhere.id, s.online.id]) expect((await registrationRow(id)).checkedInAt).toBeNull();
  expect((await bookingRow(s.other, s.elsewhere.id)).checkedInAt).toBeNull();
  const rows = await e2eQuery<{ result: string; sessionId: string | null }>(
    `SELECT result, "sessionId" FROM "CheckIn" WHERE "eventId" = $1 ORDER BY "scannedAt"`,
    [s.event.id],
  );
  expect(rows).toEqual([
    { result: 'checked_in', sessionId: s.room },
    { result: 'not_booked', sessionId: s.room },
    { result: 'online', sessionId: s.room },
    { result: 'already_checked_in', sessionId: s.room },
  ]);

  // The door stays set after a reload; the name search offers no check-in to someone not booked here.
  await page.reload();
  await expect(page.getByTestId('room-door')).toContainText('Raumtür: Workshop Bürgerbeteiligung');
  await expect(counter(page)).toHaveText('1 von 2 Buchungen eingecheckt', { timeout: 30_000 });
  await page.getByLabel('Name oder Organisation').fill(s.elsewhere.lastName);
  await expect(page.getByText('Nicht gebucht', { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Einchecken: / })).toHaveCount(0);
  await expectNoA11yViolations(page);

  // Back at the entrance, the implied check-in shows as done, and the counter is the event's again.
  await page.getByLabel('Tür dieses Geräts').selectOption('');
  await expect(page.getByTestId('room-door')).toHaveCount(0);
  await expect(counter(page)).toHaveText(/^1 von 3 eingecheckt$/);
  await wedgeScan(page, s.booked.qr);
  await expect(result(page)).toContainText('Bereits eingecheckt');
});

test('room door offline: scans are decided from the stored bookings and synced later', async ({ page, context }) => {
  const s = await workshopDoor();
  await signInAs(context, 'staff', s.event.id);
  await openDoor(page, s.event.slug);
  await setRoomDoor(page, s.room);
  await expect(counter(page)).toHaveText('0 von 2 Buchungen eingecheckt');

  await context.setOffline(true);
  await expect(page.getByTestId('sync-banner')).toContainText('Offline');
  await wedgeScan(page, s.second.qr);
  await expect(result(page)).toHaveAttribute('data-tone', 'success');
  await dismiss(page);
  await wedgeScan(page, s.elsewhere.qr);
  await expect(result(page)).toContainText('Nicht für diesen Workshop gebucht');
  await dismiss(page);
  await page.getByLabel('Name oder Organisation').fill(s.booked.lastName);
  await page.getByRole('button', { name: `Einchecken: ${s.booked.firstName} ${s.booked.lastName}` }).click();
  await expect(result(page)).toContainText('Eingecheckt');
  await dismiss(page);
  await expect(counter(page)).toHaveText('2 von 2 Buchungen eingecheckt');
  await expect(page.getByTestId('sync-banner')).toContainText('3 Scans nicht übertragen');
  expect((await bookingRow(s.room, s.second.id)).checkedInAt).toBeNull();

  // Reload without a connection: the page, the door and the queue are still there.
  await page.reload();
  await expect(page.getByTestId('room-door')).toContainText('Raumtür: Workshop Bürgerbeteiligung');
  await expect(page.getByTestId('sync-banner')).toContainText('3 Scans nicht übertragen');

  await context.setOffline(false);
  await expect(page.getByTestId('sync-banner')).toContainText('Alle Scans übertragen', { timeout: 15_000 });
  for (const p of [s.second, s.booked]) {
    expect((await bookingRow(s.room, p.id)).checkedInAt).not.toBeNull();
    expect((await registrationRow(p.id)).checkedInAt).not.toBeNull();
  }
  expect((await registrationRow(s.elsewhere.id)).checkedInAt).toBeNull();
  const rows = await e2eQuery<{ result: string }>(
    `SELECT result FROM "CheckIn" WHERE "eventId" = $1 AND "sessionId" = $2 ORDER BY "scannedAt"`,
    [s.event.id, s.room],
  );
  expect(rows.map((r) => r.result)).toEqual(['checked_in', 'not_booked', 'checked_in']);
  await expect(counter(page)).toHaveText('2 von 2 Buchungen eingecheckt');
});
