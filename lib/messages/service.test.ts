import { randomBytes } from 'node:crypto';
import type { ParsedMail } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MessageAudience, RegistrationStatus } from '@/lib/generated/prisma/client';
import { envelopeRecipientsOf, recipientsOf, startSmtpSink } from '@/test/smtp-sink';

// SMTP_URL must be set before lib/server/env.ts is first imported, hence the dynamic imports.
const sink = await startSmtpSink();
process.env.SMTP_URL = sink.url;
const { sendOrganizerMessage, sendTestMessage } = await import('./service');
const { messageSchema } = await import('./schema');
const { deliverOutboxMail, outboxMessageId } = await import('@/lib/mail/deliver');
const { isAppError } = await import('@/lib/errors');
const { db } = await import('@/lib/server/db');
const { createTestEvent } = await import('@/test/factories');

afterAll(() => sink.close());

const ORGANIZER = 'orga.nachrichten@example.test';

async function addRegistration(eventId: string, label: string, status: RegistrationStatus, checkedIn = false) {
  const id = randomBytes(5).toString('hex');
  const email = `${label}.${id}@example.test`;
  await db.registration.create({
    data: {
      eventId,
      status,
      email,
      firstName: 'Test',
      lastName: `${label}-${id}`,
      ticketCode: `T${id}`,
      manageToken: `m${id}${id}`,
      privacyConsentVersion: 'test',
      privacyConsentAt: new Date(),
      checkedInAt: checkedIn ? new Date() : null,
      cancelledAt: status === 'cancelled' ? new Date() : null,
    },
  });
  return email;
}

/** Delivers every outbox row of the message (no queue worker: the database is shared) and returns the mails that arrived. */
async function deliverMessage(
  messageId: string,
): Promise<{ rows: { id: string; registrationId: string | null }[]; mails: ParsedMail[] }> {
  const rows = await db.outboxMail.findMany({
    where: { organizerMessageId: messageId },
    select: { id: true, registrationId: true },
  });
  for (const row of rows) expect(await deliverOutboxMail(row.id, { isLast: false })).toBe('sent');
  const ids = new Set(rows.map((r) => outboxMessageId(r.id)));
  return { rows, mails: sink.messages.filter((m) => m.messageId && ids.has(`<${m.messageId.replace(/^<|>$/g, '')}>`)) };
}

const input = (audience: MessageAudience, subject = 'Wichtige Hinweise') =>
  messageSchema.parse({ audience, subject, body: 'Liebe Teilnehmende,\n\nbitte bringen Sie Ihr Ticket mit.' });

describe('sendOrganizerMessage', () => {
  let eventId = '';
  let people: Record<'confirmedA' | 'waitlisted' | 'cancelled' | 'checkedIn' | 'notCheckedIn' | 'otherEvent', string>;

  beforeAll(async () => {
    const event = await createTestEvent({ title: 'Nachrichtentest' });
    const other = await createTestEvent({ title: 'Andere Veranstaltung' });
    eventId = event.id;
    people = {
      confirmedA: await addRegistration(event.id, 'confirmed', 'confirmed'),
      waitlisted: await addRegistration(event.id, 'waitlisted', 'waitlisted'),
      cancelled: await addRegistration(event.id, 'cancelled', 'cancelled'),
      checkedIn: await addRegistration(event.id, 'checkedin', 'confirmed', true),
      notCheckedIn: await addRegistration(event.id, 'notcheckedin', 'confirmed'),
      otherEvent: await addRegistration(other.id, 'other', 'confirmed', true),
    };
  });

  const expected = (): Record<MessageAudience, string[]> => ({
    confirmed: [people.confirmedA, people.checkedIn, people.notCheckedIn],
    waitlisted: [people.waitlisted],
    checked_in: [people.checkedIn],
    not_checked_in: [people.confirmedA, people.notCheckedIn],
  });

  for (const audience of ['confirmed', 'waitlisted', 'checked_in', 'not_checked_in'] as const) {
    it(`"${audience}" reaches exactly its people, each with one mail of their own (one To, no Cc, no Bcc)`, async () => {
      const want = [...expected()[audience]].sort();
      const sent = await sendOrganizerMessage(eventId, input(audience, `Betreff ${audience}`), ORGANIZER);
      expect(sent.recipientCount).toBe(want.length);
      const stored = await db.organizerMessage.findUniqueOrThrow({ where: { id: sent.id } });
      expect(stored).toMatchObject({ audience, isTest: false, createdBy: ORGANIZER, recipientCount: want.length });
      const audit = await db.auditLog.findFirstOrThrow({
        where: { action: 'message.send', details: { path: ['messageId'], equals: sent.id } },
      });
      expect(audit).toMatchObject({ actor: ORGANIZER, eventId, details: { audience, recipients: want.length } });

      const { rows, mails } = await deliverMessage(sent.id);
      expect(rows).toHaveLength(want.length);
      expect(mails).toHaveLength(want.length);
      expect(mails.flatMap(recipientsOf).sort()).toEqual(want);
      for (const mail of mails) {
        expect(recipientsOf(mail)).toHaveLength(1);
        expect(mail.cc).toBeUndefined();
        expect(mail.bcc).toBeUndefined();
        // The envelope is where a Bcc would hide: it must name the To address and nobody else.
        expect(envelopeRecipientsOf(mail)).toEqual(recipientsOf(mail));
        expect(mail.subject).toContain(`Betreff ${audience}`);
        expect(mail.text).toContain('bitte bringen Sie Ihr Ticket mit.');
      }
    });
  }

  it('refuses an audience that reaches nobody and stores nothing', async () => {
    const empty = await createTestEvent();
    await addRegistration(empty.id, 'nurstorniert', 'cancelled');
    await addRegistration(empty.id, 'nichtda', 'confirmed');
    const error = await sendOrganizerMessage(empty.id, input('checked_in'), ORGANIZER).catch((e: unknown) => e);
    expect(isAppError(error, 'INVALID_INPUT')).toBe(true);
    expect(await db.organizerMessage.count({ where: { eventId: empty.id } })).toBe(0);
    expect(await db.outboxMail.count({ where: { eventId: empty.id } })).toBe(0);
  });
});

describe('sendTestMessage', () => {
  it('queues one mail for the organizer alone, with sample data and the "[Testmail]" subject', async () => {
    const event = await createTestEvent({ title: 'Testmail-Veranstaltung' });
    const attendee = await addRegistration(event.id, 'nichtbetroffen', 'confirmed');
    const before = sink.messages.length;
    const sent = await sendTestMessage(event.id, input('confirmed', 'Probelauf'), ORGANIZER);
    expect(await db.organizerMessage.findUniqueOrThrow({ where: { id: sent.id } })).toMatchObject({
      isTest: true,
      recipientCount: 1,
    });

    const { rows, mails } = await deliverMessage(sent.id);
    expect(rows).toEqual([{ id: expect.any(String), registrationId: null }]);
    expect(mails).toHaveLength(1);
    expect(recipientsOf(mails[0]!)).toEqual([ORGANIZER]);
    expect(envelopeRecipientsOf(mails[0]!)).toEqual([ORGANIZER]);
    expect(mails[0]!.subject).toMatch(/^\[Testmail\] Probelauf/);
    expect(mails[0]!.text).toContain('Sehr geehrte Frau Mustermann,');
    // Nothing else went out meanwhile, in particular nothing to the attendee.
    expect(sink.messages.slice(before).flatMap(recipientsOf)).toEqual([ORGANIZER]);
    expect(sink.messages.flatMap(recipientsOf)).not.toContain(attendee);
  });
});

describe('the salutation choice', () => {
  it('puts the automatic salutation first, or none when the body brings its own', async () => {
    const event = await createTestEvent();
    const email = await addRegistration(event.id, 'anrede', 'confirmed');
    await db.registration.updateMany({ where: { email }, data: { salutation: 'Herr', title: 'Dr.' } });
    const body = 'Sehr geehrte Gäste,\n\nbitte bringen Sie Ihr Ticket mit.';
    const auto = await sendOrganizerMessage(
      event.id,
      messageSchema.parse({ audience: 'confirmed', subject: 'A', body }),
      ORGANIZER,
    );
    const own = await sendOrganizerMessage(
      event.id,
      messageSchema.parse({ audience: 'confirmed', salutation: 'own', subject: 'B', body }),
      ORGANIZER,
    );
    expect(await db.organizerMessage.findUniqueOrThrow({ where: { id: own.id } })).toMatchObject({
      ownSalutation: true,
    });
    const autoMail = (await deliverMessage(auto.id)).mails[0]!;
    const ownMail = (await deliverMessage(own.id)).mails[0]!;
    expect(autoMail.text?.startsWith(`Sehr geehrter Herr Dr. anrede-`)).toBe(true);
    expect(autoMail.text).toContain(`,\n\n${body}`);
    expect(ownMail.text?.startsWith(body)).toBe(true);
    expect(ownMail.html).not.toContain('Sehr geehrter Herr');
    expect(ownMail.html).toContain('Sehr geehrte Gäste,');
  });

  it('refuses an unknown choice and defaults to the automatic one', () => {
    expect(
      messageSchema.safeParse({ audience: 'confirmed', salutation: 'none', subject: 'S', body: 'B' }).success,
    ).toBe(false);
    expect(messageSchema.parse({ audience: 'confirmed', subject: 'S', body: 'B' }).salutation).toBe('auto');
  });
});

describe('the message schema', () => {
  it.each(['Hallo\r\nBcc: alle@example.test', 'Hallo\nWelt', 'Hallo\rWelt', 'Zeile\u2028Umbruch'])(
    'refuses a subject with a line break (%j), in the schema and in the service',
    async (subject) => {
      const parsed = messageSchema.safeParse({ audience: 'confirmed', subject, body: 'Text' });
      expect(parsed.success).toBe(false);
      expect(parsed.error?.issues.map((i) => i.path.join('.'))).toEqual(['subject']);
      const event = await createTestEvent();
      await addRegistration(event.id, 'crlf', 'confirmed');
      const error = await sendOrganizerMessage(
        event.id,
        { audience: 'confirmed', salutation: 'auto', subject, body: 'Text' },
        ORGANIZER,
      ).catch((e: unknown) => e);
      expect(isAppError(error, 'INVALID_INPUT')).toBe(true);
      expect(await db.outboxMail.count({ where: { eventId: event.id } })).toBe(0);
    },
  );

  it('keeps line breaks in the body, normalised to LF, and enforces the lengths', () => {
    expect(messageSchema.parse({ audience: 'waitlisted', subject: ' Hinweis ', body: 'A\r\nB\n\nC ' })).toEqual({
      audience: 'waitlisted',
      salutation: 'auto',
      subject: 'Hinweis',
      body: 'A\nB\n\nC',
    });
    expect(messageSchema.safeParse({ audience: 'confirmed', subject: 'x'.repeat(201), body: 'B' }).success).toBe(false);
    expect(messageSchema.safeParse({ audience: 'confirmed', subject: 'S', body: 'x'.repeat(20_001) }).success).toBe(
      false,
    );
    expect(messageSchema.safeParse({ audience: 'confirmed', subject: 'S', body: '   ' }).success).toBe(false);
    expect(messageSchema.safeParse({ audience: 'cancelled', subject: 'S', body: 'B' }).success).toBe(false);
  });
});
