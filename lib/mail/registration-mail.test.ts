import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { afterAll, describe, expect, it } from 'vitest';
import { recipientsOf, startSmtpSink } from '@/test/smtp-sink';

// SMTP_URL must be set before lib/server/env.ts is first imported, hence the dynamic imports.
const sink = await startSmtpSink();
process.env.SMTP_URL = sink.url;
const { sendRegistrationConfirmation } = await import('./registration-mail');
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
});
