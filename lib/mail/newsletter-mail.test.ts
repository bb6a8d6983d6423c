import { afterAll, describe, expect, it } from 'vitest';
import { recipientsOf, startSmtpSink } from '@/test/smtp-sink';

// SMTP_URL must be set before lib/server/env.ts is first imported, hence the dynamic imports.
const sink = await startSmtpSink();
process.env.SMTP_URL = sink.url;
const { sendNewsletterConfirmation } = await import('./newsletter-mail');
const { createRegistration } = await import('@/lib/registrations/service');
const { createTestEvent, registrationInput } = await import('@/test/factories');

afterAll(() => sink.close());

describe('newsletter confirmation mail', () => {
  it('names the event in the subject and links to the confirmation page in the registration locale', async () => {
    const event = await createTestEvent({ title: 'Newsletter-Konferenz' });
    const input = { ...registrationInput({ lastName: 'Weiß' }), newsletter: true };
    const created = await createRegistration(event.slug, input, { locale: 'en' });
    await sendNewsletterConfirmation(created.id);

    const mail = await sink.waitFor((m) => recipientsOf(m).includes(input.email));
    expect(mail.subject).toBe('Please confirm: newsletter (Newsletter-Konferenz)');
    expect(mail.text).toContain(`/newsletter/${created.newsletterToken}`);
    expect(mail.text).toContain('Weiß');
  });
});
