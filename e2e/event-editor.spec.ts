import { expect, test } from '@playwright/test';
import { signInAsOrganizer } from './fixtures/auth';
import { expectNoA11yViolations } from './fixtures/axe';
import { EDITOR_ORGANIZER_EMAIL } from './fixtures/constants';
import { e2eQuery } from './fixtures/events';
import { publishThroughChecklist } from './fixtures/publish';
import { setLanguage } from './fixtures/language';

test('duplicate the 17th conference, add a session with a speaker, publish, see it on the public page', async ({
  page,
}) => {
  // Many pages, each with an axe run: longer than the default minute on a busy two-core machine.
  test.setTimeout(180_000);
  const sourceSlug = '17-mitteldeutsche-digitalisierungskonferenz';
  const newSlug = '18-mitteldeutsche-digitalisierungskonferenz';
  await signInAsOrganizer(page, EDITOR_ORGANIZER_EMAIL);

  // Overview → "Duplizieren" of the seeded conference.
  const row = page.getByRole('row').filter({ hasText: '17. Mitteldeutsche Digitalisierungskonferenz' });
  await row.getByRole('link', { name: /^Duplizieren/ }).click();
  await expect(page).toHaveURL(new RegExp(`/dashboard/events/${sourceSlug}/edit/duplicate$`));
  await expect(page.getByLabel('Titel der neuen Ausgabe')).toHaveValue('18. Mitteldeutsche Digitalisierungskonferenz');
  await expect(page.getByLabel('Titel auf Englisch')).toHaveValue('18th Central German Digitalisation Conference');
  await expect(page.getByLabel('Kurzadresse')).toHaveValue(newSlug);
  await expect(page.getByLabel('Beginn der neuen Ausgabe')).toHaveValue('2027-03-11T08:30');
  await expectNoA11yViolations(page);

  // A broken slug is a field error; then the start moves into the future and the copy is made.
  await page.getByLabel('Kurzadresse').fill('Mit Leerzeichen');
  await page.getByRole('button', { name: 'Neue Ausgabe anlegen' }).click();
  await expect(page.getByLabel('Kurzadresse')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText(/Nur Kleinbuchstaben/)).toBeVisible();
  await expectNoA11yViolations(page);
  await page.getByLabel('Kurzadresse').fill(newSlug);
  await page.getByLabel('Beginn der neuen Ausgabe').fill('2027-04-08T09:00');
  await page.getByRole('button', { name: 'Neue Ausgabe anlegen' }).click();
  await expect(page).toHaveURL(new RegExp(`/dashboard/events/${newSlug}/edit$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('18. Mitteldeutsche Digitalisierungskonferenz');
  await expect(page.getByText('nicht veröffentlicht')).toBeVisible();
  await expectNoA11yViolations(page);

  // The copy has the programme and hosts but none of the registrations.
  const [copy] = await e2eQuery<{ id: string; published: boolean; regs: string; sessions: string; hosts: string }>(
    `SELECT e.id, e.published, (SELECT count(*) FROM "Registration" r WHERE r."eventId" = e.id) AS regs,
       (SELECT count(*) FROM "EventSession" s WHERE s."eventId" = e.id) AS sessions, (SELECT count(*) FROM "Host" h WHERE h."eventId" = e.id) AS hosts
     FROM "Event" e WHERE slug = $1`,
    [newSlug],
  );
  expect(copy).toMatchObject({ published: false, regs: '0' });
  expect(Number(copy!.sessions)).toBeGreaterThan(0);
  expect(Number(copy!.hosts)).toBeGreaterThan(0);

  // Programme: add a session with one speaker.
  await page.getByRole('navigation', { name: 'Bereiche des Editors' }).getByRole('link', { name: 'Programm' }).click();
  await expect(page.getByRole('heading', { name: 'Neuer Programmpunkt' })).toBeVisible();
  await expectNoA11yViolations(page);
  const form = page.getByRole('form', { name: 'Neuer Programmpunkt' });
  await form.getByRole('button', { name: 'Programmpunkt hinzufügen' }).click();
  await expect(form.getByRole('textbox', { name: 'Titel', exact: true })).toHaveAttribute('aria-invalid', 'true');
  await form.getByRole('textbox', { name: 'Titel', exact: true }).fill('Werkstatt: Open Data im Landkreis');
  await form.getByLabel('Titel (englisch)').fill('Workshop: open data in the district');
  await form.getByLabel('Beginn').fill('2027-04-08T14:00');
  await form.getByLabel('Ende').fill('2027-04-08T15:00');
  await form.getByLabel('Raum').fill('Li110');
  await form.getByRole('button', { name: 'Person hinzufügen' }).click();
  await form.getByLabel('Name').fill('Dr. Maria Beispiel');
  await form.getByLabel('Organisation').fill('Landkreis Leipzig');
  await form.getByRole('button', { name: 'Programmpunkt hinzufügen' }).click();
  await expect(page.getByText('Programmpunkt hinzugefügt.')).toBeVisible();
  await expect(page.getByText('Werkstatt: Open Data im Landkreis').first()).toBeVisible();

  // Questions and hosts pages are accessible too.
  await page.getByRole('navigation', { name: 'Bereiche des Editors' }).getByRole('link', { name: 'Fragen' }).click();
  await expect(page.getByRole('heading', { name: 'Neue Frage' })).toBeVisible();
  await expectNoA11yViolations(page);
  const questionForm = page.getByRole('form', { name: 'Neue Frage' });
  await questionForm.getByLabel('Art der Frage').selectOption('singleChoice');
  await questionForm
    .getByRole('textbox', { name: 'Frage (deutsch)', exact: true })
    .fill('Nehmen Sie am Abendempfang teil?');
  await questionForm.getByRole('button', { name: 'Möglichkeit hinzufügen' }).click();
  await questionForm.getByRole('button', { name: 'Frage hinzufügen' }).click();
  await expect(questionForm.getByText('Auswahlfragen brauchen mindestens zwei Antwortmöglichkeiten.')).toBeVisible();
  await questionForm.getByRole('textbox', { name: 'Text (deutsch)', exact: true }).fill('Ja');
  await questionForm.getByRole('button', { name: 'Möglichkeit hinzufügen' }).click();
  await questionForm.getByRole('textbox', { name: 'Text (deutsch)', exact: true }).nth(1).fill('Nein');
  await questionForm.getByRole('button', { name: 'Frage hinzufügen' }).click();
  await expect(page.getByText('Frage hinzugefügt.')).toBeVisible();
  await expect(
    page.getByRole('group').or(page.locator('summary')).filter({ hasText: 'Nehmen Sie am Abendempfang teil?' }).first(),
  ).toBeVisible();

  // Hosts: a disguised SVG is refused at the file field; a PNG logo is stored and served.
  await page.getByRole('navigation', { name: 'Bereiche des Editors' }).getByRole('link', { name: 'Gastgeber' }).click();
  await expect(page.getByRole('heading', { name: 'Neuer Gastgeber' })).toBeVisible();
  await expectNoA11yViolations(page);
  const hostForm = page.getByRole('form', { name: 'Neuer Gastgeber' });
  await hostForm.getByRole('textbox', { name: 'Name', exact: true }).fill('Landkreis Leipzig');
  await hostForm
    .getByLabel('Logo', { exact: true })
    .setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: Buffer.from('<svg onload="alert(1)"/>') });
  await hostForm.getByRole('button', { name: 'Gastgeber hinzufügen' }).click();
  await expect(hostForm.getByText(/SVG wird nicht angenommen/)).toBeVisible();
  const png = Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
    'base64',
  );
  await hostForm
    .getByLabel('Logo', { exact: true })
    .setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: png });
  await hostForm.getByRole('button', { name: 'Gastgeber hinzufügen' }).click();
  await expect(page.getByText('Gastgeber hinzugefügt.')).toBeVisible();
  const logoSrc = await page.locator('summary', { hasText: 'Landkreis Leipzig' }).locator('img').getAttribute('src');
  const logo = await page.request.get(logoSrc!);
  expect(logo.headers()['content-type']).toBe('image/png');
  expect(Buffer.from(await logo.body())).toEqual(png);
  await page
    .getByRole('navigation', { name: 'Bereiche des Editors' })
    .getByRole('link', { name: 'Einstellungen' })
    .click();
  await expect(page.getByRole('textbox', { name: 'Plätze' })).toBeVisible();
  await expectNoA11yViolations(page);

  // Publish; the public page shows the new session with its speaker.
  await publishThroughChecklist(page);
  await page.goto(`/events/${newSlug}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('18. Mitteldeutsche Digitalisierungskonferenz');
  const session = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: 'Werkstatt: Open Data im Landkreis' }) });
  await expect(session).toContainText('Dr. Maria Beispiel, Landkreis Leipzig');
  await expect(session).toContainText('Li110');
  await expect(
    page
      .getByRole('region', { name: 'Gastgeber' })
      .or(page.locator('section', { has: page.getByRole('heading', { name: /Gastgeber|Veranstalter/ }) }))
      .first(),
  ).toContainText('Landkreis Leipzig');
  const audits = await e2eQuery<{ action: string }>(`SELECT action FROM "AuditLog" WHERE "eventId" = $1 ORDER BY at`, [
    copy!.id,
  ]);
  expect(audits.map((a) => a.action)).toEqual([
    'event.duplicate',
    'session.create',
    'question.create',
    'host.create',
    'event.publish',
  ]);

  // The new-event form proposes the slug from the German title until it is edited by hand.
  await page.goto('/dashboard/events/new');
  const newTitle = page.getByRole('textbox', { name: 'Titel', exact: true });
  const newSlugField = page.getByLabel('Kurzadresse');
  await newTitle.fill('Größe & Übermut: Straßenfest 2027');
  await expect(newSlugField).toHaveValue('groesse-uebermut-strassenfest-2027');
  await newSlugField.fill('mein-fest');
  await newTitle.fill('Ganz anderer Titel');
  await expect(newSlugField).toHaveValue('mein-fest');

  // In English, the public page shows the English texts copied from the 17th and entered here.
  await setLanguage(page.context(), 'en');
  await page.goto(`/events/${newSlug}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('18th Central German Digitalisation Conference');
  await expect(page.getByRole('heading', { name: 'Workshop: open data in the district' })).toBeVisible();

  // The editor and the new-event page in English: English texts only, and accessible.
  const editor = `/dashboard/events/${newSlug}/edit`;
  for (const [path, heading] of [
    [editor, 'Basics'],
    [`${editor}/venue`, 'Venue'],
    [`${editor}/programme`, 'New programme item'],
    [`${editor}/hosts`, 'New host'],
    [`${editor}/questions`, 'New question'],
    [`${editor}/settings`, 'Registration'],
    [`${editor}/duplicate`, 'Create a new edition'],
    ['/dashboard/events/new', 'New event'],
  ] as const) {
    await page.goto(path);
    await expect(page.getByRole('heading', { name: heading, exact: true })).toBeVisible();
    for (const german of ['Speichern', 'Grunddaten', 'Veröffentlich', 'Programmpunkt', 'Gastgeber hinzufügen'])
      await expect(page.getByRole('main')).not.toContainText(german);
    await expectNoA11yViolations(page);
  }
});
