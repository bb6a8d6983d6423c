import { afterAll, describe, expect, it } from 'vitest';
import { startSmtpSink } from '@/test/smtp-sink';

// SMTP_URL must be set before lib/server/env.ts is first imported, hence the dynamic imports.
const sink = await startSmtpSink();
process.env.SMTP_URL = sink.url;
const { deliverOutboxMail } = await import('@/lib/mail/deliver');
const { db } = await import('@/lib/server/db');
const { createTestEvent } = await import('@/test/factories');
const { addInvitee, sendInvitations } = await import('./service');

afterAll(() => sink.close());

describe('invitation delivery', () => {
  it('delivers the queued invitation over SMTP with the personal link', async () => {
    const event = await createTestEvent();
    await addInvitee(
      event.id,
      { salutation: 'Herr', title: 'Dr.', firstName: 'Olaf', lastName: 'Zustell', email: 'zustell@example.test' },
      'orga@example.test',
    );
    await sendInvitations(event.id, 'orga@example.test');
    const [row] = await db.outboxMail.findMany({ where: { eventId: event.id, kind: 'event_invitation' } });
    expect(await deliverOutboxMail(row!.id, { isLast: false })).toBe('sent');
    const mail = await sink.waitFor((m) => m.subject?.startsWith('Persönliche Einladung') ?? false);
    expect(mail.text).toContain('Sehr geehrter Herr Dr. Zustell,');
    const { token } = await db.invitation.findFirstOrThrow({ where: { eventId: event.id } });
    expect(mail.text).toContain(`/invitations/${token}`);
  });
});
