import { describe, expect, it } from 'vitest';
import { sampleEvent, sampleRecipient } from '@/lib/mail/sample-data';
import { env } from '@/lib/server/env';
import { asCancellationVariant, type CancellationVariant, composeCancellationMail } from './cancellation-mail';

const eventPage = new URL('/events/beispielveranstaltung-digitalisierungskonferenz', env.APP_URL).toString();

describe('composeCancellationMail', () => {
  it('confirms an attendee cancellation with event name and date in the subject and a link to the event page', async () => {
    const mail = await composeCancellationMail({
      recipient: sampleRecipient('de'),
      event: sampleEvent,
      cancelledBy: 'attendee',
      variant: 'seat_freed',
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
      variant: 'seat_freed',
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
      variant: 'seat_freed',
    });
    expect(mail.subject).toMatch(/^Your registration has been cancelled: .* – 2 April 2026$/);
    expect(mail.text).toContain('the organisers have cancelled your registration');
    expect(mail.text).toContain('Thursday, 2 April 2026');
  });

  const compose = (lang: 'de' | 'en', cancelledBy: 'attendee' | 'organizer', variant: CancellationVariant) =>
    composeCancellationMail({ recipient: sampleRecipient(lang), event: sampleEvent, cancelledBy, variant });

  it('promises the seat to the waiting list only when someone moved up', async () => {
    const passed = await compose('de', 'attendee', 'seat_passed_on');
    expect(passed.text).toContain('Ihr Platz geht an die nächste Person auf der Warteliste');
    const freed = await compose('de', 'attendee', 'seat_freed');
    expect(freed.text).not.toContain('Warteliste');
    expect(freed.text).toContain('Ihr Platz ist wieder frei');
    expect((await compose('en', 'attendee', 'seat_freed')).text).not.toContain('waiting list');
    expect((await compose('en', 'attendee', 'seat_passed_on')).text).toContain('next person on the waiting list');
  });

  it('does not tell a waitlisted person that a ticket became invalid', async () => {
    for (const by of ['attendee', 'organizer'] as const) {
      const de = await compose('de', by, 'waitlist_left');
      expect(de.text).not.toContain('Ticket');
      expect(de.text).toContain('nicht mehr auf der Warteliste');
      const en = await compose('en', by, 'waitlist_left');
      expect(en.text).not.toContain('ticket');
      expect(en.text).toContain('no longer on the waiting list');
    }
  });

  it('reads unknown or missing variants (rows queued before them) as a freed seat', () => {
    expect(asCancellationVariant(null)).toBe('seat_freed');
    expect(asCancellationVariant('bogus')).toBe('seat_freed');
    expect(asCancellationVariant('waitlist_left')).toBe('waitlist_left');
  });
});
