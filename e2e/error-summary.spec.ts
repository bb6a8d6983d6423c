import { expect, test } from '@playwright/test';
import { expectNoA11yViolations } from './fixtures/axe';
import { createE2eEvent } from './fixtures/events';
import { setLanguage } from './fixtures/language';

test.describe('the registration form error summary', () => {
  test('an empty submit focuses the summary; its links follow the form order and lead to the fields', async ({
    page,
  }) => {
    const event = await createE2eEvent();
    await page.goto(`/events/${event.slug}/register`);
    await page.getByRole('button', { name: /anmelden/i }).click();

    const summary = page.getByTestId('error-summary');
    await expect(summary).toBeFocused();
    await expect(summary).toHaveAttribute('role', 'alert');
    await expect(summary.getByRole('heading', { name: 'Es gibt ein Problem' })).toBeVisible();
    const links = summary.getByRole('link');
    const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual(['#firstName', '#lastName', '#email', '#consent-privacy']);

    await links.first().click();
    await expect(page.locator('#firstName')).toBeFocused();
    await links.nth(3).click();
    await expect(page.locator('#consent-privacy')).toBeFocused();
    await expectNoA11yViolations(page);
  });

  test('in English the summary says "There is a problem"', async ({ page, context }) => {
    const event = await createE2eEvent();
    await setLanguage(context, 'en');
    await page.goto(`/events/${event.slug}/register`);
    await page.locator('form button[type="submit"]').click();
    const summary = page.getByTestId('error-summary');
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('heading', { name: 'There is a problem' })).toBeVisible();
    await expectNoA11yViolations(page);
  });
});
