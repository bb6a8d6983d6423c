import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { afterAll, describe, expect, it } from 'vitest';
import { recipientsOf, startSmtpSink } from '@/test/smtp-sink';

// SMTP_URL must be set before lib/server/env.ts is first imported, hence the dynamic imports.
const sink = await startSmtpSink();
process.env.SMTP_URL = sink.url;
const { sendPromotionMail, sendRegistrationConfirmation } = await import('./registration-mail');
const { cancelRegistration } = await import('@/lib/registrations/cancellation');
const { createRegistration } = await import('@/lib/registrations/service');
const { createTestEvent, registrationInput } = await import('@/test/factories');

afterAll(() => sink.close());

function decodeQr(png: Buffer): string | undefined {
  const image = PNG.sync.read(png);
  return jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data;
}

describe('confirmation mail', () => {
  it('arrives over SMTP with HTML and text parts and an inline QR code that decodes to the ticket code', async () => {
    const event = await createTestEvent({ title: 'Mailtest-Konferenz' });
    const input = registrationInput({ firstName: 'Jürgen', lastName: 'Weiß' });
    const registration = await createRegistration(event.slug, input);
    await sendRegistrationConfirmation(registration.id);

    const mail = await sink.waitFor((m) => recipientsOf(m).includes(input.email));
    expect(mail.subject).toContain('Mailtest-Konferenz');
    expect(mail.text).toContain('Jürgen Weiß');
    expect(mail.text).toContain(`/tickets/${registration.ticketCode}`);
    expect(mail.text).toContain('Anmeldung ansehen, ändern oder stornieren');
    expect(mail.text).toContain(`/manage/${registration.manageToken}`);
    expect(typeof mail.html === 'string' && mail.html).toContain(`/manage/${registration.manageToken}`);
    expect(typeof mail.html === 'string' && mail.html).toContain('cid:ticket-qr@tagungsbuero');

    const qr = mail.attachments.find((a) => a.cid === 'ticket-qr@tagungsbuero');
    expect(qr?.contentType).toBe('image/png');
    expect(decodeQr(qr!.content)).toBe(registration.ticketCode);
  });

  it('sends nothing for a cancelled registration', async () => {
    const event = await createTestEvent();
    const input = registrationInput();
    const registration = await createRegistration(event.slug, input);
    const { db } = await import('@/lib/server/db');
    await db.registration.update({ where: { id: registration.id }, data: { status: 'cancelled' } });
    const before = sink.messages.length;
    await sendRegistrationConfirmation(registration.id);
    expect(sink.messages.length).toBe(before);
  });

  it('tells a waitlisted person their place on the list', async () => {
    const event = await createTestEvent({ capacity: 1, waitlistEnabled: true });
    await createRegistration(event.slug, registrationInput());
    await createRegistration(event.slug, registrationInput());
    const third = registrationInput();
    const registration = await createRegistration(event.slug, third);
    expect(registration.status).toBe('waitlisted');
    await sendRegistrationConfirmation(registration.id);
    const mail = await sink.waitFor((m) => recipientsOf(m).includes(third.email));
    expect(mail.text).toContain('Warteliste');
    expect(mail.text).toContain('Platz 2 der Warteliste');
    expect(mail.text).toContain(`/manage/${registration.manageToken}`);
  });

  it('sends the promotion mail with the ticket once a seat was freed, and nothing if not promoted', async () => {
    const event = await createTestEvent({ title: 'Nachrücker-Tag', capacity: 1, waitlistEnabled: true });
    const first = await createRegistration(event.slug, registrationInput());
    const waitingInput = registrationInput({ firstName: 'Grit', lastName: 'Nachrück' });
    const waiting = await createRegistration(event.slug, waitingInput);

    const before = sink.messages.length;
    await sendPromotionMail(waiting.id);
    expect(sink.messages.length).toBe(before);

    const { promotedId } = await cancelRegistration(first.id, 'attendee');
    expect(promotedId).toBe(waiting.id);
    await sendPromotionMail(waiting.id);
    const mail = await sink.waitFor((m) => recipientsOf(m).includes(waitingInput.email) && /Platz frei/.test(m.subject ?? ''));
    expect(mail.subject).toContain('Nachrücker-Tag');
    expect(mail.text).toContain('Gute Nachricht: Für Sie ist ein Platz frei geworden. Ihre Teilnahme ist jetzt bestätigt.');
    expect(mail.text).not.toContain('Warteliste');
    expect(mail.text).toContain(`/manage/${waiting.manageToken}`);
    const qr = mail.attachments.find((a) => a.cid === 'ticket-qr@tagungsbuero');
    expect(decodeQr(qr!.content)).toBe(waiting.ticketCode);
  });
});
