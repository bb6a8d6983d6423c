import { randomBytes } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { fillPerson, managePathOf, openForm, submitForm } from './fixtures/attendance';
import { expectNoA11yViolations } from './fixtures/axe';
import { registerViaApi } from './fixtures/clients';
import { e2eQuery } from './fixtures/events';
import { waitForMail } from './fixtures/mailbox';
import { createSessionEvent } from './fixtures/sessions';

const joinPathOf = (text: string) => text.match(/\/join\/[A-Za-z0-9_-]{43}/)?.[0];

async function joinState(email: string) {
  const [row] = await e2eQuery<{ joinFirstAt: Date | null; joinCount: number; mode: string }>(
    `SELECT "joinFirstAt", "joinCount", mode::text FROM "Registration" WHERE email = $1`,
    [email.toLowerCase()],
  );
  return row!;
}

test.describe('hybrid attendance', () => {
  test('online: join link and no QR code; the stream is hidden before its release, then opens and is recorded', async ({
    page,
    request,
  }) => {
    const streamUrl = `https://stream.example.org/live-${randomBytes(6).toString('hex')}`;
    const event = await createSessionEvent(
      { capacity: 10, attendanceFormat: 'hybrid', onlineCapacity: 5, streamUrl, startsInHours: 48 },
      [{ title: 'Workshop vor Ort', fromHour: 1, toHour: 2, capacity: 5 }],
    );

    const openedAt = await openForm(page, event.slug);
    const modes = page.getByRole('group', { name: 'Wie nehmen Sie teil?' });
    await expect(modes.getByRole('radio', { name: /Vor Ort – noch 10 Plätze frei/ })).toBeChecked();
    await expect(modes.getByRole('radio', { name: /Online – noch 5 Plätze frei/ })).toBeVisible();
    const person = await fillPerson(page);
    await modes.getByRole('radio', { name: /Online/ }).check();
    await expect(page.getByText('Bei Online-Teilnahme werden keine Workshops gebucht.')).toBeVisible();
    await expectNoA11yViolations(page);
    const managePath = await submitForm(page, openedAt);

    // The manage page: a join link instead of the QR code; no PNG ticket.
    await expect(page.getByRole('img', { name: /QR-Code/ })).toHaveCount(0);
    const join = page.getByTestId('join-link').first();
    await expect(join).toBeVisible();
    const joinPath = new URL((await join.getAttribute('href'))!, page.url()).pathname;
    expect(joinPath).toMatch(/^\/join\/[A-Za-z0-9_-]{43}$/);
    expect(await page.content()).not.toContain(streamUrl);
    expect((await request.get(`${managePath}/ticket.png`)).status()).toBe(404);
    await expectNoA11yViolations(page);

    // The confirmation mail: the join link, no QR image, no calendar file, no stream URL.
    const mail = await waitForMail(person.email, (m) => m.subject.startsWith('Anmeldebestätigung'));
    expect(joinPathOf(mail.text)).toBe(joinPath);
    expect(mail.attachments).toEqual([]);
    expect(`${mail.text}${mail.html}`).not.toContain(streamUrl);
    expect(mail.text).toContain('Online (Livestream)');

    // The ticket page from the mail: no QR either.
    const ticketCode = (
      await e2eQuery<{ ticketCode: string }>(`SELECT "ticketCode" FROM "Registration" WHERE email = $1`, [
        person.email.toLowerCase(),
      ])
    )[0]!.ticketCode;
    await page.goto(`/tickets/${ticketCode}`);
    await expect(page.getByRole('img', { name: /QR-Code/ })).toHaveCount(0);
    await expect(page.getByTestId('join-link')).toHaveAttribute('href', joinPath);
    await expectNoA11yViolations(page);

    // Before the release: a page with the release time, and no stream URL anywhere.
    const early = await request.get(joinPath, { maxRedirects: 0 });
    expect(early.status()).toBe(303);
    expect(early.headers().location).toBe(`${joinPath}/info`);
    await page.goto(joinPath);
    await expect(page).toHaveURL(new RegExp(`${joinPath}/info$`));
    await expect(page.getByText(/noch nicht freigegeben.*ab .+ zum Livestream/)).toBeVisible();
    expect(await page.content()).not.toContain(streamUrl);
    await expectNoA11yViolations(page);
    expect((await joinState(person.email)).joinCount).toBe(0);

    // Within the release window: a HEAD probe neither counts nor learns the URL; a GET redirects and is recorded.
    await e2eQuery(
      `UPDATE "Event" SET "startsAt" = now() + interval '10 minutes', "endsAt" = now() + interval '8 hours' WHERE id = $1`,
      [event.id],
    );
    const probe = await request.head(joinPath, { maxRedirects: 0 });
    expect(probe.headers().location).toBeUndefined();
    expect((await joinState(person.email)).joinCount).toBe(0);
    const open = await request.get(joinPath, { maxRedirects: 0 });
    expect(open.status()).toBe(303);
    expect(open.headers().location).toBe(streamUrl);
    const recorded = await joinState(person.email);
    expect(recorded.joinCount).toBe(1);
    expect(recorded.joinFirstAt).not.toBeNull();
  });

  test('switching mode on the manage page, refused when the other mode is full; a cancelled join link is 404', async ({
    page,
    request,
  }) => {
    const event = await createSessionEvent(
      { capacity: 10, attendanceFormat: 'hybrid', onlineCapacity: 1, streamUrl: 'https://stream.example.org/x' },
      [{ title: 'Workshop Netzwerk', fromHour: 1, toHour: 2, capacity: 5 }],
    );
    const [workshop] = event.sessionIds as [string];
    const a = await registerViaApi(request, event.slug, { mode: 'onsite', sessions: [workshop] });
    const pathA = managePathOf(await waitForMail(a.email, (m) => m.subject.startsWith('Anmeldebestätigung')));

    // On site → online: the warning about the workshops, then the switch; a mail with the join link follows.
    await page.goto(pathA);
    const section = page.getByRole('region', { name: 'Teilnahmeart' });
    await expect(section).toContainText('Sie nehmen vor Ort teil.');
    await expect(section).toContainText('werden Ihre gebuchten Workshops freigegeben');
    await expectNoA11yViolations(page);
    const switchButton = section.getByRole('button', { name: 'Zur Online-Teilnahme wechseln' });
    await expect(switchButton).toBeDisabled();
    await section.getByRole('checkbox', { name: 'Ich möchte die Teilnahmeart wechseln.' }).check();
    await switchButton.click();
    await expect(page.getByRole('region', { name: 'Teilnahmeart' })).toContainText('Sie nehmen online teil.');
    expect((await joinState(a.email)).mode).toBe('online');
    const changed = await waitForMail(a.email, (m) => m.subject.startsWith('Ihre Anmeldung wurde geändert'));
    expect(joinPathOf(changed.text)).toBeTruthy();
    expect(changed.text).toContain('Teilnahme: Online');

    // Back on site; then B takes the only online place, and switching to online is refused, changing nothing.
    await page.getByRole('region', { name: 'Teilnahmeart' }).getByRole('checkbox').check();
    await page.getByRole('button', { name: 'Zur Teilnahme vor Ort wechseln' }).click();
    await expect(page.getByRole('region', { name: 'Teilnahmeart' })).toContainText('Sie nehmen vor Ort teil.');
    const b = await registerViaApi(request, event.slug, { mode: 'online' });
    expect(b.status).toBe('confirmed');
    const section2 = page.getByRole('region', { name: 'Teilnahmeart' });
    await section2.getByRole('checkbox').check();
    await section2.getByRole('button', { name: 'Zur Online-Teilnahme wechseln' }).click();
    await expect(page.getByTestId('mode-switch-message')).toContainText('kein Platz mehr frei');
    expect((await joinState(a.email)).mode).toBe('onsite');

    // B cancels: B's join link answers 404 from then on.
    const pathB = managePathOf(await waitForMail(b.email, (m) => m.subject.startsWith('Anmeldebestätigung')));
    const joinB = joinPathOf((await waitForMail(b.email, (m) => m.subject.startsWith('Anmeldebestätigung'))).text)!;
    expect((await request.get(joinB, { maxRedirects: 0 })).status()).toBe(303);
    await page.goto(pathB);
    await page.getByRole('button', { name: 'Anmeldung stornieren' }).click();
    await page.getByRole('button', { name: 'Ja, verbindlich stornieren' }).click();
    await expect(page.getByText('storniert', { exact: true })).toBeVisible();
    expect((await request.get(joinB, { maxRedirects: 0 })).status()).toBe(404);
  });
});
