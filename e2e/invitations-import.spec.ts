import { expect, type Page, test } from '@playwright/test';
import { expectNoA11yViolations } from './fixtures/axe';
import { createE2eEvent, e2eQuery } from './fixtures/events';
import { inviteeEmail, organizerSession } from './fixtures/invitations';

const BOM = '\uFEFF';

async function invitationCount(eventId: string): Promise<number> {
  const [row] = await e2eQuery<{ n: string }>('SELECT count(*) AS n FROM "Invitation" WHERE "eventId" = $1', [eventId]);
  return Number(row?.n);
}

async function choose(page: Page, name: string, buffer: Buffer, mimeType = 'text/csv') {
  await page.getByLabel('Datei').setInputFiles({ name, mimeType, buffer });
  await page.getByRole('button', { name: 'Vorschau anzeigen' }).click();
}

test('an import shows each bad row, stores nothing before the confirmation, and a second import adds nobody', async ({
  page,
  context,
}) => {
  const event = await createE2eEvent({ capacity: 100 });
  await organizerSession(context);
  const good = [inviteeEmail('cio'), inviteeEmail('staatssekretaerin')];
  const csv = Buffer.from(
    `${BOM}Anrede;Titel;Vorname;Nachname;E-Mail;Organisation;Funktion\r\n` +
      `Herr;Dr.;Jürgen;Weiß;${good[0]};Staatskanzlei Sachsen;CIO\r\n` +
      'Frau;;Ohne;Adresse;;Wirtschaftsrat;\r\n' +
      'Herr;;Falsche;Adresse;kein-at-zeichen;;\r\n' +
      `Frau;Prof.;Ute;Sommer;${good[1]};=HYPERLINK("http://evil.test");Staatssekretärin\r\n` +
      `Herr;;Doppelt;Drin;${good[0]!.toUpperCase()};;\r\n`,
  );

  await page.goto(`/dashboard/events/${event.slug}/invitations/import`);
  await expect(page.getByRole('heading', { level: 1, name: 'Liste importieren' })).toBeVisible();
  await expectNoA11yViolations(page);
  await choose(page, 'gaeste.csv', csv);
  await expect(
    page.getByRole('heading', { name: '5 Zeilen: 2 können eingeladen werden, 3 mit Fehler.' }),
  ).toBeVisible();
  const problems = page.getByRole('table', { name: 'Zeilen mit Fehlern (werden nicht importiert)' });
  await expect(problems.getByRole('row', { name: /^3 / })).toContainText('E-Mail-Adresse fehlt');
  await expect(problems.getByRole('row', { name: /^4 / })).toContainText('E-Mail-Adresse ungültig');
  await expect(problems.getByRole('row', { name: /^6 / })).toContainText('Doppelt in der Datei');
  await expectNoA11yViolations(page);
  expect(await invitationCount(event.id)).toBe(0);

  await page.getByRole('button', { name: 'Import bestätigen: 2 Personen einladen' }).click();
  await expect(page.getByText('2 Personen eingeladen, 3 Zeilen übersprungen.')).toBeVisible();
  expect(await invitationCount(event.id)).toBe(2);
  const [formula] = await e2eQuery<{ organization: string }>(
    'SELECT organization FROM "Invitation" WHERE "eventId" = $1 AND email = $2',
    [event.id, good[1]],
  );
  expect(formula?.organization).toBe('=HYPERLINK("http://evil.test")');

  // The same file again: everybody is already invited now, so nothing can be imported and nobody is added.
  await page.reload();
  await choose(page, 'gaeste.csv', csv);
  await expect(
    page.getByRole('heading', { name: '5 Zeilen: 0 können eingeladen werden, 5 mit Fehler.' }),
  ).toBeVisible();
  await expect(page.getByText('Bereits eingeladen')).toHaveCount(2);
  await expect(page.getByText('Keine Zeile kann importiert werden.')).toBeVisible();
  expect(await invitationCount(event.id)).toBe(2);

  // The list shows them, and the export neutralises the formula for Excel.
  await page.goto(`/dashboard/events/${event.slug}/invitations`);
  await expect(page.getByRole('table')).toContainText('Jürgen Weiß');
  const csvOut = await page.request.get(`/dashboard/events/${event.slug}/invitations/export.csv`);
  const text = await csvOut.text();
  expect(csvOut.headers()['content-type']).toContain('text/csv');
  expect((await csvOut.body()).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  expect(text).toContain('Vorname;Nachname;E-Mail');
  expect(text).toContain(`'=HYPERLINK(""http://evil.test"")`);
});

test('a file over 5 MB, a binary file renamed .csv and 20,000 rows are refused, and nothing is imported', async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  const event = await createE2eEvent();
  await organizerSession(context);
  await page.goto(`/dashboard/events/${event.slug}/invitations/import`);

  const big = Buffer.alloc(5 * 1024 * 1024 + 10, 'a');
  await choose(page, 'gross.csv', big);
  await expect(page.locator('p[role="alert"]')).toHaveText(
    'Die Datei ist größer als 5 MB. Bitte teilen Sie die Liste auf.',
  );

  const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
  await choose(page, 'bild.csv', png);
  await expect(page.locator('p[role="alert"]')).toHaveText(
    'Die Datei ist keine CSV- oder Excel-Datei (.xlsx). Nichts wurde importiert.',
  );

  const rows = Array.from({ length: 20_000 }, (_, i) => `Vorname${i};Nachname${i};p${i}@example.test`).join('\r\n');
  await choose(page, 'viele.csv', Buffer.from(`Vorname;Nachname;E-Mail\r\n${rows}\r\n`));
  await expect(page.locator('p[role="alert"]')).toHaveText(
    'Die Datei hat mehr als 10.000 Zeilen. Bitte teilen Sie die Liste auf; nichts wurde importiert.',
  );
  await expectNoA11yViolations(page);
  expect(await invitationCount(event.id)).toBe(0);
});
