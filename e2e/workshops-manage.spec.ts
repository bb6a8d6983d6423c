import { expect, test } from '@playwright/test';
import { bookingsOf, expectNoSidewaysScroll, managePathOf } from './fixtures/attendance';
import { expectNoA11yViolations } from './fixtures/axe';
import { registerViaApi } from './fixtures/clients';
import { waitForMail } from './fixtures/mailbox';
import { createSessionEvent } from './fixtures/sessions';

test('changing workshops on the manage page promotes the first on the freed workshop’s waiting list', async ({
  page,
  request,
}) => {
  const event = await createSessionEvent({ capacity: 20 }, [
    { title: 'Workshop Cloud-Souveränität', fromHour: 1, toHour: 2, capacity: 1, waitlistEnabled: true, room: 'Li110' },
    { title: 'Workshop E-Akte', fromHour: 1, toHour: 2, capacity: 5 },
    { title: 'Workshop Registermodernisierung', fromHour: 3, toHour: 4, capacity: 1 },
  ]);
  const [cloud, eakte, register] = event.sessionIds as [string, string, string];
  const a = await registerViaApi(request, event.slug, { sessions: [cloud] });
  const b = await registerViaApi(request, event.slug, { sessions: [cloud], salutation: 'Frau', title: 'Dr.' });
  const c = await registerViaApi(request, event.slug, { sessions: [cloud] });
  await registerViaApi(request, event.slug, { sessions: [register] });
  expect(await bookingsOf(b.email)).toEqual({ [cloud]: 'waitlisted' });

  const pathA = managePathOf(await waitForMail(a.email, (m) => m.subject.startsWith('Anmeldebestätigung')));
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(pathA);
  const section = page.getByRole('region', { name: 'Ihre Workshops' }).last();
  const slots = section.getByRole('group', { name: /^Zeitraum / });
  await expect(slots).toHaveCount(2);
  // Her own place counts as hers, however full the workshop is; a full one elsewhere is closed.
  await expect(slots.nth(0).getByRole('radio', { name: /Cloud-Souveränität/ })).toBeChecked();
  await expect(slots.nth(1).getByRole('radio', { name: /Registermodernisierung/ })).toBeDisabled();
  await expectNoA11yViolations(page);
  await expectNoSidewaysScroll(page);

  await slots
    .nth(0)
    .getByRole('radio', { name: /E-Akte/ })
    .check();
  await section.getByRole('button', { name: 'Workshops speichern' }).click();
  await expect(page.getByText('Ihre Workshops wurden geändert.')).toBeVisible();
  expect(await bookingsOf(a.email)).toEqual({ [cloud]: 'cancelled', [eakte]: 'confirmed' });

  // The first on the waiting list (B, not C) moved up in the same transaction and is told so.
  expect(await bookingsOf(b.email)).toEqual({ [cloud]: 'confirmed' });
  expect(await bookingsOf(c.email)).toEqual({ [cloud]: 'waitlisted' });
  const promotion = await waitForMail(b.email, (m) =>
    m.subject.startsWith('Workshop-Platz frei: Workshop Cloud-Souveränität'),
  );
  expect(promotion.text).toContain(`Sehr geehrte Frau Dr. ${b.lastName},`);
  expect(promotion.text).toContain('Raum: Li110');
  const changed = await waitForMail(a.email, (m) => m.subject.startsWith('Ihre Anmeldung wurde geändert'));
  expect(changed.text).toContain('Workshop E-Akte');
  expect(changed.text).not.toContain('Cloud-Souveränität');
});
