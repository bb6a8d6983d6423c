import SignInLink from '@/emails/sign-in-link';
import { sendMail } from '@/lib/server/mailer';
import { renderMail } from './render';

/** Sends a magic sign-in link at once (no queue: an old login link is useless). */
export async function sendSignInMail(to: string, url: string, validMinutes: number): Promise<void> {
  const { html, text } = await renderMail(SignInLink({ url, validMinutes }));
  await sendMail({ to, subject: 'Ihr Anmeldelink für das Tagungsbüro', html, text, urgent: true });
}
