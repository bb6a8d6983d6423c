import { execFileSync } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { signInAsOrganizer } from './fixtures/auth';
import { expectNoA11yViolations } from './fixtures/axe';
import { registerViaApi } from './fixtures/clients';
import { createE2eEvent, e2eQuery } from './fixtures/events';
import { readMails, waitForMail } from './fixtures/mailbox';
import { seedUser } from './fixtures/users';

// Certificate mails wait in the outbox queue behind whatever other specs queued (see organizer-message.spec.ts).
const QUEUED_MAIL_MS = 240_000;

const isCertificateMail = (m: { subject: string }) => m.subject.includes('Teilnahmebescheinigung');
const pdfAttachments = (m: { attachments: { contentType: string; filename?: string }[] }) =>
  m.attachments.filter((a) => a.contentType === 'application/pdf');

test('an organizer sends the certificates of two checked-in attendees once; attendees and organizer download them', async ({
  page,
  context,
  request,
}) => {
  test.setTimeout(600_000);
  const event = await createE2eEvent({ capacity: 10 });
  const people = [
    await registerViaApi(request, event.slug),
    await registerViaApi(request, event.slug),
    await registerViaApi(request, event.slug),
  ];
  const [inA, inB, absent] = people as [(typeof people)[number], (typeof people)[number], (typeof people)[number]];
  await e2eQuery('UPDATE "Registration" SET "checkedInAt" = now() WHERE id = ANY($1)', [[inA.id, inB.id]]);
  // The event took place yesterday, and the organizer switched certificates on.
  await e2eQuery(
    `UPDATE "Event" SET "startsAt" = now() - interval '1 day', "endsAt" = now() - interval '16 hours' WHERE id = $1`,
    [event.id],
  );
  await e2eQuery(
    `INSERT INTO "CertificateSettings" ("eventId", enabled, "fixedMinutes", "updatedAt") VALUES ($1, true, 480, now())`,
    [event.id],
  );
  const tokens = Object.fromEntries(
    (
      await e2eQuery<{ id: string; manageToken: string }>(
        'SELECT id, "manageToken" FROM "Registration" WHERE "eventId" = $1',
        [event.id],
      )
    ).map((r) => [r.id, r.manageToken]),
  );

  const organizer = await seedUser('organizer');
  const certificatesPath = `/dashboard/events/${event.slug}/certificates`;
  await signInAsOrganizer(page, organizer.email, `/dashboard/events/${event.slug}`);
  await page.locator('summary', { hasText: 'Weitere Aktionen' }).click();
  await page.getByRole('link', { name: 'Teilnahmebescheinigungen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Teilnahmebescheinigungen' })).toBeVisible();
  const counts = page.locator('dl[aria-label="Teilnahmebescheinigungen nach Stand"]');
  await expect(counts).toContainText('Berechtigt2');
  await expect(counts).toContainText('Erhalten jetzt eine Mail2');
  await expectNoA11yViolations(page);

  // A second tab, opened before sending, still offers the button: it sends nobody a second time.
  const stale = await context.newPage();
  await stale.goto(certificatesPath);

  await page.getByRole('button', { name: 'Bescheinigungen an 2 Personen senden' }).click();
  await expect(page.getByRole('button', { name: 'Ja, jetzt senden' })).toBeFocused();
  await page.getByRole('button', { name: 'Ja, jetzt senden' }).click();
  await expect(page.getByRole('status')).toHaveText('2 Mails sind in der Warteschlange.');
  await expect(page.getByRole('heading', { level: 2, name: 'Zustellung' })).toBeVisible();
  await expectNoA11yViolations(page);

  for (const person of [inA, inB]) {
    const mail = await waitForMail(person.email, isCertificateMail, QUEUED_MAIL_MS);
    const pdfs = pdfAttachments(mail);
    expect(pdfs).toHaveLength(1);
    expect(pdfs[0]?.filename).toMatch(/^Teilnahmebescheinigung-[A-Za-z0-9-]+\.pdf$/);
    expect(mail.text).toContain(`/manage/${tokens[person.id]}`);
  }

  await stale.getByRole('button', { name: 'Bescheinigungen an 2 Personen senden' }).click();
  await stale.getByRole('button', { name: 'Ja, jetzt senden' }).click();
  await expect(stale.getByRole('status')).toHaveText(
    'Niemand war neu hinzuzufügen; es wurde keine Mail doppelt versandt.',
  );
  const rows = await e2eQuery<{ n: number }>(
    `SELECT count(*)::int AS n FROM "OutboxMail" WHERE "eventId" = $1 AND kind = 'certificate'`,
    [event.id],
  );
  expect(rows[0]?.n).toBe(2);
  await page.reload();
  await expect(page.getByText('Alle Berechtigten haben ihre Bescheinigung bereits erhalten')).toBeVisible();
  const certificateMails = (await readMails()).filter(
    (m) => isCertificateMail(m) && people.some((p) => m.to.includes(p.email.toLowerCase())),
  );
  expect(certificateMails.map((m) => m.to).sort()).toEqual([[inA.email], [inB.email]].sort());

  // Self-service: the manage page offers the download to a checked-in attendee, not to the absent one.
  await page.goto(`/manage/${tokens[inA.id]}`);
  const download = page.getByRole('link', { name: 'Teilnahmebescheinigung herunterladen' });
  await expect(download).toBeVisible();
  const pdf = await request.get(`/manage/${tokens[inA.id]}/certificate.pdf`);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()['content-type']).toBe('application/pdf');
  expect(pdf.headers()['content-disposition']).toMatch(/^attachment; filename="Teilnahmebescheinigung-/);
  expect(pdf.headers()['cache-control']).toContain('no-store');
  expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
  await page.goto(`/manage/${tokens[absent.id]}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Teilnahmebescheinigung herunterladen' })).toHaveCount(0);
  const refused = await request.get(`/manage/${tokens[absent.id]}/certificate.pdf`);
  expect(refused.status()).toBe(409);
  expect(await refused.text()).toContain('Sie wurden nicht eingecheckt');

  // The organizers' ZIP holds exactly the two certificates.
  const zip = await page.request.get(`${certificatesPath}/certificates.zip`);
  expect(zip.status()).toBe(200);
  expect(zip.headers()['content-type']).toBe('application/zip');
  const file = path.join(await mkdtemp(path.join(os.tmpdir(), 'certificates-')), 'all.zip');
  await writeFile(file, await zip.body());
  const names = execFileSync('unzip', ['-Z1', file], { encoding: 'utf8' }).trim().split('\n');
  expect(names).toHaveLength(2);
  for (const name of names) expect(name).toMatch(/^Teilnahmebescheinigung-[A-Za-z0-9-]+\.pdf$/);
});

test('before the end the page explains when sending opens, and the ZIP answers 409', async ({ page }) => {
  const event = await createE2eEvent({ capacity: 10 });
  await e2eQuery(`INSERT INTO "CertificateSettings" ("eventId", enabled, "updatedAt") VALUES ($1, true, now())`, [
    event.id,
  ]);
  const organizer = await seedUser('organizer');
  const certificatesPath = `/dashboard/events/${event.slug}/certificates`;
  await signInAsOrganizer(page, organizer.email, certificatesPath);
  await expect(page.getByText('Teilnahmebescheinigungen können Sie erst nach dem Ende versenden')).toBeVisible();
  await expect(page.getByRole('button', { name: /senden/ })).toHaveCount(0);
  const zip = await page.request.get(`${certificatesPath}/certificates.zip`);
  expect(zip.status()).toBe(409);
  expect(await zip.text()).toContain('Es ist noch keine Bescheinigung ausgestellt');
  await expectNoA11yViolations(page);
});
