import { expect, test, type Page } from '@playwright/test';
import { randomIp, registrationCount } from './fixtures/clients';
import { E2E_MIN_FILL_MS, EXAMPLE_SLUG, readLikeAPerson } from './fixtures/constants';
import { uniqueAttendee } from './fixtures/factories';

const NEUTRAL =
  'Ihre Anmeldung konnte nicht verarbeitet werden. Bitte prüfen Sie Ihre Angaben und senden Sie das Formular erneut.';

// Each test is its own client, so the per-IP limit of other specs does not interfere.
test.beforeEach(async ({ context }) => {
  await context.setExtraHTTPHeaders({ 'X-Forwarded-For': randomIp() });
});

async function fillFast(page: Page, person: ReturnType<typeof uniqueAttendee>) {
  await page.getByLabel('Vorname').fill(person.firstName);
  await page.getByLabel('Nachname').fill(person.lastName);
  await page.getByRole('textbox', { name: 'E-Mail', exact: true }).fill(person.email);
  await page.getByRole('radio', { name: 'Ja' }).check();
  await page.getByRole('checkbox', { name: /Ich willige ein/ }).check();
}

test('a bot that submits faster than the minimum fill time after loading the form is refused and nothing is written', async ({
  page,
}) => {
  // A first visit warms the server and the browser cache, so the measured visits are as fast as a bot's.
  await page.goto(`/events/${EXAMPLE_SLUG}/register`);
  await page.getByRole('button', { name: 'Verbindlich anmelden' }).waitFor();
  // The time from before the request to the click bounds the form token's age from above. On a busy
  // machine one visit can take longer than the limit; then it proves nothing, and the bot tries again.
  for (let attempt = 1; attempt <= 5; attempt++) {
    const person = uniqueAttendee();
    const started = Date.now();
    await page.goto(`/events/${EXAMPLE_SLUG}/register`);
    await fillFast(page, person);
    await page.getByRole('button', { name: 'Verbindlich anmelden' }).click();
    if (Date.now() - started >= E2E_MIN_FILL_MS) continue;
    await expect(page.getByText(NEUTRAL)).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`/events/${EXAMPLE_SLUG}/register$`));
    expect(await registrationCount(person.email)).toBe(0);
    return;
  }
  throw new Error(
    `The machine was too slow to submit the form within ${E2E_MIN_FILL_MS} ms in five attempts; the test could not act as a fast bot.`,
  );
});

test('a filled honeypot writes nothing, however slow the bot is', async ({ page }) => {
  const person = uniqueAttendee();
  await page.goto(`/events/${EXAMPLE_SLUG}/register`);
  await fillFast(page, person);
  // Off-screen and aria-hidden: a person never reaches it, a bot filling every input does.
  await page.locator('input[name="website"]').fill('https://spam.example', { force: true });
  await page.waitForTimeout(E2E_MIN_FILL_MS + 500);
  await page.getByRole('button', { name: 'Verbindlich anmelden' }).click();
  await expect(page.getByText(NEUTRAL)).toBeVisible();
  expect(await registrationCount(person.email)).toBe(0);
});

test('a person typing at human speed registers without being blocked', async ({ page }) => {
  const person = uniqueAttendee();
  const started = Date.now();
  await page.goto(`/events/${EXAMPLE_SLUG}/register`);
  await page.getByLabel('Vorname').pressSequentially(person.firstName, { delay: 60 });
  await page.getByLabel('Nachname').pressSequentially(person.lastName, { delay: 60 });
  await page.getByRole('textbox', { name: 'E-Mail', exact: true }).pressSequentially(person.email, { delay: 40 });
  await page.getByLabel('Organisation').pressSequentially(person.organization, { delay: 40 });
  await page.getByRole('radio', { name: 'Ja' }).check();
  await page.getByRole('checkbox', { name: /Ich willige ein/ }).check();
  await readLikeAPerson(started);
  await page.getByRole('button', { name: 'Verbindlich anmelden' }).click();
  await expect(page).toHaveURL(/\/manage\/[A-Za-z0-9_-]{43}\?neu=1$/);
  expect(await registrationCount(person.email)).toBe(1);
});

test('a likely e-mail typo gets a suggestion that can be applied, and it never blocks', async ({ page }) => {
  await page.goto(`/events/${EXAMPLE_SLUG}/register`);
  const email = page.getByRole('textbox', { name: 'E-Mail', exact: true });
  await email.fill('jw@gmial.com');
  await email.blur();
  await expect(page.getByText('Meinten Sie jw@gmail.com?')).toBeVisible();
  await page.getByRole('button', { name: 'jw@gmail.com übernehmen' }).click();
  await expect(email).toHaveValue('jw@gmail.com');
  await expect(page.getByText('Meinten Sie')).toHaveCount(0);
});
