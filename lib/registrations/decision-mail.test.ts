import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { composeOutboxMail } from '@/lib/mail/outbox-compose';
import { db } from '@/lib/server/db';
import { createTestEvent, registrationInput } from '@/test/factories';
import { decideRegistrations } from './approval';
import { createGroupRegistration } from './group';
import { buildGroupRegistrationSchema } from './group-schema';
import { createRegistration } from './service';

async function compose(where: {
  registrationId?: string;
  groupId?: string;
  kind: 'pending' | 'rejection' | 'confirmation' | 'group_summary';
}) {
  const row = await db.outboxMail.findFirstOrThrow({ where, orderBy: { createdAt: 'desc' } });
  const composed = await composeOutboxMail(row);
  if (!('mail' in composed)) throw new Error(composed.skip);
  return composed;
}

describe('mails of approval and groups', () => {
  it('tells a pending registration it is being reviewed, without a ticket', async () => {
    const event = await createTestEvent({ approvalRequired: true, title: 'Prüfkonferenz' });
    const r = await createRegistration(event, registrationInput({ salutation: 'Frau', lastName: 'Weber' }));
    const { mail, to } = await compose({ registrationId: r.id, kind: 'pending' });
    expect(to).toBe(r.email);
    expect(mail.subject).toContain('Ihre Anmeldung wird geprüft: Prüfkonferenz');
    expect(mail.text).toContain('Sehr geehrte Frau Weber,');
    expect(mail.attachments).toHaveLength(0);
  });

  it('carries the organizer note in the approval confirmation and in the rejection', async () => {
    const event = await createTestEvent({ approvalRequired: true });
    const a = await createRegistration(event, registrationInput());
    const b = await createRegistration(event, registrationInput());
    const base = { eventId: event.id, actor: 'orga@example.test' };
    await decideRegistrations({
      ...base,
      registrationIds: [a.id],
      decision: 'approve',
      note: 'Bitte Ausweis mitbringen.',
    });
    await decideRegistrations({ ...base, registrationIds: [b.id], decision: 'reject', note: 'Nur für Verwaltung.' });
    const confirmation = await compose({ registrationId: a.id, kind: 'confirmation' });
    expect(confirmation.mail.text).toContain('Bitte Ausweis mitbringen.');
    const rejection = await compose({ registrationId: b.id, kind: 'rejection' });
    expect(rejection.mail.text).toContain('Nur für Verwaltung.');
    expect(rejection.mail.text).toContain('nicht bestätigen');
  });

  it('sends the submitter one summary, greeted formally, listing every member and their status', async () => {
    const event = await createTestEvent({ capacity: 2, waitlistEnabled: true });
    const u = randomBytes(4).toString('hex');
    const input = buildGroupRegistrationSchema([], 5).parse({
      submitter: {
        salutation: 'Frau',
        title: 'Dr.',
        firstName: 'Petra',
        lastName: 'Schulze',
        email: `petra.${u}@example.test`,
      },
      members: ['Anna', 'Bernd', 'Carla'].map((n) => ({
        firstName: n,
        lastName: 'Team',
        email: `${n}.${u}@example.test`,
      })),
      consents: { privacy: true },
    });
    const group = await createGroupRegistration({ event, questions: [] }, input, { source: 'form', locale: 'de' });
    const { mail, to } = await compose({ groupId: group.groupId, kind: 'group_summary' });
    expect(to).toBe(`petra.${u}@example.test`);
    expect(mail.text).toContain('Sehr geehrte Frau Dr. Schulze,');
    for (const n of ['Anna', 'Bernd', 'Carla'])
      expect(mail.text).toContain(`${n} Team (${n.toLowerCase()}.${u}@example.test): Warteliste`);
  });
});
