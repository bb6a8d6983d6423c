import { expect, test } from '@playwright/test';
import { bookingsOf, expectNoSidewaysScroll, fillPerson, openForm, submitForm } from './fixtures/attendance';
import { expectNoA11yViolations } from './fixtures/axe';
import { apiHeaders, registerViaApi, registrationCount } from './fixtures/clients';
import { uniqueAttendee } from './fixtures/factories';
import { waitForMail } from './fixtures/mailbox';
import { createSessionEvent } from './fixtures/sessions';

// A conference day: a plenary, then three parallel workshops (one slot), then one more after a break.
async function workshopDay() {
  const event = await createSessionEvent({ capacity: 50 }, [
    { title: 'Plenum: Eröffnung', fromHour: 0, toHour: 1, bookable: false },
    { title: 'Workshop Datenräume', fromHour: 1, toHour: 3, capacity: 10, room: 'Li110' },
    { title: 'Workshop Barrierefreiheit', fromHour: 1, toHour: 2, capacity: 1 },
    { title: 'Workshop KI-Recht', fromHour: 2, toHour: 3, capacity: 1, waitlistEnabled: true },
    { title: 'Workshop Open Data', fromHour: 4, toHour: 5 },
  ]);
  const [, datenraeume, barrierefreiheit, kiRecht, openData] = event.sessionIds as [
    string,
    string,
    string,
    string,
    string,
  ];
  return { event, datenraeume, barrierefreiheit, kiRecht, openData };
}

test.describe('booking workshops', () => {
  test('the form offers the workshops by time slot, shows full ones, and books the choice', async ({
    page,
    request,
  }) => {
    const day = await workshopDay();
    // Fill the two small workshops.
    await registerViaApi(request, day.event.slug, { sessions: [day.barrierefreiheit] });
    await registerViaApi(request, day.event.slug, { sessions: [day.kiRecht] });

    // The programme marks the bookable sessions and their places.
    await page.goto(`/events/${day.event.slug}`);
    const programme = page.locator('ol').filter({ hasText: 'Plenum: Eröffnung' });
    const item = (title: string) => programme.locator(':scope > li').filter({ hasText: title });
    await expect(item('Plenum: Eröffnung')).not.toContainText('Workshop mit Anmeldung');
    await expect(item('Workshop Datenräume')).toContainText('noch 10 Plätze frei');
    await expect(item('Workshop Barrierefreiheit')).toContainText(/ausgebucht$/);
    await expect(item('Workshop KI-Recht')).toContainText('ausgebucht – Warteliste möglich');
    await expect(item('Workshop Open Data')).toContainText('Plätze frei');

    const openedAt = await openForm(page, day.event.slug);
    const workshops = page.getByRole('group', { name: 'Workshops' });
    await expect(workshops).toBeVisible();
    const slots = workshops.getByRole('group', { name: /^Zeitraum / });
    await expect(slots).toHaveCount(2);
    const first = slots.nth(0);
    await expect(first.getByRole('radio')).toHaveCount(4);
    await expect(first.getByRole('radio', { name: /Workshop Barrierefreiheit/ })).toBeDisabled();
    await expect(first.getByRole('radio', { name: /Workshop KI-Recht/ })).toBeEnabled();
    await expect(first.getByText(/KI-Recht.*Warteliste dieses Workshops/)).toBeVisible();
    await expect(first.getByRole('radio', { name: 'Keinen Workshop in diesem Zeitraum' })).toBeChecked();
    await expectNoA11yViolations(page);

    const person = await fillPerson(page);
    // Keyboard: the slot's radios move with the arrow keys.
    await first.getByRole('radio', { name: /Workshop Datenräume/ }).focus();
    await page.keyboard.press('Space');
    await expect(first.getByRole('radio', { name: /Workshop Datenräume/ })).toBeChecked();
    await slots
      .nth(1)
      .getByRole('radio', { name: /Workshop Open Data/ })
      .check();
    const managePath = await submitForm(page, openedAt);

    expect(await bookingsOf(person.email)).toEqual({ [day.datenraeume]: 'confirmed', [day.openData]: 'confirmed' });
    const booked = page.getByRole('region', { name: 'Ihre Workshops' }).first();
    await expect(booked).toContainText('Workshop Datenräume');
    await expect(booked).toContainText('Raum: Li110');
    const mail = await waitForMail(person.email, (m) => m.subject.startsWith('Anmeldebestätigung'));
    expect(mail.text).toMatch(/Ihre Workshops/i);
    expect(mail.text).toContain('Workshop Datenräume');
    expect(mail.text).toContain('Workshop Open Data');
    expect(managePath).toMatch(/^\/manage\//);
  });

  test('the server refuses overlapping, unknown and full workshops, writing nothing', async ({ request }) => {
    const day = await workshopDay();
    await registerViaApi(request, day.event.slug, { sessions: [day.barrierefreiheit] });
    const post = (sessions: string[]) => {
      const person = uniqueAttendee();
      return request
        .post(`/api/v1/events/${day.event.slug}/registrations`, {
          headers: apiHeaders(),
          data: { ...person, consents: { privacy: true }, sessions },
        })
        .then(async (response) => ({ person, status: response.status(), body: await response.json() }));
    };

    const overlap = await post([day.datenraeume, day.kiRecht]);
    expect(overlap.status).toBe(400);
    expect(overlap.body.errors.sessions).toContain('finden gleichzeitig statt');
    expect(await registrationCount(overlap.person.email)).toBe(0);

    const unknown = await post(['gibt-es-nicht']);
    expect(unknown.status).toBe(400);
    expect(await registrationCount(unknown.person.email)).toBe(0);

    const full = await post([day.barrierefreiheit]);
    expect(full.status).toBe(409);
    expect(full.body.error.message).toContain('Workshop Barrierefreiheit');
    expect(await registrationCount(full.person.email)).toBe(0);

    // A full workshop with a waiting list takes the registration and puts the booking on that list.
    await registerViaApi(request, day.event.slug, { sessions: [day.kiRecht] });
    const waiting = await registerViaApi(request, day.event.slug, { sessions: [day.kiRecht] });
    expect(waiting.status).toBe('confirmed');
    expect(await bookingsOf(waiting.email)).toEqual({ [day.kiRecht]: 'waitlisted' });
  });

  test('the form fits a phone of 390 px without sideways scrolling', async ({ page }) => {
    const day = await workshopDay();
    await page.setViewportSize({ width: 390, height: 844 });
    await openForm(page, day.event.slug);
    await expect(page.getByRole('group', { name: 'Workshops' })).toBeVisible();
    await expectNoSidewaysScroll(page);
    await page.goto(`/events/${day.event.slug}`);
    await expectNoSidewaysScroll(page);
  });
});
