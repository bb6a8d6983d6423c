import { randomBytes } from 'node:crypto';
import { expect, type Page, test } from '@playwright/test';
import { randomIp } from './fixtures/clients';
import { e2eQuery } from './fixtures/events';
import { readMails } from './fixtures/mailbox';
import { seedUser } from './fixtures/users';

async function requestLink(page: Page, email: string): Promise<void> {
  await page.goto('/signin');
  await page.getByLabel('E-Mail').fill(email);
  await page.getByRole('button', { name: 'Anmeldelink senden' }).click();
  await expect(page).toHaveURL(/\/signin\/check-email/);
}

const count = async (table: 'OutboxMail' | 'VerificationToken', column: string, address: string) =>
  Number(
    (await e2eQuery<{ n: string }>(`SELECT count(*) AS n FROM "${table}" WHERE "${column}" = $1`, [address]))[0]!.n,
  );

const linkMailsTo = async (email: string) =>
  (await readMails()).filter((m) => m.to.includes(email) && m.text.includes('/api/auth/callback/email'));

test('one address gets at most 5 sign-in links in 15 minutes; the 6th request looks the same and sends nothing', async ({
  page,
}) => {
  await page.setExtraHTTPHeaders({ 'X-Forwarded-For': randomIp() });
  const { email } = await seedUser('organizer');
  for (let i = 0; i < 6; i++) await requestLink(page, email);
  // Each request has committed its outbox row before it answered.
  expect(await count('OutboxMail', 'recipient', email)).toBe(5);
  await expect.poll(async () => (await linkMailsTo(email)).length, { timeout: 20_000 }).toBe(5);

  // The mails come from the outbox, and their links work.
  const link = (await linkMailsTo(email))[4]!.text.match(/https?:\/\/\S+\/api\/auth\/callback\/email\S+/)![0];
  await page.goto(link);
  await expect(page).not.toHaveURL(/\/signin/);
});

test('an unknown address gets the same page, and neither a mail nor a token is written', async ({ page }) => {
  await page.setExtraHTTPHeaders({ 'X-Forwarded-For': randomIp() });
  const email = `unbekannt-${randomBytes(4).toString('hex')}@example.test`;
  await requestLink(page, email);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Prüfen Sie Ihr Postfach');
  expect(await count('OutboxMail', 'recipient', email)).toBe(0);
  expect(await count('VerificationToken', 'identifier', email)).toBe(0);
});
