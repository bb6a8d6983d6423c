import { describe, expect, it } from 'vitest';
import { sampleEvent, sampleRecipient } from '@/lib/mail/sample-data';
import { env } from '@/lib/server/env';
import { composeCancellationMail } from './cancellation-mail';

const eventPage = new URL('/events/beispielveranstaltung-digitalisierungskonferenz', env.APP_URL).toString();

describe('composeCancellationMail', () => {
  it('confirms an attendee cancellation with event name and date in the subject and a link to the event page', async () => {
    const mail = await composeCancellationMail({
      recipient: sampleRecipient('de'),
      event: sampleEvent,
      cancelledBy: 'attendee',
    });
    expect(mail.subject).toBe(
      'Stornierung bestätigt: 17. Mitteldeutsche Digitalisierungskonferenz (Beispielveranstaltung) – 2. April 2026',
    );
    expect(mail.text).toContain('wie gewünscht haben wir Ihre Anmeldung');
    expect(mail.text).toContain(eventPage);
    expect(mail.html).toContain(`href="${eventPage}"`);
    expect(mail.attachments).toEqual([]);
  });

  it('says politely when the organizers cancelled', async () => {
    const mail = await composeCancellationMail({
      recipient: sampleRecipient('de'),
      event: sampleEvent,
      cancelledBy: 'organizer',
    });
    expect(mail.subject).toMatch(/^Ihre Anmeldung wurde storniert: .* – 2\. April 2026$/);
    expect(mail.text).toContain('das Veranstaltungsteam hat Ihre Anmeldung');
    expect(mail.text).toContain('Wir bedauern das.');
    expect(mail.text).not.toContain('wie gewünscht');
  });

  it('has English copy and date for English registrations', async () => {
    const mail = await composeCancellationMail({
      recipient: sampleRecipient('en'),
      event: sampleEvent,
      cancelledBy: 'organizer',
    });
    expect(mail.subject).toMatch(/^Your registration has been cancelled: .* – 2 April 2026$/);
    expect(mail.text).toContain('the organizers have cancelled your registration');
    expect(mail.text).toContain('Thursday, 2 April 2026');
  });
});
