import { sendMail } from '@/lib/server/mailer';
import { composeSignInMail } from './compose/sign-in-mail';

/**
 * Sends a magic sign-in link at once, bypassing the outbox and its long retries: an old login link is
 * useless. A failure is thrown, and next-auth shows the sign-in page's "could not be sent" message.
 */
export async function sendSignInMail(to: string, url: string, validMinutes: number): Promise<void> {
  const mail = await composeSignInMail({ url, validMinutes });
  await sendMail({ ...mail, to, urgent: true });
}
