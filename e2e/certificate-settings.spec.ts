import { expect, type Locator, test } from '@playwright/test';
import { PNG } from 'pngjs';
import { signInAsOrganizer } from './fixtures/auth';
import { expectNoA11yViolations } from './fixtures/axe';
import { createE2eEvent } from './fixtures/events';
import { setLanguage } from './fixtures/language';
import { seedUser } from './fixtures/users';

/** A real 120×40 PNG: a dark stroke on white, like a scanned signature. */
function signaturePng(): Buffer {
  const png = new PNG({ width: 120, height: 40 });
  for (let y = 0; y < 40; y++)
    for (let x = 0; x < 120; x++) {
      const i = (y * 120 + x) * 4;
      const ink = Math.abs(y - 20 - Math.round(10 * Math.sin(x / 8))) < 2;
      png.data.set(ink ? [20, 30, 90, 255] : [255, 255, 255, 255], i);
    }
  return PNG.sync.write(png);
}

const count = async (sheet: Locator, text: string) =>
  (((await sheet.textContent()) ?? '').match(new RegExp(text, 'g')) ?? []).length;

test('an organizer words the certificate with a live preview, uploads a signature and gets a sample PDF', async ({
  page,
}) => {
  const event = await createE2eEvent();
  const organizer = await seedUser('organizer');
  const path = `/dashboard/events/${event.slug}/edit/certificate`;
  await signInAsOrganizer(page, organizer.email, path);
  await expect(page.getByRole('heading', { level: 2, name: 'Teilnahmebescheinigung' })).toBeVisible();
  await expect(
    page.getByRole('navigation', { name: 'Bereiche des Editors' }).getByRole('link', { name: 'Bescheinigung' }),
  ).toHaveAttribute('aria-current', 'page');
  await expectNoA11yViolations(page);

  // The valid placeholders are listed with their German names.
  await expect(page.getByRole('term')).toHaveText([
    '{name}',
    '{veranstaltung}',
    '{datum}',
    '{ort}',
    '{stunden}',
    '{sitzungen}',
  ]);

  // Before anything is typed, the default wording names the sample holder once.
  const sheet = page.getByRole('article', { name: 'Bescheinigung im Format A4 (Deutsch)' });
  await expect(sheet).toContainText('Teilnahmebescheinigung');
  await expect(sheet).toContainText(`Veranstaltung „${event.title}“ in HTWK Leipzig`);
  expect(await count(sheet, 'Anna Großmann')).toBe(1);

  await page.getByLabel('Teilnahmebescheinigungen ausstellen').check();
  await page.getByLabel('Titel (Deutsch)').fill('Fortbildungsnachweis');
  await page
    .getByLabel('Text (Deutsch)')
    .fill('Hiermit bestätigen wir, dass {name} an „{veranstaltung}“ teilgenommen hat ({stunden} Zeitstunden).');
  await page.getByLabel('Name der unterzeichnenden Person').fill('Dr. Maria Schneider');
  await page.getByLabel('Funktion (Deutsch)').fill('Geschäftsführerin');
  await page.getByLabel('Stunden', { exact: true }).fill('7,5');
  await expect(sheet).toContainText('Fortbildungsnachweis');
  await expect(sheet).toContainText(
    `Hiermit bestätigen wir, dass Frau Prof. Dr. Anna Großmann an „${event.title}“ teilgenommen hat (7,5 Zeitstunden).`,
  );
  await expect(sheet.locator('strong')).toHaveText('Frau Prof. Dr. Anna Großmann');
  expect(await count(sheet, 'Anna Großmann')).toBe(1);
  await expect(sheet).toContainText('Geschäftsführerin');

  // English is optional: empty fields fall back to the German wording, filled with English sample values.
  await page.getByLabel('Englisch', { exact: true }).check();
  const sheetEn = page.getByRole('article', { name: 'Bescheinigung im Format A4 (Englisch)' });
  await expect(sheetEn).toContainText('Fortbildungsnachweis');
  await expect(sheetEn).toContainText('dass Ms Prof. Dr. Anna Großmann an');
  await expect(sheetEn).toContainText('(7.5 Zeitstunden)');
  expect(await count(sheetEn, 'Anna Großmann')).toBe(1);
  await page.getByLabel('Deutsch', { exact: true }).check();

  // "From the sessions attended" keeps the fixed hours and lists sessions on the sheet.
  await page.getByLabel('Aus den besuchten Programmpunkten').check();
  await expect(page.getByText(/Wer keinen Workshop mit Einlass am Raum besucht hat/)).toBeVisible();
  await expect(page.getByLabel('Stunden', { exact: true })).toHaveValue('7,5');
  await expect(sheet).toContainText('Besuchte Programmpunkte:');

  await page.getByRole('button', { name: 'Einstellungen speichern' }).click();
  await expect(page.getByText('Die Einstellungen wurden gespeichert.')).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Titel (Deutsch)')).toHaveValue('Fortbildungsnachweis');
  await expect(page.getByLabel('Stunden', { exact: true })).toHaveValue('7,5');
  await expect(page.getByLabel('Aus den besuchten Programmpunkten')).toBeChecked();

  // An unknown placeholder is refused at its field with the list of valid ones; nothing is saved.
  await page.getByLabel('Titel (Deutsch)').fill('Nachweis {foo}');
  await page.getByRole('button', { name: 'Einstellungen speichern' }).click();
  await expect(page.getByLabel('Titel (Deutsch)')).toBeFocused();
  await expect(page.getByLabel('Titel (Deutsch)')).toHaveAttribute('aria-invalid', 'true');
  await expect(
    page.getByText(
      'Unbekannter Platzhalter {foo}. Erlaubt sind: {name}, {veranstaltung}, {datum}, {ort}, {stunden}, {sitzungen}.',
    ),
  ).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Titel (Deutsch)')).toHaveValue('Fortbildungsnachweis');

  // Signature: a real PNG is taken and shown; text bytes named .png and a file over 500 kB are refused.
  const file = page.getByLabel('Bilddatei');
  const upload = page.getByRole('button', { name: 'Unterschrift hochladen' });
  await file.setInputFiles({ name: 'unterschrift.png', mimeType: 'image/png', buffer: signaturePng() });
  await upload.click();
  await expect(page.getByText('Das Unterschriftsbild wurde gespeichert.')).toBeVisible();
  const signature = sheet.getByRole('img', { name: 'Unterschrift von Dr. Maria Schneider' });
  await expect(signature).toBeVisible();
  const image = await page.request.get((await signature.getAttribute('src'))!);
  expect(image.headers()['content-type']).toBe('image/png');
  expect(image.headers()['cache-control']).toBe('private, no-store');

  await file.setInputFiles({ name: 'fake.png', mimeType: 'image/png', buffer: Buffer.from('Ich bin kein Bild.') });
  await upload.click();
  await expect(page.getByText(/Die Datei ist kein PNG- oder JPEG-Bild/)).toBeVisible();
  await expect(file).toHaveAttribute('aria-invalid', 'true');

  const large = Buffer.concat([signaturePng(), Buffer.alloc(600 * 1024)]);
  await file.setInputFiles({ name: 'gross.png', mimeType: 'image/png', buffer: large });
  await upload.click();
  await expect(page.getByText(/Es darf höchstens 500 kB groß sein/)).toBeVisible();
  // The refused files left the saved signature alone.
  await page.reload();
  await expect(sheet.getByRole('img', { name: 'Unterschrift von Dr. Maria Schneider' })).toBeVisible();
  await expectNoA11yViolations(page);

  // The PDF preview renders the saved settings for organizers only, never cached.
  const pdfLink = page.getByRole('link', { name: 'PDF-Vorschau öffnen (Deutsch)' });
  const pdf = await page.request.get((await pdfLink.getAttribute('href'))!);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()['content-type']).toBe('application/pdf');
  expect(pdf.headers()['cache-control']).toBe('private, no-store');
  expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');

  // At 390 px the page, sheet included, does not scroll sideways.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.reload();
  await expect(sheet).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('certificate-settings-390.png'), fullPage: true });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

  await page.getByRole('button', { name: 'Unterschrift entfernen' }).click();
  await expect(page.getByText('Das Unterschriftsbild wurde entfernt.')).toBeVisible();
  await expect(page.getByText('Es ist noch kein Unterschriftsbild hinterlegt.')).toBeVisible();
});

test('in English the editor lists the English placeholder names and refuses in English', async ({ page, context }) => {
  const event = await createE2eEvent();
  const organizer = await seedUser('organizer');
  const path = `/dashboard/events/${event.slug}/edit/certificate`;
  await signInAsOrganizer(page, organizer.email, path);
  await setLanguage(context, 'en');
  await page.reload();
  await expect(page.getByRole('heading', { level: 2, name: 'Certificate of attendance' })).toBeVisible();
  await expect(page.getByRole('term')).toHaveText(['{name}', '{event}', '{date}', '{venue}', '{hours}', '{sessions}']);
  await expect(
    page.getByText(/Optional\. Left empty, English certificates carry the German wording\./).first(),
  ).toBeVisible();
  // The English sheet is shown first, with the English sample holder.
  const sheet = page.getByRole('article', { name: 'Certificate in A4 format (English)' });
  await expect(sheet).toContainText('This is to certify that Ms Prof. Dr. Anna Großmann attended');

  await page.getByLabel('Title (English)').fill('Certificate {foo}');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(
    page.getByText('Unknown placeholder {foo}. Allowed are: {name}, {event}, {date}, {venue}, {hours}, {sessions}.'),
  ).toBeVisible();
  await expect(page.getByLabel('Title (English)')).toBeFocused();
  await expectNoA11yViolations(page);
});
