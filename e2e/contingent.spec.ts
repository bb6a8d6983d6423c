import { expect, test } from '@playwright/test';
import { createInvitation, setEventAccess } from './fixtures/access';
import { expectNoA11yViolations } from './fixtures/axe';
import { signInAs } from './fixtures/auth';
import { apiHeaders, randomIp, registerViaApi } from './fixtures/clients';
import { createE2eEvent, e2eQuery } from './fixtures/events';
import { uniqueAttendee } from './fixtures/factories';
import { seedUser } from './fixtures/users';

/** The public registration state the API reports for an event. */
async function publicState(request: import('@playwright/test').APIRequestContext, slug: string) {
  const response = await request.get(`/api/v1/events/${slug}`, { headers: { 'X-Forwarded-For': randomIp() } });
  expect(response.status()).toBe(200);
  return ((await response.json()) as { registration: { status: string; capacity: number; remaining: number } })
    .registration;
}

test.describe('reserved contingent', () => {
  test('the public sees capacity less the contingent; an invitee takes a held seat; releasing by hand opens it', async ({
    page,
    request,
  }) => {
    const event = await createE2eEvent({ capacity: 5 });
    await setEventAccess(event.id, { reservedSeats: 2 });

    // Page, API and form offer 3 of 5 places.
    await page.goto(`/events/${event.slug}`);
    await expect(page.getByText('Noch 3 von 3 Plätzen frei.')).toBeVisible();
    expect(await publicState(request, event.slug)).toMatchObject({ status: 'open', capacity: 3, remaining: 3 });

    // Three public registrations fill the public pool; the fourth is refused, the held seats stay held.
    for (let i = 0; i < 3; i++) expect((await registerViaApi(request, event.slug)).status).toBe('confirmed');
    const refused = await request.post(`/api/v1/events/${event.slug}/registrations`, {
      headers: apiHeaders(),
      data: { ...uniqueAttendee(), consents: { privacy: true } },
    });
    expect(refused.status()).toBe(409);
    expect(await publicState(request, event.slug)).toMatchObject({ status: 'full', capacity: 3, remaining: 0 });
    await page.goto(`/events/${event.slug}`);
    await expect(page.getByText('Die Veranstaltung ist leider ausgebucht.')).toBeVisible();

    // An invitee registers with their token and takes a seat of the contingent.
    const invitee = await createInvitation(event.id);
    const invited = await request.post(`/api/v1/events/${event.slug}/registrations`, {
      headers: apiHeaders(),
      data: { ...invitee, consents: { privacy: true }, invitationToken: invitee.token },
    });
    expect(invited.status(), await invited.text()).toBe(201);
    const [seat] = await e2eQuery<{ contingentSeat: boolean; reservedTaken: number }>(
      `SELECT r."contingentSeat", e."reservedTaken" FROM "Registration" r JOIN "Event" e ON e.id = r."eventId"
       WHERE r."eventId" = $1 AND r.email = $2`,
      [event.id, invitee.email],
    );
    expect(seat).toEqual({ contingentSeat: true, reservedTaken: 1 });

    // The organizer sees the contingent's state and releases the rest by hand.
    const organizer = await seedUser('organizer');
    await signInAs(page, organizer.email, `/dashboard/events/${event.slug}/edit/settings`);
    const status = page.getByRole('region', { name: 'Stand des Kontingents' });
    await expect(status).toContainText('Zurückgehalten: 1 von 2 Plätzen; durch Eingeladene belegt: 1.');
    await expectNoA11yViolations(page);
    page.once('dialog', (dialog) => dialog.accept());
    await status.getByRole('button', { name: 'Kontingent jetzt freigeben' }).click();
    await expect(
      status.getByText('Kontingent freigegeben. Neu im öffentlichen Kontingent: 1; von der Warteliste nachgerückt: 0.'),
    ).toBeVisible();
    await expect(status).toContainText(/Kontingent freigegeben am .+\. Durch Eingeladene belegt: 1\./);
    await expect(status.getByRole('button', { name: 'Kontingent jetzt freigeben' })).toHaveCount(0);

    // The event page and the API now offer the released seat.
    expect(await publicState(request, event.slug)).toMatchObject({ status: 'open', capacity: 5, remaining: 1 });
    await page.goto(`/events/${event.slug}`);
    await expect(page.getByText('Noch 1 von 5 Plätzen frei.')).toBeVisible();
  });

  test('the settings form explains and checks the contingent against the capacity', async ({ page }) => {
    const event = await createE2eEvent({ capacity: 10 });
    const organizer = await seedUser('organizer');
    await signInAs(page, organizer.email, `/dashboard/events/${event.slug}/edit/settings`);
    await page.waitForLoadState('networkidle');
    const seats = page.getByLabel('Zurückgehalten für Eingeladene (Anzahl)');
    await expect(seats).toHaveAccessibleDescription(/nur über eine persönliche Einladung buchbar/);

    await seats.fill('11');
    await page.getByRole('button', { name: 'Speichern' }).click();
    await expect(page.getByText('Das Kontingent darf nicht größer sein als die Kapazität.')).toBeVisible();
    await expect(seats).toHaveAttribute('aria-invalid', 'true');
    await expectNoA11yViolations(page);

    await seats.fill('4');
    await page.getByLabel('Freigabe des Kontingents').fill('2099-03-12T09:30');
    await page.getByLabel('Personen je Gruppenanmeldung').fill('3');
    await page.getByRole('button', { name: 'Speichern' }).click();
    await expect(page.getByText('Gespeichert.')).toBeVisible();
    const [stored] = await e2eQuery<{ reservedSeats: number; reservedReleaseAt: Date; maxGroupSize: number }>(
      `SELECT "reservedSeats", "reservedReleaseAt", "maxGroupSize" FROM "Event" WHERE id = $1`,
      [event.id],
    );
    // 09:30 in Berlin in March is 08:30 UTC.
    expect(stored).toEqual({
      reservedSeats: 4,
      reservedReleaseAt: new Date('2099-03-12T08:30:00Z'),
      maxGroupSize: 3,
    });
    await page.reload();
    await expect(page.getByRole('region', { name: 'Stand des Kontingents' })).toContainText(
      /Zurückgehalten: 4 von 4 Plätzen; durch Eingeladene belegt: 0\. Automatische Freigabe am \w+, 12\. März 2099, 9:30 Uhr/,
    );
    await page.goto(`/events/${event.slug}`);
    await expect(page.getByText('Noch 6 von 6 Plätzen frei.')).toBeVisible();
  });
});

test.describe('invitation-only events', () => {
  test('the public pages say so and offer no form; the API refuses a registration without invitation', async ({
    page,
    request,
  }) => {
    const event = await createE2eEvent({ capacity: 50 });
    await setEventAccess(event.id, { invitationOnly: true });
    await page.goto(`/events/${event.slug}`);
    const box = page.getByRole('region', { name: 'Anmeldung' });
    await expect(box).toContainText('Die Teilnahme ist nur auf persönliche Einladung möglich.');
    await expect(box.getByRole('link', { name: 'Jetzt anmelden' })).toHaveCount(0);
    await expect(box.getByRole('link', { name: 'Kolleginnen und Kollegen anmelden' })).toHaveCount(0);

    for (const path of ['register', 'register/group']) {
      await page.goto(`/events/${event.slug}/${path}`);
      await expect(page.getByText('Die Teilnahme ist nur auf persönliche Einladung möglich.')).toBeVisible();
      await expect(page.getByRole('textbox', { name: 'Vorname' })).toHaveCount(0);
      await expectNoA11yViolations(page);
    }

    const response = await request.post(`/api/v1/events/${event.slug}/registrations`, {
      headers: apiHeaders(),
      data: { ...uniqueAttendee(), consents: { privacy: true } },
    });
    expect(response.status()).toBe(403);
  });
});
