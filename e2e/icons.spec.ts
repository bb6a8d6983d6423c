import { expect, test } from '@playwright/test';
import { EXAMPLE_SLUG } from './fixtures/constants';

test('the favicon, the app icons and the check-in manifest icons are served', async ({ page, request }) => {
  const favicon = await request.get('/favicon.ico');
  expect(favicon.status()).toBe(200);
  expect(favicon.headers()['content-type']).toContain('image/x-icon');

  // The cached event pages have a root layout of their own; they link the same icons.
  await page.goto(`/events/${EXAMPLE_SLUG}`);
  await expect(page.locator('head link[rel="icon"][type="image/svg+xml"]')).toHaveCount(1);
  await page.goto('/');
  const head = page.locator('head');
  const icon = await head.locator('link[rel="icon"][type="image/svg+xml"]').getAttribute('href');
  const apple = await head.locator('link[rel="apple-touch-icon"]').getAttribute('href');
  expect((await request.get(icon!)).headers()['content-type']).toContain('image/svg+xml');
  expect((await request.get(apple!)).headers()['content-type']).toContain('image/png');

  const manifest = (await (await request.get('/checkin.webmanifest')).json()) as {
    icons: { src: string; sizes: string; purpose: string }[];
  };
  expect(manifest.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
  expect(manifest.icons.some((i) => i.purpose === 'maskable')).toBe(true);
  for (const i of manifest.icons) expect((await request.get(i.src)).status(), i.src).toBe(200);
});
