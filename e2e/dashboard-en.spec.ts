import { randomBytes, randomUUID } from 'node:crypto';
import { expect, type Page, test } from '@playwright/test';
import { createDoorPerson } from './fixtures/checkin';
import { englishAdmin } from './fixtures/dashboard-en';
import { createE2eEvent, e2eQuery } from './fixtures/events';

// With lang=en, the dashboard's own texts must be English. Content (event titles, names, organisations, message
// subjects, stored audit records, the German column names of the export files) is German and carries lang="de";
// everything outside such elements must contain no German UI word and no umlaut or ß.
const GERMAN_WORDS = [
  'Anmeldung',
  'Anmeldungen',
  'Teilnehmende',
  'Speichern',
  'Abbrechen',
  'Veranstaltung',
  'Veranstaltungen',
  'Einstellungen',
  'Nutzer',
  'Benutzer',
  'Exportieren',
  'Suche',
  'Zurück',
  'Löschen',
  'Bearbeiten',
  'Übersicht',
  'Bestätigt',
  'Warteliste',
  'Storniert',
  'Eingecheckt',
  'Protokoll',
  'Einladen',
  'Rolle',
  'Abmelden',
  'Nachricht',
  'Nachrichten',
  'Statistik',
  'Seite',
  'Keine',
  'Bitte',
  'und',
  'oder',
  'mit',
  'von',
  'der',
  'die',
  'das',
];
const GERMAN = new RegExp(`\\b(${GERMAN_WORDS.join('|')})\\b|[äöüÄÖÜß]`, 'g');
// Proper names that stay as they are in every language.
const NAMES = ['Tagungsbüro', 'Cluster IT Mitteldeutschland e.V.'];

const hex = (n: number) => randomBytes(n).toString('hex');

/** Every text and labelling attribute outside German content, menus opened. */
async function uiText(page: Page): Promise<string> {
  return page.evaluate(() => {
    for (const d of document.querySelectorAll('details')) d.open = true;
    const outside = (el: Element | null) => !!el && !el.closest('[lang="de"], script, style, noscript, template');
    const parts: string[] = [document.title];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      if (outside(walker.currentNode.parentElement)) parts.push(walker.currentNode.textContent ?? '');
    }
    for (const el of document.body.querySelectorAll('[aria-label], [title], [placeholder], [alt]')) {
      if (!outside(el)) continue;
      for (const a of ['aria-label', 'title', 'placeholder', 'alt']) parts.push(el.getAttribute(a) ?? '');
    }
    return parts.join(' ');
  });
}

async function expectEnglish(page: Page, path: string) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(200);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expectNoGerman(page, path);
}

/** The page as it is now (after interacting with it) shows no German UI text. */
async function expectNoGerman(page: Page, what: string) {
  let text = await uiText(page);
  for (const name of NAMES) text = text.replaceAll(name, '');
  const found = [...text.matchAll(GERMAN)].map((m) => text.slice(Math.max(0, m.index - 30), m.index + 30));
  expect(found, `German UI text on ${what}`).toEqual([]);
}

test('the dashboard in English shows no German UI text outside German content', async ({ browser }) => {
  test.setTimeout(180_000);
  const event = await createE2eEvent({ title: `Fachtagung Öffentliche Verwaltung ${hex(3)}`, capacity: 50 });
  const person = await createDoorPerson(event.id);
  const messageId = `e2em${hex(8)}`;
  await e2eQuery(
    `INSERT INTO "OrganizerMessage" (id, "eventId", subject, body, audience, "createdBy", "recipientCount")
     VALUES ($1, $2, 'Wichtige Änderung zum Ablauf', 'Guten Tag, der Einlass beginnt früher.', 'confirmed', 'e2e@example.test', 1)`,
    [messageId, event.id],
  );
  await e2eQuery(
    `INSERT INTO "OutboxMail" (id, kind, status, "eventId", "registrationId", "organizerMessageId", recipient, "lastError", "updatedAt")
     VALUES ($1, 'message', 'skipped', $2, $3, $4, $5, 'Die Anmeldung wurde inzwischen storniert.', now())`,
    [randomUUID(), event.id, person.id, messageId, `${person.id}@example.test`],
  );

  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await englishAdmin(context);
  const page = await context.newPage();
  const base = `/dashboard/events/${event.slug}`;
  const pages = [
    '/dashboard',
    base,
    `${base}?q=xyz-nobody`,
    `${base}?status=bogus`,
    '/dashboard/audit?from=gestern',
    `${base}/registrations/${person.id}`,
    `${base}/registrations/${person.id}/edit`,
    `${base}/registrations/new`,
    `${base}/export`,
    `${base}/stats`,
    `${base}/messages`,
    `${base}/messages/${messageId}`,
    '/dashboard/users',
    '/dashboard/audit',
    '/dashboard/privacy',
  ];
  for (const path of pages) await expectEnglish(page, path);

  // The composing form, also with its field errors, its preview and the confirmation before sending.
  await expectEnglish(page, `${base}/messages/new`);
  await expect(page.getByRole('option', { name: 'Everyone confirmed (1 person)' })).toBeAttached();
  await page.getByRole('button', { name: 'Preview' }).click();
  await expect(page.locator('#subject-error')).toHaveText('Please fill in this field.');
  await expect(page.getByRole('textbox', { name: 'Subject' })).toBeFocused();
  await expectNoGerman(page, 'the message form with field errors');
  await page.getByRole('textbox', { name: 'Subject' }).fill('Doors open earlier');
  await page.getByRole('textbox', { name: 'Message' }).fill('The doors open at 8.');
  await page.getByRole('button', { name: 'Preview' }).click();
  await expect(page.getByRole('region', { name: 'Preview' })).toContainText('first person of the selection');
  await page.getByRole('button', { name: 'Send to 1 person' }).click();
  await expect(page.getByRole('button', { name: 'Yes, send to 1 person' })).toBeFocused();
  await expectNoGerman(page, 'the message form with preview and confirmation');
  await page.getByRole('button', { name: 'Cancel' }).click();

  // Content stays German, marked as such: the check above would have caught it otherwise.
  await page.goto(`${base}/registrations/${person.id}`);
  await expect(page.locator('h1[lang="de"]')).toHaveText(new RegExp(person.lastName));
  await page.goto(base);
  await expect(page.locator('h1[lang="de"]')).toHaveText(event.title);
  await expect(page.getByRole('link', { name: 'Add person' })).toBeVisible();
  await page.goto(`${base}?status=bogus`);
  // Next's route announcer is an (empty) alert too, once the page has hydrated.
  await expect(page.getByRole('alert').and(page.locator('.alert'))).toHaveText(
    'Unknown status. Showing the unfiltered list.',
  );
  await context.close();
});
