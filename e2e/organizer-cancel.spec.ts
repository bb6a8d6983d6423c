import { expect, test } from '@playwright/test';
import { signInAsOrganizer } from './fixtures/auth';
import { expectNoA11yViolations } from './fixtures/axe';
import { registerViaApi } from './fixtures/clients';
import { SECOND_ORGANIZER_EMAIL } from './fixtures/constants';
import { addLunchQuestion, createE2eEvent } from './fixtures/events';
import { waitForMail } from './fixtures/mailbox';

test('an organizer sees answers and consents, cancels, and the waiting list moves up', async ({ page, request }) => {
  const event = await createE2eEvent({ capacity: 1, waitlistEnabled: true });
  const lunch = await addLunchQuestion(event.id);
  const a = await registerViaApi(request, event.slug, { answers: { [lunch]: 'ja' } });
  const b = await registerViaApi(request, event.slug, { answers: { [lunch]: 'nein' } });
  expect([a.status, b.status]).toEqual(['confirmed', 'waitlisted']);

  await signInAsOrganizer(page, SECOND_ORGANIZER_EMAIL, `/dashboard/events/${event.slug}`);
  await page.getByRole('link', { name: new RegExp(a.lastName) }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(a.lastName);
  const answers = page.getByRole('region', { name: 'Antworten', exact: true });
  await expect(answers).toContainText('Ja');
  await expect(page.getByRole('region', { name: 'Einwilligungen', exact: true })).toContainText(
    /erteilt am .* \(Textversion privacy-/,
  );
  await expectNoA11yViolations(page);

  await page.getByRole('button', { name: 'Anmeldung stornieren' }).click();
  await page.getByRole('button', { name: 'Ja, stornieren' }).click();
  await expect(page.getByText(/Die erste Person auf der Warteliste hat den Platz erhalten/)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Anmeldung', exact: true })).toContainText('storniert');
  await expect(page.getByRole('region', { name: 'Anmeldung', exact: true })).toContainText(
    `Storniert von${SECOND_ORGANIZER_EMAIL}`,
  );

  const promotion = await waitForMail(
    b.email,
    (m) => /Platz frei geworden|Platz/.test(m.text) && m.text.includes('bestätigt'),
  );
  expect(promotion.subject).toContain(event.title);
});
