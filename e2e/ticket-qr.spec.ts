import { expect, test } from '@playwright/test';
import { registerViaApi } from './fixtures/clients';
import { createE2eEvent } from './fixtures/events';
import { waitForMail } from './fixtures/mailbox';

test.describe('the ticket QR', () => {
  test('manage page and ticket page show the same signed QR, first and large on a phone', async ({ page, request }) => {
    const event = await createE2eEvent();
    const person = await registerViaApi(request, event.slug);
    const mail = await waitForMail(person.email, (m) => m.subject.includes(event.title));
    const managePath = mail.text.match(/\/manage\/[A-Za-z0-9_-]{43}/)?.[0];
    const ticketPath = mail.text.match(/\/tickets\/[0-9A-F]{32}/)?.[0];
    expect(managePath && ticketPath).toBeTruthy();

    await page.setViewportSize({ width: 390, height: 844 });
    // The signature is deterministic (Ed25519), so one payload draws one and the same QR on both pages.
    const qrOf = async (path: string) => {
      await page.goto(path);
      const qr = page.locator('[role="img"] svg').first();
      await expect(qr).toBeVisible();
      const box = await qr.boundingBox();
      expect(box?.y, `QR top on ${path}`).toBeLessThan(844);
      expect(box?.width, `QR width on ${path}`).toBeGreaterThanOrEqual(280);
      return qr.evaluate((svg) => svg.outerHTML);
    };
    const onTicketPage = await qrOf(ticketPath!);
    const onManagePage = await qrOf(managePath!);
    expect(onManagePage).toBe(onTicketPage);
  });
});
