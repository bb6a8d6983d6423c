import { describe, expect, it } from 'vitest';
import { previewAttendance } from '@/emails/preview-sample';
import { sampleEvent, sampleRecipient, sampleRegistration } from '@/lib/mail/sample-data';
import { composeBookingMail } from './booking-mail';
import { composeRegistrationMail } from './registration-mail';
import { composeReminderMail } from './reminder-mail';

const base = { event: sampleEvent, waitlistPosition: null, ...sampleRegistration };
const de = sampleRecipient('de');

describe('mails speak to the mode', () => {
  it('an online confirmation carries the join link and its release time, and no QR code, ticket or calendar file', async () => {
    const mail = await composeRegistrationMail({
      ...base,
      kind: 'confirmation',
      recipient: de,
      attendance: previewAttendance.online,
    });
    expect(mail.attachments).toEqual([]);
    expect(mail.html).not.toContain('cid:');
    expect(mail.text).toContain(previewAttendance.online.join.url);
    expect(mail.text).toContain('ab Donnerstag, 2. April 2026, 8:30 Uhr zum Livestream');
    expect(mail.text).toContain('Online (Livestream)');
    expect(mail.text).not.toContain('Karl-Liebknecht-Straße');
    expect(mail.text).not.toContain('0123 4567 89AB CDEF');
    expect(mail.text).toContain('Ihren Zugang zum Livestream erneut abrufen');
    expect(mail.text).not.toContain('das Ticket erneut abrufen');
  });

  it('an online place on the waiting list promises the stream access, not a ticket', async () => {
    const mail = await composeRegistrationMail({
      ...base,
      kind: 'waitlist',
      waitlistPosition: 2,
      recipient: de,
      attendance: previewAttendance.online,
    });
    expect(mail.text).toContain('Sie stehen auf Platz 2 der Warteliste.');
    expect(mail.text).toContain('E-Mail mit Ihrem persönlichen Zugang zum Livestream');
    expect(mail.text).not.toContain('E-Mail mit Ihrem Ticket');
  });

  it('an on-site confirmation keeps the ticket and lists the workshops, marking a waiting list', async () => {
    const mail = await composeRegistrationMail({
      ...base,
      kind: 'confirmation',
      recipient: de,
      attendance: previewAttendance.onsite,
    });
    expect(mail.attachments.map((a) => a.contentType)).toContain('image/png');
    expect(mail.text).toMatch(/Ihre Workshops/i);
    expect(mail.text).toContain('Workshop: KI im Mittelstand');
    expect(mail.text).toMatch(/Barrierefreie Verwaltungsportale\S* \(Warteliste\)/);
    expect(mail.text).not.toContain('/join/');
  });

  it('an online reminder has the join link instead of directions and ticket', async () => {
    const mail = await composeReminderMail({
      recipient: de,
      event: sampleEvent,
      ...sampleRegistration,
      attendance: previewAttendance.online,
    });
    expect(mail.attachments).toEqual([]);
    expect(mail.text).toContain(previewAttendance.online.join.url);
    expect(mail.text).not.toContain('Anfahrt');
  });

  it('the workshop promotion names the workshop and greets formally', async () => {
    const mail = await composeBookingMail({
      kind: 'session_promotion',
      recipient: { ...de, title: 'Dr.' },
      event: sampleEvent,
      attendance: previewAttendance.onsite,
      session: { title: 'Workshop: KI im Mittelstand', when: '13:00–14:30 Uhr', room: 'Li110' },
      manageToken: sampleRegistration.manageToken,
      ticket: null,
    });
    expect(mail.subject).toBe(
      'Workshop-Platz frei: Workshop: KI im Mittelstand – 17. Mitteldeutsche Digitalisierungskonferenz (Beispielveranstaltung) – 2. April 2026',
    );
    expect(mail.text).toContain('Sehr geehrte Frau Dr. Mustermann,');
    expect(mail.text).toContain('Raum: Li110');
  });

  it('a change to online mails the join link in English without a ticket', async () => {
    const mail = await composeBookingMail({
      kind: 'booking_changed',
      recipient: sampleRecipient('en'),
      event: sampleEvent,
      attendance: previewAttendance.online,
      session: null,
      manageToken: sampleRegistration.manageToken,
      ticket: sampleRegistration,
    });
    expect(mail.subject).toMatch(/^Your registration has been changed: /);
    expect(mail.text).toContain('Attending: Online');
    expect(mail.text).toContain(previewAttendance.online.join.url);
    expect(mail.attachments).toEqual([]);
    expect(mail.text).toContain('get your access to the live stream again');
  });
});
