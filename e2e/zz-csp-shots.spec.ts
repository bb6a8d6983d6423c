import { test } from '@playwright/test';
import { EXAMPLE_SLUG } from './fixtures/constants';

for (const width of [390, 1280])
  test(`shots ${width}`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    for (const [name, path] of [
      ['home', '/'],
      ['event', `/events/${EXAMPLE_SLUG}`],
      ['register', `/events/${EXAMPLE_SLUG}/register`],
    ]) {
      await page.goto(path!);
      await page.waitForLoadState('networkidle');
      await page.screenshot({ path: `/tmp/csp-shots/${name}-${width}.png`, fullPage: false });
    }
  });
