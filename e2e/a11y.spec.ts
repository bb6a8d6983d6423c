import { randomBytes } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { expectNoA11yViolations } from './fixtures/axe';
import { createCheckinEvent, createDoorPerson, openDoor, signInAs } from './fixtures/checkin';
import { apiHeaders, exampleAnswers } from './fixtures/clients';
import { createE2eEvent, e2eQuery } from './fixtures/events';
import { CONFERENCE_SLUG, EXAMPLE_SLUG } from './fixtures/constants';
import { englishAdmin } from './fixtures/dashboard-en';
import { uniqueAttendee } from './fixtures/factories';
import { waitForMail } from './fixtures/mailbox';
import { signInAs as signInByMail } from './fixtures/auth';
import { seedUser } from './fixtures/users';
import { setLanguage } from './fixtures/language';

test.describe('public pages', () => {
  test('the home page lists upcoming and past events without axe violations', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
    await expect(page.getByRole('link', { name: /16\. Mitteldeutsche Digitalisierungskonferenz/ })).toBeVisible();
    await expectNoA11yViolations(page);
  });

  test('the past conference keeps its programme and says it has taken place', async ({ page }) => {
    await page.goto(`/events/${CONFERENCE_SLUG}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('16. Mitteldeutsche Digitalisierungskonferenz');
    await expect(page.getByText('Donnerstag, 3. April 2025, 8:30 Uhr').first()).toBeVisible();
    await expect(page.getByText('Digital First – Schluss mit Sand im Getriebe').first()).toBeVisible();
    await expect(page.getByText('Digital first? Schlaglichter der Landes-CIOs')).toBeVisible();
    await expect(page.getByText('Dr. Daniela Dylakiewicz')).toBeVisible();
    await expect(page.getByText(/stattgefunden/).first()).toBeVisible();
    await expect(page.getByRole('link', { name: 'Jetzt anmelden' })).toHaveCount(0);
    await expect(page.getByRole('main')).toHaveCount(1);
    await expectNoA11yViolations(page);
  });

  test('the example event is labelled, open and shows places left', async ({ page }) => {
    await page.goto(`/events/${EXAMPLE_SLUG}`);
    await expect(page.getByText('Beispielveranstaltung').first()).toBeVisible();
    await expect(page.getByText(/noch \d+ Plätze/).first()).toBeVisible();
    await expect(page.getByRole('link', { name: /Anfahrt/ })).toBeVisible();
    await expectNoA11yViolations(page);
  });

  test('pages load nothing from other hosts', async ({ page }) => {
    const foreign: string[] = [];
    page.on('request', (r) => {
      const host = new URL(r.url()).hostname;
      if (host !== 'localhost' && host !== '127.0.0.1') foreign.push(r.url());
    });
    await page.goto(`/events/${EXAMPLE_SLUG}`);
    await page.goto(`/events/${EXAMPLE_SLUG}/register`);
    expect(foreign).toEqual([]);
  });

  test('unknown events answer 404', async ({ page }) => {
    const response = await page.goto('/events/gibt-es-nicht');
    expect(response?.status()).toBe(404);
  });

  test('the registration form with custom questions, photo notice and newsletter has no axe violations, errors included', async ({
    page,
  }) => {
    await page.goto(`/events/${EXAMPLE_SLUG}/register`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
    await expect(page.getByRole('radiogroup', { name: /Teilnahme am Mittagessen\?/ })).toBeVisible();
    await expect(page.getByLabel('Ernährungshinweise')).toBeVisible();
    await expect(page.getByRole('checkbox', { name: /Newsletter des Cluster IT Mitteldeutschland/ })).not.toBeChecked();
    await expectNoA11yViolations(page);
    await page.getByRole('button', { name: 'Verbindlich anmelden' }).click();
    await expect(page.getByRole('radio', { name: 'Ja' })).toHaveAttribute('aria-invalid', 'true');
    await expectNoA11yViolations(page);
  });
});

test.describe('legal pages', () => {
  for (const [path, title, english] of [
    ['/impressum', 'Impressum', 'Legal notice'],
    ['/datenschutz', 'Datenschutzerklärung', 'Privacy policy'],
    ['/barrierefreiheit', 'Erklärung zur Barrierefreiheit', 'Accessibility statement'],
  ] as const) {
    test(`${path} has no axe violations in German and English`, async ({ page }) => {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
      await expectNoA11yViolations(page);
      await page.goto(`/lang?to=en&next=${encodeURIComponent(path)}`);
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      await expect(page.getByRole('heading', { level: 1, name: english })).toBeVisible();
      await expectNoA11yViolations(page);
    });
  }
});

test('the settings page and the cover editor have no axe violations in German and English', async ({ page }) => {
  test.setTimeout(90_000);
  const admin = await seedUser('admin');
  await signInByMail(page, admin.email, '/dashboard/settings');
  for (const lang of ['de', 'en'] as const) {
    await page.goto(`/lang?to=${lang}&next=${encodeURIComponent('/dashboard/settings')}`);
    await expect(
      page.getByRole('heading', { level: 1, name: lang === 'de' ? 'Einstellungen' : 'Settings' }),
    ).toBeVisible();
    await expectNoA11yViolations(page);
    await page.goto(`/dashboard/events/${EXAMPLE_SLUG}/edit/cover`);
    await expect(
      page.getByRole('heading', { level: 2, name: lang === 'de' ? 'Titelbild' : 'Cover image' }),
    ).toBeVisible();
    await expectNoA11yViolations(page);
  }
});

test.describe('newsletter double opt-in', () => {
  test('the mail links to a page that confirms only on the button, and the page passes axe', async ({
    page,
    request,
  }) => {
    const person = uniqueAttendee();
    const created = await request.post(`/api/v1/events/${EXAMPLE_SLUG}/registrations`, {
      headers: apiHeaders(),
      data: {
        firstName: person.firstName,
        lastName: person.lastName,
        email: person.email,
        newsletter: true,
        answers: await exampleAnswers(request),
        consents: { privacy: true },
      },
    });
    expect(created.status()).toBe(201);
    const mail = await waitForMail(person.email, (m) => m.subject.includes('Newsletter'));
    expect(mail.subject).toContain('Beispielveranstaltung');
    const link = mail.text.match(/https?:\/\/\S+\/newsletter\/[A-Za-z0-9_-]{43}/)?.[0];
    expect(link).toBeTruthy();

    const confirmedAt = async () =>
      (
        await e2eQuery<{ at: Date | null }>(
          'SELECT "newsletterConfirmedAt" AS at FROM "Registration" WHERE email = $1',
          [person.email],
        )
      )[0]?.at;
    await page.goto(new URL(link!).pathname);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Newsletter-Anmeldung bestätigen');
    await expect(page.getByText(/Angefordert am/)).toBeVisible();
    expect(await confirmedAt()).toBeNull();
    await expectNoA11yViolations(page);

    await page.getByRole('button', { name: 'Newsletter-Anmeldung bestätigen' }).click();
    await expect(page.getByText('Vielen Dank! Ihre Newsletter-Anmeldung ist bestätigt.')).toBeVisible();
    await expect(page.getByText(/Bestätigt am .*\d{1,2}:\d{2} Uhr/)).toBeVisible();
    expect(await confirmedAt()).toBeInstanceOf(Date);
    await expectNoA11yViolations(page);

    const unknown = await page.goto(`/newsletter/${'A'.repeat(43)}`);
    expect(unknown?.status()).toBe(404);
  });
});

test.describe('door pages in English', () => {
  test('the landing page, the door screen with its walk-in form and the dashboard door page pass axe', async ({
    page,
    context,
  }) => {
    const event = await createCheckinEvent();
    const person = await createDoorPerson(event.id);
    await signInAs(context, 'staff', event.id);
    await openDoor(page, event.slug);
    await setLanguage(context, 'en');

    await page.goto('/checkin');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByTestId('door-event-card')).toHaveCount(1);
    await expectNoA11yViolations(page);

    await page.goto(`/checkin/${event.slug}`);
    await expect(page.getByText('0 of 1 checked in')).toBeVisible({ timeout: 30_000 });
    await page.getByLabel('Name or organisation').fill(person.lastName);
    await page.getByRole('button', { name: 'Walk-in registration at the door' }).click();
    await page.getByRole('button', { name: 'Register and check in' }).click();
    await expect(page.getByLabel('First name')).toHaveAttribute('aria-invalid', 'true');
    await expectNoA11yViolations(page);
    await page.getByRole('button', { name: `Check in: ${person.firstName} ${person.lastName}` }).click();
    await expect(page.getByTestId('checkin-result')).toContainText('Checked in');
    await expectNoA11yViolations(page);

    await page.goto('/dashboard/door');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check-in');
    await expectNoA11yViolations(page);
  });
});

test.describe('dashboard in English', () => {
  test('the English dashboard pages pass axe', async ({ browser }) => {
    test.setTimeout(120_000);
    const event = await createE2eEvent({ title: `Barrierefreiheit-Test ${randomBytes(3).toString('hex')}` });
    const person = await createDoorPerson(event.id);
    const context = await browser.newContext();
    await englishAdmin(context);
    const page = await context.newPage();
    const base = `/dashboard/events/${event.slug}`;
    for (const path of [
      '/dashboard',
      base,
      `${base}/registrations/${person.id}`,
      `${base}/registrations/${person.id}/edit`,
      `${base}/export`,
      `${base}/stats`,
      '/dashboard/users',
      '/dashboard/audit',
      '/dashboard/privacy',
    ]) {
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      await expectNoA11yViolations(page);
    }
    await context.close();
  });
});
