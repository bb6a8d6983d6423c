import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { expectNoA11yViolations } from './fixtures/axe';
import { addLunchQuestion, createE2eEvent } from './fixtures/events';
import { registerViaApi as register } from './fixtures/clients';
import { waitForMail, type ReceivedMail } from './fixtures/mailbox';

/** The manage path from a mail, e.g. "/manage/<43 chars>". */
function managePathOf(mail: ReceivedMail): string {
  const match = `${mail.text}\n${mail.html || ''}`.match(/\/manage\/[A-Za-z0-9_-]{43}/);
  expect(match, 'manage link in the mail').not.toBeNull();
  return match![0];
}

test.describe('attendee self-service', () => {
  test('register → manage → edit → calendar → cancel → waitlisted person promoted', async ({ page, request }) => {
    const event = await createE2eEvent({ capacity: 1, waitlistEnabled: true });
    const a = await register(request, event.slug);
    const b = await register(request, event.slug);
    expect([a.status, b.status]).toEqual(['confirmed', 'waitlisted']);

    const mailA = await waitForMail(a.email, (m) => m.subject.includes(event.title));
    expect(mailA.text).toContain('Anmeldung ansehen, ändern oder stornieren');
    const pathA = managePathOf(mailA);
    const mailB = await waitForMail(b.email, (m) => m.subject.includes(event.title));
    expect(mailB.text).toContain('Platz 1 der Warteliste');
    const pathB = managePathOf(mailB);

    // Fresh from the form: thanks, the address the mail went to, and the way to correct it.
    await page.goto(`${pathA}?neu=1`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ihre Anmeldung');
    const thanks = page.getByRole('status').filter({ hasText: 'Vielen Dank für Ihre Anmeldung!' });
    await expect(thanks).toContainText(`Wir haben eine Bestätigung an ${a.email} gesendet.`);
    await expect(thanks.getByRole('link', { name: 'Falsche Adresse?' })).toHaveAttribute('href', '#email-korrigieren');
    await expect(page.getByText('bestätigt', { exact: true })).toBeVisible();
    await expect(page.getByText(/Einwilligung zur Datenverarbeitung erteilt am .+, Version /)).toBeVisible();
    await expectNoA11yViolations(page);

    // Correct the organisation.
    const organization = `Landratsamt Nordsachsen ${randomBytes(3).toString('hex')}`;
    await page.getByLabel('Organisation', { exact: true }).fill(organization);
    await page.getByRole('button', { name: 'Änderungen speichern' }).click();
    await expect(page.getByText('Ihre Änderungen wurden gespeichert.')).toBeVisible();
    const data = page.getByRole('region', { name: 'Ihre Angaben' });
    await expect(data).toContainText(organization);
    await page.reload();
    await expect(page.getByRole('region', { name: 'Ihre Angaben' })).toContainText(organization);

    // Calendar file through the link on the page.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'In den Kalender eintragen (.ics)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`${event.slug}.ics`);
    const ics = await readFile((await download.path())!, 'utf8');
    expect(ics).toContain('BEGIN:VCALENDAR');
    expect(ics).toMatch(/DTSTART:\d{8}T\d{6}Z/);
    expect(ics).toContain('Leipzig');
    const png = await page.request.get(`${pathA}/ticket.png`);
    expect(png.headers()['content-type']).toBe('image/png');

    // Cancel, with the confirmation step (and a change of mind first).
    await page.getByRole('button', { name: 'Anmeldung stornieren' }).click();
    await expect(page.getByText('Möchten Sie Ihre Anmeldung wirklich stornieren?')).toBeVisible();
    await page.getByRole('button', { name: 'Abbrechen' }).click();
    await expect(page.getByRole('button', { name: 'Ja, verbindlich stornieren' })).toHaveCount(0);
    await page.getByRole('button', { name: 'Anmeldung stornieren' }).click();
    await page.getByRole('button', { name: 'Ja, verbindlich stornieren' }).click();
    await expect(page.getByText('storniert', { exact: true })).toBeVisible();
    await expect(page.getByText(/Diese Anmeldung wurde am .+ storniert/)).toBeVisible();
    await expect(page.getByRole('link', { name: 'In den Kalender eintragen (.ics)' })).toHaveCount(0);
    expect((await page.request.get(`${pathA}/calendar.ics`)).status()).toBe(404);
    await expectNoA11yViolations(page);

    // The first person on the waiting list moves up and hears about it on the SMTP listener.
    const promotion = await waitForMail(
      b.email,
      (m) => m.subject.startsWith('Platz frei') && m.text.includes('ist ein Platz frei geworden'),
    );
    expect(managePathOf(promotion)).toBe(pathB);
    await page.goto(pathB);
    await expect(page.getByText('bestätigt', { exact: true })).toBeVisible();
    await expect(page.getByText(/auf der Warteliste/)).toHaveCount(0);
    await expectNoA11yViolations(page);
  });

  test('a waitlisted attendee sees their place on the list and can answer a question later', async ({
    page,
    request,
  }) => {
    const event = await createE2eEvent({ capacity: 1, waitlistEnabled: true });
    await addLunchQuestion(event.id);
    await register(request, event.slug);
    await register(request, event.slug);
    const c = await register(request, event.slug);
    const path = managePathOf(await waitForMail(c.email, (m) => m.subject.includes(event.title)));
    await page.goto(`${path}?neu=1`);
    await expect(page.getByRole('status')).toContainText('Sie stehen auf der Warteliste.');
    await expect(page.getByText('Platz 2 auf der Warteliste')).toBeVisible();
    await expectNoA11yViolations(page);

    const lunch = page.getByRole('radiogroup', { name: 'Teilnahme am Mittagessen?' });
    await lunch.getByLabel('Ja', { exact: true }).check();
    await page.getByRole('button', { name: 'Änderungen speichern' }).click();
    await expect(page.getByText('Ihre Änderungen wurden gespeichert.')).toBeVisible();
    await page.reload();
    const answers = page.getByRole('region', { name: 'Ihre Angaben' });
    await expect(answers.getByRole('definition').filter({ hasText: /^Ja$/ })).toBeVisible();
    await expect(
      page.getByRole('radiogroup', { name: 'Teilnahme am Mittagessen?' }).getByLabel('Ja', { exact: true }),
    ).toBeChecked();
  });

  test('a wrong token gets 404 and the page is neither cached nor leaked via Referer', async ({ request }) => {
    for (const token of ['A'.repeat(43), 'kurz', '..%2F..%2Fetc']) {
      const response = await request.get(`/manage/${token}`);
      expect(response.status()).toBe(404);
      const html = await response.text();
      expect(html).toContain('Seite nicht gefunden');
      expect(html).not.toMatch(/Ticket herunterladen|Ihre Angaben|stornieren/);
    }
    expect((await request.get(`/manage/${'A'.repeat(43)}/calendar.ics`)).status()).toBe(404);

    const event = await createE2eEvent({ capacity: 10 });
    const a = await register(request, event.slug);
    const path = managePathOf(await waitForMail(a.email, (m) => m.subject.includes(event.title)));
    const response = await request.get(path);
    expect(response.status()).toBe(200);
    expect(response.headers()['referrer-policy']).toBe('no-referrer');
    expect(response.headers()['cache-control']).toContain('no-store');
  });
});
