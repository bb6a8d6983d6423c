import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { readPdf } from '../test/pdf';
import { signInAsOrganizer } from './fixtures/auth';
import { expectNoA11yViolations } from './fixtures/axe';
import { createE2eEvent, e2eQuery } from './fixtures/events';
import { setLanguage } from './fixtures/language';

const HOLDER = 'Frau Prof. Dr. Jürgen-Ülrike Größmann';

// An organizer invited for this spec alone: sign-in links are single-use, and ADMIN_EMAILS is shared.
async function invitedOrganizer(): Promise<string> {
  const email = `bescheinigung-${randomBytes(4).toString('hex')}@example.test`;
  await e2eQuery(
    `INSERT INTO "User" (id, email, role, "invitedAt", "invitedBy") VALUES ($1, $2, 'organizer', now(), 'e2e')`,
    [`e2eu${randomBytes(10).toString('hex')}`, email],
  );
  return email;
}

async function addPerson(eventId: string, p: { lastName: string; checkedIn: boolean }): Promise<string> {
  const hex = () => randomBytes(16).toString('hex');
  const id = `e2er${hex().slice(0, 20)}`;
  await e2eQuery(
    `INSERT INTO "Registration" (id, "eventId", "ticketCode", "manageToken", status, salutation, title, "firstName",
       "lastName", email, "privacyConsentVersion", "privacyConsentAt", "checkedInAt", "updatedAt")
     VALUES ($1, $2, $3, $4, 'confirmed', 'Frau', 'Prof. Dr.', 'Jürgen-Ülrike', $5, $6, 'e2e', now(), $7, now())`,
    [
      id,
      eventId,
      hex().toUpperCase(),
      hex(),
      p.lastName,
      `${hex().slice(0, 10)}@example.test`,
      p.checkedIn ? new Date() : null,
    ],
  );
  return id;
}

/** The QR code of page 1, rasterised with pdftoppm and decoded with jsQR. */
function qrOfPdf(pdf: Buffer): string | undefined {
  const dir = mkdtempSync(path.join(tmpdir(), 'cert-e2e-'));
  writeFileSync(path.join(dir, 'c.pdf'), pdf);
  execFileSync('pdftoppm', ['-png', '-r', '150', '-singlefile', path.join(dir, 'c.pdf'), path.join(dir, 'c')]);
  const png = PNG.sync.read(readFileSync(path.join(dir, 'c.png')));
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
}

async function expectNoSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

test('certificates: download, QR to the verify page, forged refused, grant, revoke, anonymised', async ({
  page,
  browser,
}) => {
  const event = await createE2eEvent({ title: `Digitale Verwaltung ${randomBytes(3).toString('hex')}` });
  await e2eQuery(`UPDATE "Event" SET "startsAt" = $2, "endsAt" = $3 WHERE id = $1`, [
    event.id,
    new Date('2026-11-12T08:00:00Z'),
    new Date('2026-11-12T16:00:00Z'),
  ]);
  await e2eQuery(
    `INSERT INTO "CertificateSettings" ("eventId", enabled, "fixedMinutes", "signatoryName", "signatoryFunctionDe", "updatedAt")
     VALUES ($1, true, 390, 'Dr. Maria Weiß', 'Vorstandsvorsitzende', now())`,
    [event.id],
  );
  const present = await addPerson(event.id, { lastName: 'Größmann', checkedIn: true });
  const absent = await addPerson(event.id, { lastName: 'Abwesend', checkedIn: false });
  const later = await addPerson(event.id, { lastName: 'Später', checkedIn: true });
  const detail = (id: string) => `/dashboard/events/${event.slug}/registrations/${id}`;

  await signInAsOrganizer(page, await invitedOrganizer(), detail(present));
  const section = page.getByRole('region', { name: 'Teilnahmebescheinigung' });
  await expect(section).toContainText('eingecheckt');

  // The organizer's download issues the certificate; private, never cached.
  const response = await page.request.get(`${detail(present)}/certificate.pdf`);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('application/pdf');
  expect(response.headers()['cache-control']).toContain('no-store');
  const pdf = await response.body();
  const [pdfPage] = await readPdf(pdf);
  expect(pdfPage!.text).toContain(HOLDER);
  expect(pdfPage!.text).toContain(event.title);
  expect(pdfPage!.text).toContain('12. November 2026');
  expect(pdfPage!.text).toContain('6,5 Zeitstunden');

  const qr = qrOfPdf(pdf);
  expect(qr).toMatch(/\/verify\/[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}\?s=[A-Za-z0-9_-]{86}$/);
  const verifyUrl = new URL(qr!);
  const certificateId = verifyUrl.pathname.split('/').pop()!;
  expect(pdfPage!.text).toContain(`${verifyUrl.host}/verify/${certificateId}`);

  // Anyone (signed out, phone width) scans the QR code: valid, with the facts.
  const visitor = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const phone = await visitor.newPage();
  const valid = await phone.goto(`${verifyUrl.pathname}${verifyUrl.search}`);
  expect(valid?.status()).toBe(200);
  await expect(phone.getByText(/^Gültig:/)).toBeVisible();
  await expect(phone.getByRole('main')).toContainText(HOLDER);
  await expect(phone.getByRole('main')).toContainText('12. November 2026');
  await expect(phone.getByRole('main')).toContainText('6,5 Zeitstunden');
  expect(await phone.locator('meta[name="robots"]').getAttribute('content')).toContain('noindex');
  await expectNoSidewaysScroll(phone);
  await expectNoA11yViolations(phone);

  // The same page in English (the site's language cookie); the frozen German facts keep their language.
  await setLanguage(visitor, 'en');
  await phone.goto(`${verifyUrl.pathname}${verifyUrl.search}`);
  await expect(phone.getByText(/^Valid:/)).toBeVisible();
  await expect(phone.getByRole('main')).toContainText('6.5 hours');
  await expect(phone.getByRole('main')).toContainText('12 November 2026');
  await expect(phone.locator('dd[lang="de"]').first()).toHaveText(HOLDER);
  await expectNoA11yViolations(phone);
  await setLanguage(visitor, 'de');

  // A forged signature, a changed id and an unknown id are refused with 404.
  const sig = verifyUrl.searchParams.get('s')!;
  const forgedSig = `${sig.slice(0, 20)}${sig[20] === 'A' ? 'B' : 'A'}${sig.slice(21)}`;
  const changedId = `${certificateId.slice(0, -1)}${certificateId.endsWith('0') ? '1' : '0'}`;
  for (const url of [
    `/verify/${certificateId}?s=${forgedSig}`,
    `/verify/${changedId}?s=${sig}`,
    '/verify/ZZZZ-ZZZZ-ZZZZ',
  ]) {
    const refused = await phone.goto(url);
    expect(refused?.status(), url).toBe(404);
    await expect(phone.getByRole('heading', { level: 1 })).toHaveText('Keine gültige Teilnahmebescheinigung');
    await expect(phone.getByRole('main')).not.toContainText('Größmann');
  }
  await expectNoA11yViolations(phone);

  // The public key is published for offline checks.
  const key = await phone.request.get('/verify/public-key.pem');
  expect(await key.text()).toMatch(/^-----BEGIN PUBLIC KEY-----/);

  // Grant to someone not checked in: a reason is required.
  await page.goto(detail(absent));
  await expect(section).toContainText('nicht eingecheckt');
  await section.getByRole('button', { name: 'Bescheinigung ausstellen' }).click();
  await expect(section.getByText('Bitte füllen Sie dieses Feld aus.')).toBeVisible();
  await section.getByLabel('Grund').fill('Hat nachweislich online teilgenommen');
  await section.getByRole('button', { name: 'Bescheinigung ausstellen' }).click();
  await expect(section).toContainText('Ohne Check-in ausgestellt von');
  await expect(section.getByRole('link', { name: 'Bescheinigung herunterladen (PDF)' })).toBeVisible();
  await expectNoA11yViolations(page);

  // Revoke: the verify page says so, with the date but without the reason.
  await page.goto(detail(present));
  await section.getByLabel('Grund').fill('Irrtümlich eingecheckt');
  await section.getByRole('button', { name: 'Bescheinigung widerrufen' }).click();
  await expect(section).toContainText('Widerrufen am');
  await expect(section.getByRole('link', { name: 'Bescheinigung herunterladen (PDF)' })).toHaveCount(0);
  expect((await page.request.get(`${detail(present)}/certificate.pdf`)).status()).toBe(404);
  await phone.goto(`${verifyUrl.pathname}${verifyUrl.search}`);
  await expect(phone.getByText(/^Widerrufen am \d+\. \w+ \d{4}/)).toBeVisible();
  await expect(phone.getByRole('main')).not.toContainText('Irrtümlich');
  await expectNoA11yViolations(phone);

  // Anonymised under the retention rules (the job's SQL is covered by lib/certificates/retention.test.ts).
  expect((await page.request.get(`${detail(later)}/certificate.pdf`)).status()).toBe(200);
  const [issued] = await e2eQuery<{ id: string }>(`SELECT id FROM "Certificate" WHERE "registrationId" = $1`, [later]);
  await e2eQuery(`UPDATE "Certificate" SET "holderName" = '', "anonymizedAt" = now() WHERE id = $1`, [issued!.id]);
  const anonymised = await phone.goto(`/verify/${issued!.id}`);
  expect(anonymised?.status()).toBe(200);
  await expect(phone.getByRole('main')).toContainText('nach Ablauf der Aufbewahrungsfrist gelöscht (anonymisiert)');
  await expect(phone.getByRole('main')).not.toContainText('Jürgen-Ülrike');
  await expectNoSidewaysScroll(phone);
  await expectNoA11yViolations(phone);
  await visitor.close();
});
