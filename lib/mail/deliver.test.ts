import ICAL from 'ical.js';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { afterAll, describe, expect, it } from 'vitest';
import { recipientsOf, startSmtpSink } from '@/test/smtp-sink';

// SMTP_URL must be set before lib/server/env.ts is first imported, hence the dynamic imports.
const sink = await startSmtpSink();
process.env.SMTP_URL = sink.url;
const { deliverOutboxMail, outboxMessageId } = await import('./deliver');
const { verifySignedTicket } = await import('@/lib/tickets/keys');
const { db } = await import('@/lib/server/db');
const { cancelRegistration } = await import('@/lib/registrations/cancellation');
const { createRegistration } = await import('@/lib/registrations/service');
const { createTestEvent, registrationInput } = await import('@/test/factories');

afterAll(() => sink.close());

function decodeQr(png: Buffer): string | undefined {
  const image = PNG.sync.read(png);
  return jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data;
}

/** Delivers every queued outbox mail of a registration, as the worker would, and returns the outcomes. */
async function deliverQueued(registrationId: string) {
  const rows = await db.outboxMail.findMany({
    where: { registrationId, status: 'queued' },
    orderBy: { createdAt: 'asc' },
    select: { id: true, kind: true },
  });
  const outcomes: string[] = [];
  for (const row of rows) outcomes.push(await deliverOutboxMail(row.id, { isLast: false }));
  return { rows, outcomes };
}

describe('delivering outbox mails over SMTP', () => {
  it('sends the confirmation with HTML and text, an inline QR image that decodes to the ticket code, and a valid .ics', async () => {
    const event = await createTestEvent({ title: 'Mailtest-Konferenz', venueRoom: 'Geutebrück-Bau, Raum G119' });
    const input = registrationInput({ firstName: 'Jürgen', lastName: 'Weiß' });
    const registration = await createRegistration(event, input);
    const { rows, outcomes } = await deliverQueued(registration.id);
    expect(outcomes).toEqual(['sent']);

    const mail = await sink.waitFor((m) => recipientsOf(m).includes(input.email));
    expect(mail.messageId).toBe(outboxMessageId(rows[0]!.id));
    expect(mail.subject).toMatch(/^Anmeldebestätigung: Mailtest-Konferenz – \d{1,2}\. \p{L}+ \d{4}$/u);
    expect(mail.text).toContain('Jürgen Weiß');
    expect(mail.text).toMatch(new RegExp(registration.ticketCode.match(/.{4}/g)!.join(' ')));
    expect(mail.text).toContain(`/manage/${registration.manageToken}`);
    expect(typeof mail.html === 'string' && mail.html).toContain('cid:ticket-qr@tagungsbuero');

    const qr = mail.attachments.find((a) => a.cid === 'ticket-qr@tagungsbuero');
    expect(qr?.contentType).toBe('image/png');
    expect(qr?.contentDisposition).toBe('inline');
    // The QR carries the signed ticket of lib/tickets; it names this ticket code.
    expect(verifySignedTicket(decodeQr(qr!.content) ?? '')?.ticketCode).toBe(registration.ticketCode);

    const ics = mail.attachments.find((a) => a.contentType.startsWith('text/calendar'));
    const vevent = new ICAL.Component(ICAL.parse(ics!.content.toString('utf8'))).getFirstSubcomponent('vevent')!;
    const calendarEvent = new ICAL.Event(vevent);
    expect(calendarEvent.summary).toBe('Mailtest-Konferenz');
    // iCalendar times have whole seconds.
    const seconds = (d: Date) => Math.floor(d.getTime() / 1000);
    expect(seconds(calendarEvent.startDate.toJSDate())).toBe(seconds(event.startsAt));
    expect(seconds(calendarEvent.endDate.toJSDate())).toBe(seconds(event.endsAt));
    expect(calendarEvent.location).toContain('Karl-Liebknecht-Straße 132');
    expect(calendarEvent.location).toContain('04277 Leipzig');
    expect(calendarEvent.uid).toContain(registration.id);

    expect(await db.outboxMail.findUniqueOrThrow({ where: { id: rows[0]!.id } })).toMatchObject({
      status: 'sent',
      attempts: 1,
      recipient: input.email,
    });
  });

  it('never sends a mail twice once the SMTP server accepted it, even when its job runs again', async () => {
    const event = await createTestEvent();
    const input = registrationInput();
    const registration = await createRegistration(event, input);
    const { rows } = await deliverQueued(registration.id);
    // The job is retried (e.g. the worker died before completing it in pg-boss): the row knows it was sent.
    expect(await deliverOutboxMail(rows[0]!.id, { isLast: false })).toBe('already-sent');
    await sink.waitFor((m) => recipientsOf(m).includes(input.email));
    expect(sink.messages.filter((m) => recipientsOf(m).includes(input.email))).toHaveLength(1);
  });

  it('skips a confirmation whose registration was cancelled before the mail went out, and says why', async () => {
    const event = await createTestEvent();
    const input = registrationInput();
    const registration = await createRegistration(event, input);
    const [confirmation] = await db.outboxMail.findMany({ where: { registrationId: registration.id } });
    await cancelRegistration(registration.id, 'attendee');
    expect(await deliverOutboxMail(confirmation!.id, { isLast: false })).toBe('skipped');
    expect((await db.outboxMail.findUniqueOrThrow({ where: { id: confirmation!.id } })).lastError).toMatch(
      /nicht mehr bestätigt/,
    );
    // The cancellation confirmation itself does go out.
    const { outcomes } = await deliverQueued(registration.id);
    expect(outcomes).toEqual(['sent']);
    const mail = await sink.waitFor((m) => recipientsOf(m).includes(input.email));
    expect(mail.subject).toMatch(/storniert|Stornierung|Abmeldung/i);
  });

  it('tells a waitlisted person their place, and the promoted person their seat with the ticket', async () => {
    const event = await createTestEvent({ title: 'Nachrücker-Tag', capacity: 1, waitlistEnabled: true });
    const first = await createRegistration(event, registrationInput());
    await createRegistration(event, registrationInput());
    const waitingInput = registrationInput({ firstName: 'Grit', lastName: 'Nachrück' });
    const waiting = await createRegistration(event, waitingInput);
    expect(waiting.status).toBe('waitlisted');
    await deliverQueued(waiting.id);
    const waitMail = await sink.waitFor((m) => recipientsOf(m).includes(waitingInput.email));
    expect(waitMail.text).toContain('Platz 2');
    expect(waitMail.attachments).toHaveLength(0);

    const second = await db.registration.findFirstOrThrow({
      where: { eventId: event.id, status: 'waitlisted', NOT: { id: waiting.id } },
    });
    await cancelRegistration(first.id, 'attendee');
    await cancelRegistration(second.id, 'attendee');
    const { outcomes } = await deliverQueued(waiting.id);
    expect(outcomes).toEqual(['sent']);
    const promoted = await sink.waitFor((m) => recipientsOf(m).includes(waitingInput.email) && m !== waitMail);
    expect(promoted.subject).toContain('Nachrücker-Tag');
    expect(promoted.text).toContain(`/manage/${waiting.manageToken}`);
    expect(
      verifySignedTicket(decodeQr(promoted.attachments.find((a) => a.cid === 'ticket-qr@tagungsbuero')!.content) ?? '')
        ?.ticketCode,
    ).toBe(waiting.ticketCode);
  });

  it('sends the newsletter opt-in in the registration language', async () => {
    const event = await createTestEvent({ title: 'Newsletter-Konferenz' });
    const input = { ...registrationInput({ lastName: 'Weiß' }), newsletter: true };
    const created = await createRegistration(event, input, { locale: 'en' });
    const { rows, outcomes } = await deliverQueued(created.id);
    expect(rows.map((r) => r.kind)).toEqual(['confirmation', 'newsletter']);
    expect(outcomes).toEqual(['sent', 'sent']);
    const mails = sink.messages.filter((m) => recipientsOf(m).includes(input.email));
    const newsletter = mails.find((m) => m.text?.includes(`/newsletter/${created.newsletterToken}`));
    expect(newsletter?.subject).toContain('Newsletter-Konferenz');
    expect(newsletter?.text).toContain('Weiß');
    expect(mails.find((m) => m !== newsletter)?.subject).toMatch(
      /^Registration confirmed: Newsletter-Konferenz – \d{1,2} \p{L}+ \d{4}$/u,
    );
  });
});
