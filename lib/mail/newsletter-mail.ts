import NewsletterConfirmation, { newsletterSubject } from '@/emails/newsletter-confirmation';
import type { Locale } from '@/lib/format';
import { db } from '@/lib/server/db';
import { env } from '@/lib/server/env';
import { sendMail } from '@/lib/server/mailer';
import { renderMail } from './render';

/** Sends the newsletter double opt-in mail for a registration that asked for it. Call after commit. */
export async function sendNewsletterConfirmation(registrationId: string): Promise<void> {
  const r = await db.registration.findUniqueOrThrow({
    where: { id: registrationId },
    select: {
      firstName: true, lastName: true, email: true, locale: true,
      newsletterToken: true, newsletterConfirmedAt: true, event: { select: { title: true } },
    },
  });
  if (!r.newsletterToken || r.newsletterConfirmedAt) return;
  const lang: Locale = r.locale === 'en' ? 'en' : 'de';
  const confirmUrl = new URL(`/newsletter/${r.newsletterToken}`, env.APP_URL).toString();
  const { html, text } = await renderMail(
    NewsletterConfirmation({ lang, firstName: r.firstName, lastName: r.lastName, eventTitle: r.event.title, confirmUrl }),
  );
  await sendMail({ to: r.email, subject: newsletterSubject(lang, r.event.title), html, text });
}
