import { afterAll, describe, expect, it } from 'vitest';
import { envelopeRecipientsOf, startSmtpSink } from '@/test/smtp-sink';

// SMTP_URL must be set before lib/server/env.ts is first imported, hence the dynamic imports.
const sink = await startSmtpSink();
process.env.SMTP_URL = sink.url;
const { deliverOutboxMail } = await import('./deliver');
const { enqueueMail } = await import('./outbox');
const { db } = await import('@/lib/server/db');
const { createRegistration } = await import('@/lib/registrations/service');
const { createTestEvent, registrationInput } = await import('@/test/factories');
const { headerSafe } = await import('@/lib/server/mailer');

afterAll(() => sink.close());

const INJECTED = /^(bcc|cc|x-injected|content-type-injected)$/i;

describe('header injection', () => {
  it('headerSafe turns CR, LF and other control characters into spaces', () => {
    expect(headerSafe('Anmeldung\r\nBcc: evil@example.test')).toBe('Anmeldung Bcc: evil@example.test');
    expect(headerSafe('a\u0000b\u2028c\td')).toBe('a b c d');
  });

  it('names, event titles and organizer subjects with CR/LF never create extra headers or recipients', async () => {
    const event = await createTestEvent({ title: 'Konferenz\r\nX-Injected: yes\r\nBcc: evil@example.test' });
    const victim = await createRegistration(event, registrationInput());
    // Stored names bypass the form's validation here on purpose: the mail layer must hold on its own.
    await db.registration.update({
      where: { id: victim.id },
      data: { firstName: 'Eve\r\nBcc: evil@example.test', lastName: 'Mallory\nCc: evil2@example.test' },
    });
    const message = await db.organizerMessage.create({
      data: {
        eventId: event.id,
        subject: 'Hallo\r\nBcc: evil3@example.test\r\nX-Injected: 1',
        body: 'Text\r\nBcc: body@example.test',
        audience: 'confirmed',
        createdBy: 'organisator@example.test',
        recipientCount: 1,
      },
    });
    const ids = await db.$transaction(async (tx) => [
      await enqueueMail(tx, {
        kind: 'confirmation',
        recipient: victim.email,
        eventId: event.id,
        registrationId: victim.id,
      }),
      await enqueueMail(tx, {
        kind: 'message',
        recipient: victim.email,
        eventId: event.id,
        registrationId: victim.id,
        organizerMessageId: message.id,
      }),
    ]);
    const before = sink.messages.length;
    for (const id of ids) expect(await deliverOutboxMail(id, { isLast: false })).toBe('sent');
    const mails = sink.messages.slice(before);
    expect(mails).toHaveLength(2);
    for (const mail of mails) {
      expect(envelopeRecipientsOf(mail)).toEqual([victim.email]);
      expect(mail.cc).toBeUndefined();
      expect(mail.headers.has('x-injected')).toBe(false);
      expect(mail.headers.has('bcc')).toBe(false);
      expect(mail.headerLines.map((h) => h.key).filter((key) => INJECTED.test(key))).toEqual([]);
      expect(mail.subject).not.toMatch(/[\r\n]/);
    }
  });
});
