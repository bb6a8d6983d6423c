import { expect, test, type Page } from '@playwright/test';
import { expectNoA11yViolations } from './fixtures/axe';
import {
  createCheckinEvent,
  createDoorPerson,
  forge,
  openDoor,
  registrationRow,
  signInAs,
  wedgeScan,
} from './fixtures/checkin';
import { e2eQuery } from './fixtures/events';

const result = (page: Page) => page.getByTestId('checkin-result');

async function dismiss(page: Page) {
  await result(page).getByRole('button', { name: 'Weiter' }).click();
  await expect(result(page)).toHaveCount(0);
}

async function checkInsOf(registrationId: string) {
  return e2eQuery<{ deviceId: string; result: string; scannedAt: Date }>(
    `SELECT "deviceId", result, "scannedAt" FROM "CheckIn" WHERE "registrationId" = $1 ORDER BY "scannedAt"`,
    [registrationId],
  );
}

// Several pages, a reload and sync rounds: more than the default minute on a shared 2-core machine.
test.describe.configure({ timeout: 150_000 });

test('offline: scans and name search are kept, survive a reload and sync exactly once', async ({ page, context }) => {
  const event = await createCheckinEvent();
  const [a, b, c] = [
    await createDoorPerson(event.id),
    await createDoorPerson(event.id),
    await createDoorPerson(event.id, { firstName: 'Zoë', lastName: `Weiß-${Date.now()}` }),
  ];
  await signInAs(context, 'staff', event.id);
  await openDoor(page, event.slug);

  await context.setOffline(true);
  await expect(page.getByTestId('sync-banner')).toContainText('Offline');
  await wedgeScan(page, a.qr);
  await expect(result(page)).toHaveAttribute('data-tone', 'success');
  await dismiss(page);
  await wedgeScan(page, b.ticketCode.toLowerCase()); // an old-style raw code, looked up by its hash
  await expect(result(page)).toContainText(b.lastName);
  await dismiss(page);
  // Umlaut-tolerant search: "Weiss" and "Zoe" find "Zoë Weiß".
  await page.getByLabel('Name oder Organisation').fill(`zoe weiss-${c.lastName.split('-')[1]}`);
  await page.getByRole('button', { name: `Einchecken: ${c.firstName} ${c.lastName}` }).click();
  await expect(result(page)).toContainText('Eingecheckt');
  await dismiss(page);
  await expect(page.getByTestId('sync-banner')).toContainText('3 Scans nicht übertragen');
  await expect(page.getByText('3 von 3 eingecheckt')).toBeVisible();

  // Reload without a connection: the service worker serves the page, IndexedDB still has the queue.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Einlass');
  await expect(page.getByTestId('sync-banner')).toContainText('3 Scans nicht übertragen');
  expect((await registrationRow(a.id)).checkedInAt).toBeNull();

  await context.setOffline(false);
  await expect(page.getByTestId('sync-banner')).toContainText('Alle Scans übertragen', { timeout: 15_000 });
  await expect(page.getByTestId('sync-banner')).toContainText('Online');
  for (const p of [a, b, c]) {
    const rows = await checkInsOf(p.id);
    expect(rows.map((r) => r.result)).toEqual(['checked_in']);
    expect((await registrationRow(p.id)).checkedInAt).not.toBeNull();
  }
});

test('two devices check the same person in offline: the earlier one wins and both show it', async ({ browser }) => {
  const event = await createCheckinEvent();
  const person = await createDoorPerson(event.id);
  const devices = await Promise.all(
    [0, 1].map(async () => {
      const context = await browser.newContext();
      await signInAs(context, 'staff', event.id);
      const page = await context.newPage();
      await openDoor(page, event.slug);
      const label = ((await page.getByText(/^Dieses Gerät: Gerät /).textContent()) ?? '').replace('Dieses Gerät: ', '');
      return { context, page, label };
    }),
  );
  const [first, second] = devices as [(typeof devices)[0], (typeof devices)[0]];
  for (const d of devices) await d.context.setOffline(true);
  await wedgeScan(first.page, person.qr);
  await expect(result(first.page)).toHaveAttribute('data-tone', 'success');
  await first.page.waitForTimeout(1500);
  await wedgeScan(second.page, person.qr);
  await expect(result(second.page)).toHaveAttribute('data-tone', 'success');

  // The later device syncs first; the earlier one's check-in still wins.
  await second.context.setOffline(false);
  await expect(second.page.getByTestId('sync-banner')).toContainText('Alle Scans übertragen', { timeout: 15_000 });
  await first.context.setOffline(false);
  await expect(first.page.getByTestId('sync-banner')).toContainText('Alle Scans übertragen', { timeout: 15_000 });

  const rows = await checkInsOf(person.id);
  expect(rows).toHaveLength(2);
  expect(rows.filter((r) => r.result === 'checked_in')).toHaveLength(1);
  const row = await registrationRow(person.id);
  expect(row.checkedInAt?.getTime()).toBe(rows[0]!.scannedAt.getTime());
  const badge = new RegExp(`Eingecheckt \\d{2}:\\d{2} Uhr · ${first.label}`);
  for (const d of devices) {
    await d.page.getByLabel('Name oder Organisation').fill(person.lastName);
    await expect(d.page.getByText(badge)).toBeVisible({ timeout: 15_000 });
    await d.context.close();
  }
});

test('a forged ticket is red "Ungültig", offline and online', async ({ page, context }) => {
  const event = await createCheckinEvent();
  const person = await createDoorPerson(event.id);
  await signInAs(context, 'staff', event.id);
  await openDoor(page, event.slug);
  for (const offline of [true, false]) {
    await context.setOffline(offline);
    await wedgeScan(page, forge(person.qr));
    await expect(result(page)).toHaveAttribute('data-tone', 'danger');
    await expect(result(page)).toContainText('Ungültig');
    await expect(result(page)).not.toContainText(person.lastName);
    await dismiss(page);
  }
  await expect(page.getByTestId('sync-banner')).toContainText('Alle Scans übertragen', { timeout: 15_000 });
  expect((await registrationRow(person.id)).checkedInAt).toBeNull();
});

test('undo with one tap takes the check-in back and is in the audit log; the page passes axe at 360 px', async ({
  page,
  context,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  const event = await createCheckinEvent();
  const person = await createDoorPerson(event.id);
  await signInAs(context, 'staff', event.id);
  await openDoor(page, event.slug);
  await expectNoA11yViolations(page);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

  await wedgeScan(page, person.qr);
  await expect(result(page)).toHaveAttribute('data-tone', 'success');
  await expectNoA11yViolations(page);
  await expect.poll(async () => (await registrationRow(person.id)).checkedInAt).not.toBeNull();
  // One tap, on the full-screen verdict or, once that has shrunk, on the "Letzter Scan" line.
  await page.getByRole('button', { name: 'Rückgängig' }).click();
  await expect(page.getByRole('button', { name: 'Rückgängig' })).toHaveCount(0);
  await expect(page.getByText('0 von 1 eingecheckt')).toBeVisible();
  expect((await registrationRow(person.id)).checkedInAt).toBeNull();
  const audit = await e2eQuery<{ action: string; eventId: string }>(
    `SELECT action, "eventId" FROM "AuditLog" WHERE "registrationId" = $1`,
    [person.id],
  );
  expect(audit).toEqual([{ action: 'checkin.undo', eventId: event.id }]);

  await page.getByLabel('Name oder Organisation').fill(person.lastName);
  await expect(page.getByText('Bestätigt, noch nicht eingecheckt')).toBeVisible();
  await expectNoA11yViolations(page);
});
