import { randomBytes } from 'node:crypto';
import { expect, type Page, test } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import { readPdf } from '../test/pdf';
import { expectNoA11yViolations } from './fixtures/axe';
import { signInAs } from './fixtures/checkin';
import { e2eQuery } from './fixtures/events';
import { createSessionEvent } from './fixtures/sessions';

// The organizer's workshop lists: overview, a session's list with its waiting list, CSV, sign-in sheet, the mode in
// the attendee list, the registration detail and the statistics. People and bookings are written directly, as the
// registration core would have left them.

const hex = (n: number) => randomBytes(n).toString('hex');

// Several pages, axe on each, and PDFs read back: more than the default minute on a busy machine.
test.describe.configure({ timeout: 150_000 });

interface Person {
  firstName: string;
  lastName: string;
  mode?: 'onsite' | 'online';
  checkedIn?: boolean;
}

async function addPerson(eventId: string, p: Person): Promise<{ id: string; email: string }> {
  const id = `e2er${hex(10)}`;
  const email = `${hex(5)}@example.test`;
  await e2eQuery(
    `INSERT INTO "Registration" (id, "eventId", "ticketCode", "manageToken", status, mode, "firstName", "lastName",
       email, organization, "privacyConsentVersion", "privacyConsentAt", "checkedInAt", "updatedAt")
     VALUES ($1, $2, $3, $4, 'confirmed', $5::"AttendanceMode", $6, $7, $8, 'HTWK Leipzig', 'e2e', now(), $9, now())`,
    [id, eventId, hex(16).toUpperCase(), hex(16), p.mode ?? 'onsite', p.firstName, p.lastName, email, null],
  );
  if (p.mode !== 'online')
    await e2eQuery(`UPDATE "Event" SET "confirmedCount" = "confirmedCount" + 1 WHERE id = $1`, [eventId]);
  else
    await e2eQuery(`UPDATE "Event" SET "onlineConfirmedCount" = "onlineConfirmedCount" + 1 WHERE id = $1`, [eventId]);
  return { id, email };
}

async function book(
  eventId: string,
  registrationId: string,
  sessionId: string,
  status: 'confirmed' | 'waitlisted',
  checkedIn = false,
) {
  await e2eQuery(
    `INSERT INTO "SessionBooking" (id, "eventId", "sessionId", "registrationId", status, "checkedInAt", "updatedAt")
     VALUES ($1, $2, $3, $4, $5::"BookingStatus", $6, now())`,
    [`e2eb${hex(10)}`, eventId, sessionId, registrationId, status, checkedIn ? new Date() : null],
  );
  if (status === 'confirmed')
    await e2eQuery(`UPDATE "EventSession" SET "confirmedCount" = "confirmedCount" + 1 WHERE id = $1`, [sessionId]);
}

async function setup() {
  const tag = hex(3);
  const event = await createSessionEvent(
    { title: `Workshop-Listen ${tag}`, attendanceFormat: 'hybrid', onlineCapacity: null },
    [
      { title: `KI im Amt ${tag}`, fromHour: 1, toHour: 2, capacity: 2, waitlistEnabled: true, room: 'Li 110' },
      { title: `Open Data ${tag}`, fromHour: 3, toHour: 4, capacity: 10 },
    ],
  );
  const [ki, data] = event.sessionIds as [string, string];
  const adler = await addPerson(event.id, { firstName: 'Anna', lastName: 'Adler' });
  const baer = await addPerson(event.id, { firstName: 'Jürgen', lastName: 'Bär', checkedIn: true });
  const cramer = await addPerson(event.id, { firstName: 'Clara', lastName: 'Cramer' });
  const dietz = await addPerson(event.id, { firstName: 'Dana', lastName: 'Dietz', mode: 'online' });
  await book(event.id, adler.id, ki, 'confirmed');
  await book(event.id, baer.id, ki, 'confirmed', true);
  await book(event.id, cramer.id, ki, 'waitlisted');
  return { event, tag, ki, data, adler, baer, cramer, dietz, base: `/dashboard/events/${event.slug}` };
}

async function expectNoSidewaysScroll(page: Page) {
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.setViewportSize({ width: 1280, height: 900 });
}

test('an organizer reads the workshops, a session list with its waiting list, its CSV and its sign-in sheet', async ({
  page,
  context,
}) => {
  const s = await setup();
  await signInAs(context, 'organizer');

  await page.goto(s.base);
  await page.getByText('Weitere Aktionen').click();
  await page.getByRole('link', { name: 'Workshops', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Workshops: ${s.event.title}`);
  const overview = page.getByRole('table', { name: /Buchbare Workshops/ });
  const kiRow = overview.getByRole('row', { name: new RegExp(`KI im Amt ${s.tag}`) });
  // Booked, places, waiting, checked in.
  await expect(kiRow).toContainText('ausgebucht');
  await expect(kiRow.getByRole('cell').nth(1)).toHaveText('Li 110');
  await expect(kiRow.getByRole('cell').nth(2)).toHaveText('2');
  await expect(kiRow.getByRole('cell').nth(3)).toHaveText('2');
  await expect(kiRow.getByRole('cell').nth(4)).toHaveText('1');
  await expect(kiRow.getByRole('cell').nth(5)).toHaveText('1');
  await expectNoA11yViolations(page);
  await expectNoSidewaysScroll(page);

  await overview.getByRole('link', { name: `KI im Amt ${s.tag}` }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`KI im Amt ${s.tag}`);
  const booked = page.getByRole('table', { name: /Gebuchte Personen/ });
  await expect(booked.getByRole('rowheader')).toHaveText(['Anna Adler', 'Jürgen Bär']);
  const waiting = page.getByRole('table', { name: /Warteliste von/ });
  await expect(waiting.getByRole('rowheader')).toHaveText(['Clara Cramer']);
  await expectNoA11yViolations(page);
  await expectNoSidewaysScroll(page);

  const csv = await page.request.get(`${s.base}/sessions/${s.ki}/export.csv`);
  expect(csv.status()).toBe(200);
  expect(csv.headers()['content-type']).toContain('text/csv');
  const bytes = await csv.body();
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const rows: string[][] = parse(bytes.toString('utf8'), { bom: true, delimiter: ';', record_delimiter: '\r\n' });
  expect(rows[0]!.slice(0, 3)).toEqual(['Nr.', 'Liste', 'Platz auf der Warteliste']);
  expect(rows.slice(1).map((r) => [r[1], r[2], r[6]])).toEqual([
    ['gebucht', '', 'Adler'],
    ['gebucht', '', 'Bär'],
    ['Warteliste', '1', 'Cramer'],
  ]);

  const sheet = await page.request.get(`${s.base}/print/sign-in-sheet.pdf?session=${s.ki}`);
  expect(sheet.status()).toBe(200);
  const text = (await readPdf(await sheet.body())).map((p) => p.text).join(' ');
  expect(text).toContain(`Workshop: KI im Amt ${s.tag}`);
  expect(text).toContain('Adler');
  expect(text).toContain('Bär');
  expect(text).not.toContain('Cramer');
  expect(text).not.toContain('Dietz');
  expect((await page.request.get(`${s.base}/print/sign-in-sheet.pdf?session=${s.event.id}`)).status()).toBe(404);

  const badges = await page.request.get(`${s.base}/print/badges.pdf`);
  expect((await readPdf(await badges.body())).map((p) => p.text).join(' ')).toContain(`Workshops: KI im Amt ${s.tag}`);
});

test('the attendee list shows and filters the mode; the registration detail and the statistics name modes and workshops', async ({
  page,
  context,
}) => {
  const s = await setup();
  await signInAs(context, 'organizer');

  await page.goto(s.base);
  const list = page.getByRole('table', { name: /Teilnehmende/ });
  await expect(list.getByRole('row', { name: /Dana Dietz/ })).toContainText('online');
  await expect(list.getByRole('row', { name: /Anna Adler/ })).toContainText('vor Ort');
  await page.getByLabel('Teilnahme').selectOption('online');
  await page.getByRole('button', { name: 'Suchen und filtern' }).click();
  await expect(page).toHaveURL(/mode=online/);
  await expect(page.getByRole('table', { name: /Teilnehmende/ }).getByRole('rowheader')).toHaveText(['Dana Dietz']);
  await expectNoA11yViolations(page);

  const exported = await page.request.get(`${s.base}/export/csv`);
  const rows: string[][] = parse((await exported.body()).toString('utf8'), {
    bom: true,
    delimiter: ';',
    record_delimiter: '\r\n',
  });
  const header = rows[0]!;
  const adler = rows.find((r) => r[header.indexOf('Nachname')] === 'Adler')!;
  const cramer = rows.find((r) => r[header.indexOf('Nachname')] === 'Cramer')!;
  expect(adler[header.indexOf('Teilnahme')]).toBe('vor Ort');
  expect(adler[header.indexOf('Workshops')]).toBe(`KI im Amt ${s.tag}`);
  expect(cramer[header.indexOf('Workshops')]).toBe(`KI im Amt ${s.tag} (Warteliste)`);

  await page.goto(`${s.base}/registrations/${s.cramer.id}`);
  const workshops = page.getByRole('region', { name: 'Workshops', exact: true });
  await expect(workshops).toContainText('vor Ort');
  await expect(workshops.getByRole('table')).toContainText(`KI im Amt ${s.tag}`);
  await expect(workshops.getByRole('table')).toContainText('Warteliste');
  await expectNoA11yViolations(page);

  await page.goto(`${s.base}/stats`);
  await expect(page.getByRole('table', { name: /nach Teilnahmeart und Status/ })).toContainText('online');
  const fill = page.getByRole('table', { name: /Auslastung der Workshops/ });
  await expect(fill.getByRole('row', { name: new RegExp(`KI im Amt ${s.tag}`) })).toContainText('100');
  await expectNoA11yViolations(page);
});

test('an event without bookable sessions shows the empty overview', async ({ page, context }) => {
  const event = await createSessionEvent({ title: `Ohne Workshops ${hex(3)}` });
  await signInAs(context, 'organizer');
  await page.goto(`/dashboard/events/${event.slug}/sessions`);
  await expect(page.getByText('Diese Veranstaltung hat keine buchbaren Workshops.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Programm bearbeiten' })).toBeVisible();
  await expectNoA11yViolations(page);
});

test('moving someone to another workshop promotes the first on the waiting list, and removing frees the place', async ({
  page,
  context,
}) => {
  const s = await setup();
  await signInAs(context, 'organizer');
  await page.goto(`${s.base}/sessions/${s.ki}`);

  const adlerRow = page.getByRole('table', { name: /Gebuchte Personen/ }).getByRole('row', { name: /Anna Adler/ });
  await adlerRow.getByText('Verschieben oder entfernen').click();
  await adlerRow.getByLabel('Verschieben nach').selectOption(s.data);
  await adlerRow.getByRole('button', { name: 'Verschieben' }).click();
  await expect(page.getByText('Anna Adler wurde verschoben.', { exact: false })).toBeVisible();
  await expect(page.getByText('Von der Warteliste nachgerückt: 1.')).toBeVisible();
  const booked = page.getByRole('table', { name: /Gebuchte Personen/ });
  await expect(booked.getByRole('rowheader')).toHaveText(['Jürgen Bär', 'Clara Cramer']);
  await expect(page.getByText('Niemand steht auf der Warteliste.')).toBeVisible();
  // The promotion mail is queued with the session it is about (its text is the attendee part's).
  const mails = await e2eQuery<{ kind: string }>(
    `SELECT kind::text AS kind FROM "OutboxMail" WHERE "registrationId" = $1 AND "sessionId" = $2`,
    [s.cramer.id, s.ki],
  );
  expect(mails.map((m) => m.kind)).toContain('session_promotion');

  const baerRow = booked.getByRole('row', { name: /Jürgen Bär/ });
  await baerRow.getByText('Verschieben oder entfernen').click();
  await baerRow.getByRole('button', { name: 'Aus diesem Workshop entfernen' }).click();
  await page.getByRole('button', { name: 'Ja, entfernen' }).click();
  await expect(page.getByText('Jürgen Bär wurde aus dem Workshop entfernt.', { exact: false })).toBeVisible();
  await expect(booked.getByRole('rowheader')).toHaveText(['Clara Cramer']);
  const [row] = await e2eQuery<{ n: number }>(`SELECT "confirmedCount" AS n FROM "EventSession" WHERE id = $1`, [s.ki]);
  expect(row?.n).toBe(1);
});
