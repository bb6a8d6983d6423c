import { expect, test } from '@playwright/test';
import { expectNoA11yViolations } from './fixtures/axe';
import { CONFERENCE_SLUG, EXAMPLE_SLUG } from './fixtures/constants';

test.describe('public pages', () => {
  test('the home page lists upcoming and past events without axe violations', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
    await expect(page.getByRole('link', { name: /16\. Mitteldeutsche Digitalisierungskonferenz/ })).toBeVisible();
    await expectNoA11yViolations(page);
  });

  test('the past conference keeps its programme and says it has taken place', async ({ page }) => {
    await page.goto(`/events/${CONFERENCE_SLUG}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('16. Mitteldeutsche Digitalisierungskonferenz');
    await expect(page.getByText('Donnerstag, 3. April 2025, 9:00 Uhr').first()).toBeVisible();
    await expect(page.getByText('Digital First – Schluss mit Sand im Getriebe').first()).toBeVisible();
    await expect(page.getByText('Digital first? Schlaglichter der Landes-CIOs')).toBeVisible();
    await expect(page.getByText('Dr. Daniela Dylakiewicz')).toBeVisible();
    await expect(page.getByText(/stattgefunden/).first()).toBeVisible();
    await expect(page.getByRole('link', { name: 'Jetzt anmelden' })).toHaveCount(0);
    await expect(page.getByRole('main')).toHaveCount(1);
    await expectNoA11yViolations(page);
  });

  test('the example event is labelled, open and shows places left', async ({ page }) => {
    await page.goto(`/events/${EXAMPLE_SLUG}`);
    await expect(page.getByText('Beispielveranstaltung').first()).toBeVisible();
    await expect(page.getByText(/noch \d+ Plätze/).first()).toBeVisible();
    await expect(page.getByRole('link', { name: /Anfahrt/ })).toBeVisible();
    await expectNoA11yViolations(page);
  });

  test('pages load nothing from other hosts', async ({ page }) => {
    const foreign: string[] = [];
    page.on('request', (r) => {
      const host = new URL(r.url()).hostname;
      if (host !== 'localhost' && host !== '127.0.0.1') foreign.push(r.url());
    });
    await page.goto(`/events/${EXAMPLE_SLUG}`);
    await page.goto(`/events/${EXAMPLE_SLUG}/register`);
    expect(foreign).toEqual([]);
  });

  test('unknown events answer 404', async ({ page }) => {
    const response = await page.goto('/events/gibt-es-nicht');
    expect(response?.status()).toBe(404);
  });
});
