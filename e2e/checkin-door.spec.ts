import { expect, type BrowserContext, type Page, test } from '@playwright/test';
import { createCheckinEvent, createDoorPerson, openDoor, signInAs } from './fixtures/checkin';
import { e2eQuery } from './fixtures/events';
import { setLanguage } from './fixtures/language';

const result = (page: Page) => page.getByTestId('checkin-result');

const useEnglish = (context: BrowserContext) => setLanguage(context, 'en');

/** The text of the main region without the organiser's content, which is German (lang="de"). */
async function uiText(page: Page): Promise<string> {
  return page.locator('main').evaluate((main) => {
    const copy = main.cloneNode(true) as HTMLElement;
    for (const el of copy.querySelectorAll('[lang="de"]')) el.remove();
    // textContent, not innerText: closed panels count too.
    return copy.textContent ?? '';
  });
}

const GERMAN_UI = /Einlass|eingecheckt|Gerät|Abgleich|übertragen|Ticket-Code|Kamera|Spontane|Namen|Anmeld|Uhr\b|Weiter/;

test.describe.configure({ timeout: 120_000 });

test('after a check-in from the name search, the search is empty and focused for the next person', async ({
  page,
  context,
}) => {
  const event = await createCheckinEvent();
  const person = await createDoorPerson(event.id);
  await signInAs(context, 'staff', event.id);
  await openDoor(page, event.slug);

  const search = page.getByLabel('Name oder Organisation');
  await search.fill(person.lastName);
  await page.getByRole('button', { name: `Einchecken: ${person.firstName} ${person.lastName}` }).click();
  await expect(result(page)).toContainText('Eingecheckt');
  await expect(search).toHaveValue('');
  await expect(search).toBeFocused();
  await expect(page.getByRole('button', { name: /^Einchecken: / })).toHaveCount(0);
  await expect(page.getByText('1 von 1 eingecheckt')).toBeVisible();
  // The name search filters as one types: it is a search landmark, not a form without a submit button.
  await expect(page.getByRole('search')).toHaveCount(1);
  await expect(page.locator('form:has(#attendee-search)')).toHaveCount(0);
});

test('the name search offers no check-in for people on the waiting list or cancelled, only their status', async ({
  page,
  context,
}) => {
  const event = await createCheckinEvent();
  const waiting = await createDoorPerson(event.id, { lastName: 'Wartende-Zoe', status: 'waitlisted' });
  const cancelled = await createDoorPerson(event.id, { lastName: 'Storniert-Zoe', status: 'cancelled' });
  const confirmed = await createDoorPerson(event.id, { lastName: 'Bestaetigt-Zoe' });
  await signInAs(context, 'staff', event.id);
  await openDoor(page, event.slug);

  await page.getByLabel('Name oder Organisation').fill('Zoe');
  await expect(page.getByText('3 Treffer')).toBeVisible();
  const hit = (lastName: string) => page.getByRole('listitem').filter({ hasText: lastName });
  await expect(hit(waiting.lastName)).toContainText('Warteliste');
  await expect(hit(cancelled.lastName)).toContainText('Storniert');
  await expect(page.getByRole('button', { name: /^Einchecken: / })).toHaveCount(1);
  await expect(
    page.getByRole('button', { name: `Einchecken: ${confirmed.firstName} ${confirmed.lastName}` }),
  ).toBeVisible();
});

test('the walk-in registration is a disclosure button that opens the form, which registers and checks in', async ({
  page,
  context,
}) => {
  const event = await createCheckinEvent();
  await signInAs(context, 'staff', event.id);
  await openDoor(page, event.slug);

  const toggle = page.getByRole('button', { name: 'Spontane Anmeldung an der Tür' });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByLabel('Vorname')).toBeHidden();
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await page.getByRole('button', { name: 'Anmelden und einchecken' }).click();
  await expect(page.getByLabel('Vorname')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Bitte füllen Sie dieses Feld aus.').first()).toBeVisible();

  const lastName = `Spontan-${Date.now()}`;
  await page.getByLabel('Vorname').fill('Max');
  await page.getByLabel('Nachname').fill(lastName);
  await page.getByRole('button', { name: 'Anmelden und einchecken' }).click();
  await expect(page.getByText(`Max ${lastName} ist angemeldet und eingecheckt.`)).toBeVisible();
  await expect(result(page)).toContainText(lastName);
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByLabel('Vorname')).toBeHidden();
});

test('the staff landing page shows their events as cards with counts, today first, each opening its door', async ({
  page,
  context,
}) => {
  const upcoming = await createCheckinEvent();
  const today = await createCheckinEvent();
  await e2eQuery(
    `UPDATE "Event" SET "startsAt" = now() - interval '1 hour', "endsAt" = now() + interval '6 hours' WHERE id = $1`,
    [today.id],
  );
  const [a] = [await createDoorPerson(today.id), await createDoorPerson(today.id), await createDoorPerson(today.id)];
  await createDoorPerson(today.id, { status: 'waitlisted' });
  await e2eQuery(`UPDATE "Registration" SET "checkedInAt" = now() WHERE id = $1`, [a!.id]);
  const email = await signInAs(context, 'staff', upcoming.id);
  await e2eQuery(`INSERT INTO "StaffAssignment" ("userId", "eventId") SELECT id, $2 FROM "User" WHERE email = $1`, [
    email,
    today.id,
  ]);

  await page.goto('/checkin');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Einlass');
  const cards = page.getByTestId('door-event-card');
  await expect(cards).toHaveCount(2);
  const first = cards.nth(0);
  await expect(first.getByRole('heading', { level: 2 })).toHaveText(`Einlass-Test ${today.slug.slice(-8)}`);
  await expect(first.getByText('Heute', { exact: true })).toBeVisible();
  const counts = await first
    .locator('dl > div')
    .evaluateAll((divs) => divs.map((d) => [d.querySelector('dt')?.textContent, d.querySelector('dd')?.textContent]));
  expect(counts).toEqual([
    ['Angemeldet', '3'],
    ['Eingecheckt', '1'],
    ['Warteliste', '1'],
  ]);
  await expect(cards.nth(1).getByText('Demnächst', { exact: true })).toBeVisible();
  await expect(cards.nth(1).locator('dd').first()).toHaveText('0');

  await first.getByRole('link', { name: /^Einlass öffnen/ }).click();
  await expect(page).toHaveURL(new RegExp(`/checkin/${today.slug}$`));
  await expect(page.getByText('1 von 3 eingecheckt')).toBeVisible({ timeout: 30_000 });
});

test('staff without an assigned event get a clear empty state', async ({ page, context }) => {
  await signInAs(context, 'staff');
  await page.goto('/checkin');
  await expect(page.getByTestId('door-event-card')).toHaveCount(0);
  await expect(page.getByText(/keiner Veranstaltung für den Einlass zugeordnet/)).toBeVisible();
});

test('the door speaks English after the language switch: no German UI text, offline messages included', async ({
  page,
  context,
}) => {
  const event = await createCheckinEvent();
  const person = await createDoorPerson(event.id);
  await signInAs(context, 'staff', event.id);
  await openDoor(page, event.slug);

  await page.getByRole('link', { name: /^EN/ }).click();
  await expect(page).toHaveURL(new RegExp(`/checkin/${event.slug}$`));
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByText('0 of 1 checked in')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('sync-banner')).toContainText('Ready for offline use', { timeout: 30_000 });

  await page.getByLabel('Name or organisation').fill(person.lastName);
  await expect(page.getByText('Confirmed, not checked in yet')).toBeVisible();
  await page.getByRole('button', { name: 'Walk-in registration at the door' }).click();
  expect(await uiText(page)).not.toMatch(GERMAN_UI);

  await page.getByLabel('Ticket code').fill(person.qr);
  await page.getByLabel('Ticket code').press('Enter');
  await expect(result(page)).toContainText('Checked in');
  await page.getByLabel('Ticket code').fill(person.qr);
  await page.getByLabel('Ticket code').press('Enter');
  await expect(result(page)).toContainText(/Already checked in at \d{2}:\d{2}/);
  expect(await uiText(page)).not.toMatch(GERMAN_UI);

  await context.setOffline(true);
  await page.getByLabel('First name').fill('Max');
  await page.getByLabel('Last name').fill('Offline');
  await page.getByRole('button', { name: 'Register and check in' }).click();
  await expect(page.getByText('No connection. Walk-in registrations need a connection to the server.')).toBeVisible();
  await expect(page.getByTestId('sync-banner')).toContainText('Offline');
  expect(await uiText(page)).not.toMatch(GERMAN_UI);
  await context.setOffline(false);
});

test('the landing page in English', async ({ page, context }) => {
  const event = await createCheckinEvent();
  await createDoorPerson(event.id);
  await signInAs(context, 'staff', event.id);
  await useEnglish(context);
  await page.goto('/checkin');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check-in');
  const card = page.getByTestId('door-event-card');
  await expect(card.getByText('Registered')).toBeVisible();
  await expect(card.getByRole('link', { name: /^Open check-in/ })).toBeVisible();
  expect(await uiText(page)).not.toMatch(GERMAN_UI);
});
